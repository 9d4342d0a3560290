package de.netzatlas.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.netzatlas.fibre.CoverageStand;

/**
 * Writes an {@link ExportSource} as CSV (German Excel: {@code ;}, decimal comma, dates TT.MM.JJJJ,
 * UTF-8 with BOM), XLSX (typed cells, bold frozen header row, auto filter; streamed with SXSSF) or
 * GeoJSON (RFC 7946 FeatureCollection, typed properties, WGS84 geometry). Writes to a temporary
 * file next to the target and moves it into place, so a failed export leaves no half file.
 */
public final class Exporter {

    private Exporter() {
    }

    /** What an export wrote: rows, and the demo rows it left out (decision 0017). */
    public record Result(long rows, long demoLeftOut) {
    }

    /**
     * Exports the real rows of {@code source}; demo rows are never written (an exported file has no
     * demo marker, and imported elsewhere they would become real data), only counted.
     */
    public static Result export(ExportSource source, Path file, Format format) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".export-", ".tmp");
        long[] demo = new long[1];
        ExportSource real = source.filtered(source.label(), row -> {
            if (row.demo()) {
                demo[0]++;
                return false;
            }
            return true;
        });
        try {
            long rows;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                rows = switch (format) {
                    case CSV -> csv(real, out);
                    case XLSX -> xlsx(real, out);
                    case GEOJSON -> geojson(real, out);
                };
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return new Result(rows, demo[0]);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String csvText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (v instanceof LocalDate d) {
            return d.format(CoverageStand.GERMAN_DATE);
        }
        if (v instanceof Boolean b) {
            return b ? "ja" : "nein";
        }
        return de.netzatlas.common.SpreadsheetText.defuse(v.toString());
    }

    private static long csv(ExportSource source, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        long[] n = new long[1];
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get());
        p.printRecord(source.columns().stream().map(ExportSource.Column::key).toList());
        try {
            source.rows(r -> {
                try {
                    Object[] cells = new Object[r.values().size()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = csvText(r.values().get(i));
                    }
                    p.printRecord(cells);
                    n[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        p.flush();
        return n[0];
    }

    private static long xlsx(ExportSource source, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet(sheetName(source.label()));
            List<ExportSource.Column> columns = source.columns();
            sheet.trackAllColumnsForAutoSizing();
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            var header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).key());
                cell.setCellStyle(bold);
            }
            long[] n = new long[1];
            source.rows(r -> {
                var row = sheet.createRow((int) ++n[0]);
                for (int c = 0; c < r.values().size(); c++) {
                    Object v = r.values().get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof Number num) {
                        cell.setCellValue(num.doubleValue());
                        if (v instanceof BigDecimal) {
                            cell.setCellStyle(money);
                        }
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            });
            sheet.createFreezePane(0, 1);
            if (!columns.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(n[0], 1), 0, columns.size() - 1));
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            wb.write(out);
            return n[0];
        }
    }

    private static String sheetName(String label) {
        String s = label.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    private static long geojson(ExportSource source, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        GeoJsonWriter geo = new GeoJsonWriter(12);
        geo.setEncodeCRS(false);
        long[] n = new long[1];
        try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            List<ExportSource.Column> columns = source.columns();
            try {
                source.rows(r -> {
                    try {
                        g.writeStartObject();
                        g.writeStringField("type", "Feature");
                        g.writeObjectFieldStart("properties");
                        for (int c = 0; c < columns.size(); c++) {
                            Object v = r.values().get(c);
                            String k = columns.get(c).key();
                            if (v == null) {
                                g.writeNullField(k);
                            } else if (v instanceof BigDecimal d) {
                                g.writeNumberField(k, d);
                            } else if (v instanceof Integer i) {
                                g.writeNumberField(k, i);
                            } else if (v instanceof Long l) {
                                g.writeNumberField(k, l);
                            } else if (v instanceof Double d) {
                                g.writeNumberField(k, d);
                            } else if (v instanceof Boolean b) {
                                g.writeBooleanField(k, b);
                            } else {
                                g.writeStringField(k, v.toString());
                            }
                        }
                        g.writeEndObject();
                        g.writeFieldName("geometry");
                        if (r.geometry() == null) {
                            g.writeNull();
                        } else {
                            g.writeRawValue(geo.write(r.geometry()));
                        }
                        g.writeEndObject();
                        n[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return n[0];
    }

}
