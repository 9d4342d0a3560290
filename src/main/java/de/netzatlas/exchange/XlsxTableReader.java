package de.netzatlas.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one sheet of an XLSX workbook (the first, or a chosen one) as text cells: numbers as plain
 * decimals with decimal comma ({@code 1234,5}, so that numbers stored as German text such as
 * {@code 78.300} or {@code 12,5} read the same way), date cells as ISO dates, text cells as they are (so numbers and dates
 * stored as text reach the same parsers as CSV cells). Zip bombs are refused: POI's
 * {@link ZipSecureFile} inflate-ratio and entry-size limits plus a file-size limit.
 */
public final class XlsxTableReader implements TableReader {

    /** Larger workbooks are refused before POI opens them. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    private final Workbook workbook;
    private final Sheet sheet;
    private final List<String> header;
    private final int headerIndex;
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    private final List<SourceRow> rows = new ArrayList<>();
    private int cursor;

    private XlsxTableReader(Workbook workbook, Sheet sheet, int headerIndex) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.headerIndex = headerIndex;
        Row h = sheet == null ? null : sheet.getRow(headerIndex);
        List<String> names = new ArrayList<>();
        if (h != null) {
            for (int c = 0; c < h.getLastCellNum(); c++) {
                names.add(text(h.getCell(c)));
            }
            while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
                names.remove(names.size() - 1);
            }
        }
        this.header = List.copyOf(names);
        if (sheet != null) {
            for (int r = headerIndex + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>(header.size());
                for (int c = 0; c < Math.max(header.size(), 0); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                rows.add(new SourceRow(r + 1L, cells, null));
            }
            // trailing footnote rows (only the first cell filled) are not data
            while (!rows.isEmpty() && header.size() >= 3
                    && rows.get(rows.size() - 1).cells().stream().filter(s -> !s.isBlank()).count() <= 1) {
                rows.remove(rows.size() - 1);
            }
        }
    }

    /** Configures POI's zip-bomb guards (process-wide POI settings; set to the same values every time). */
    static void guardAgainstZipBombs() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(50_000_000L);
    }

    /**
     * Opens the sheet {@code settings.sheet()} (null: the first) with the header in row
     * {@code settings.headerIndex()} (0-based). Returns null when the file cannot be used; the
     * reason is in {@code problems}.
     */
    public static XlsxTableReader open(Path file, ReadSettings settings, Problems problems) {
        guardAgainstZipBombs();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.error(0, "-", null, "Die Arbeitsmappe ist größer als " + MAX_FILE_BYTES / 1024 / 1024
                        + " MB; bitte als CSV speichern.");
                return null;
            }
        } catch (IOException e) {
            problems.error(0, "-", null, "Die Datei kann nicht gelesen werden (" + e.getClass().getSimpleName() + ").");
            return null;
        }
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            StringBuilder why = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                why.append(t.getMessage()).append(' ');
            }
            problems.error(0, "-", null, why.indexOf("Zip bomb") >= 0 || why.indexOf("exceeds the max") >= 0
                    ? "Die Arbeitsmappe ist verdächtig stark gepackt (Zip-Bombe?) und wird nicht geöffnet."
                    : "Die Datei ist keine lesbare XLSX-Arbeitsmappe.");
            return null;
        }
        Sheet sheet;
        if (settings.sheet() == null || settings.sheet().isBlank()) {
            sheet = wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0);
        } else {
            sheet = wb.getSheet(settings.sheet());
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                wb.forEach(s -> names.add(s.getSheetName()));
                problems.error(0, "-", settings.sheet(), "Blatt „" + settings.sheet() + "“ gibt es nicht; vorhanden: "
                        + String.join(", ", names) + ".");
                closeQuietly(wb);
                return null;
            }
        }
        if (sheet == null) {
            problems.error(0, "-", null, "Die Arbeitsmappe enthält kein Blatt.");
            closeQuietly(wb);
            return null;
        }
        XlsxTableReader reader = new XlsxTableReader(wb, sheet, Math.max(0, settings.headerIndex()));
        if (reader.header.isEmpty()) {
            problems.error(settings.headerIndex() + 1L, "-", null, "Die Kopfzeile (Zeile " + (settings.headerIndex() + 1)
                    + ") ist leer.");
        }
        return reader;
    }

    /** The sheet names and a guessed header row (the first row with at least two text cells). */
    public static ReadSettings detect(Path file, String sheetName, Problems problems) {
        ReadSettings base = new ReadSettings(Format.XLSX, null, ';', true, 0, sheetName, ReadSettings.DEFAULT_MISSING);
        XlsxTableReader r = open(file, base, problems);
        if (r == null) {
            return base;
        }
        try {
            for (int i = 0; i <= Math.min(30, r.sheet.getLastRowNum()); i++) {
                Row row = r.sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                int named = 0;
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isBlank()) {
                        named++;
                    }
                }
                if (named >= 2) {
                    return base.withHeaderIndex(i);
                }
            }
            return base;
        } finally {
            r.close();
        }
    }

    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime t = cell.getLocalDateTimeCellValue();
                    yield t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
                }
                yield BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString().replace('.', ',');
            }
            case STRING -> cell.getStringCellValue().trim();
            case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nein";
            case ERROR, BLANK, _NONE -> "";
            default -> formatter.formatCellValue(cell).trim();
        };
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerRow() {
        return headerIndex + 1L;
    }

    @Override
    public SourceRow next() {
        return cursor < rows.size() ? rows.get(cursor++) : null;
    }

    @Override
    public void close() {
        closeQuietly(workbook);
    }

    private static void closeQuietly(Workbook wb) {
        try {
            wb.close();
        } catch (IOException e) {
            // read-only
        }
    }
}
