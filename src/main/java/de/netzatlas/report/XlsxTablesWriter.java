package de.netzatlas.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.report.ReportModel.KpiTile;
import de.netzatlas.report.ReportModel.Table;

/**
 * The report's tables as one XLSX workbook (Apache POI): a sheet "Kennzahlen" with the KPI tiles,
 * then one sheet per table with the same rows as in the PDF. Cells that hold a German number
 * ("12.345", "45,3 %", "+1,2 Pp.", "3,4 Mio. €") become numeric cells so the CIO office can compute.
 */
final class XlsxTablesWriter {

    private static final Pattern NUMBER = Pattern.compile("[+−-]?\\d{1,3}(\\.\\d{3})*(,\\d+)?( %| Pp\\.| Mio\\. €| €)?");

    private XlsxTablesWriter() {
    }

    static void write(Document d, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            XSSFFont f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Set<String> used = new HashSet<>();
            Sheet kpi = wb.createSheet(unique("Kennzahlen", used));
            header(kpi.createRow(0), bold, List.of("Kennzahl", "Wert", "Einheit", "Veränderung", "Ziele", "Berechnung"));
            int r = 1;
            for (KpiTile k : d.kpis()) {
                Row row = kpi.createRow(r++);
                row.createCell(0).setCellValue(k.label());
                if (k.value() != null) {
                    row.createCell(1).setCellValue(Math.round(k.value() * 1000) / 1000.0);
                } else {
                    row.createCell(1).setCellValue("keine Daten");
                }
                row.createCell(2).setCellValue(k.unit());
                row.createCell(3).setCellValue(k.changeText());
                row.createCell(4).setCellValue(String.join("; ", k.targetNotes()));
                row.createCell(5).setCellValue(k.method());
            }
            for (Table t : d.tables()) {
                Sheet s = wb.createSheet(unique(t.sheet(), used));
                s.createRow(0).createCell(0).setCellValue(t.caption());
                header(s.createRow(1), bold, t.columns().stream().map(ReportModel.Column::title).toList());
                int i = 2;
                for (List<String> row : t.rows()) {
                    values(s.createRow(i++), row, null);
                }
                if (!t.totals().isEmpty()) {
                    values(s.createRow(i), t.totals(), bold);
                }
                for (int c = 0; c < t.columns().size(); c++) {
                    s.setColumnWidth(c, c == 0 ? 40 * 256 : 18 * 256);
                }
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unique(String name, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(name);
        String candidate = base;
        int n = 2;
        while (!used.add(candidate.toLowerCase(java.util.Locale.ROOT))) {
            String suffix = " " + n++;
            candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    private static void header(Row row, CellStyle bold, List<String> titles) {
        for (int c = 0; c < titles.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(titles.get(c));
            cell.setCellStyle(bold);
        }
    }

    private static void values(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            String v = values.get(c);
            if (NUMBER.matcher(v).matches()) {
                String n = v.replace(" %", "").replace(" Pp.", "").replace(" Mio. €", "").replace(" €", "")
                        .replace(".", "").replace(',', '.').replace('−', '-').replace("+", "");
                cell.setCellValue(Double.parseDouble(n));
            } else {
                cell.setCellValue(v);
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
