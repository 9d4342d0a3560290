package de.netzatlas.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import de.netzatlas.report.ReportModel.Align;
import de.netzatlas.report.ReportModel.Chapter;
import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.report.ReportModel.KpiTile;
import de.netzatlas.report.ReportModel.Table;

/**
 * The report's tables as one XLSX workbook (Apache POI) with the same sheets in the same order every
 * year: "Bericht" (year, cut-off, issuer, creation time, data basis, data stand per chapter),
 * "Kennzahlen" (the KPI tiles), then one sheet per table the {@link ReportAssembler} produces, in
 * {@link #TABLE_SHEETS} order. A table that is missing in a year (its chapter has no data) still
 * gets its sheet, saying {@link ReportAssembler#NO_DATA}. A table the list does not know yet (added
 * to the assembler later) is appended after the fixed sheets, so the fixed sheets keep their places.
 *
 * <p>Every sheet starts with the same rows: row 1 the status line (in red, "Demodaten – …", when the
 * sheet holds demo data; its tab is red too), row 2 the caption, row 4 the column headers, data from
 * row 5. Cells of right-aligned columns that hold a German figure become numeric cells with a number
 * format ("12.345" → #,##0; "45,3 %" → 0,453 as 0.0%; "+1,2 Pp."; "3,4 Mio. €"; "31.12.2025" → a
 * date cell TT.MM.JJJJ) and the unit moves into the column header ("FTTB/H (%)"). "–", "keine
 * Daten" and other text stay text, never 0. Normal, non-breaking and narrow non-breaking spaces
 * before units are all accepted.
 */
public final class XlsxTablesWriter {

    public static final String REPORT_SHEET = "Bericht";
    public static final String KPI_SHEET = "Kennzahlen";
    static final String DEMO = "Demodaten";
    static final String DEMO_NOTE = DEMO + " – nicht zur Veröffentlichung: dieses Blatt enthält Demodaten, keine "
            + "amtlichen Zahlen.";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Row (0-based) of the column headers on a table sheet; data starts in the next row. */
    static final int HEADER_ROW = 3;
    private static final int RED = 0xC00000;

    /**
     * One fixed sheet: the chapter whose table fills it, the sheet name (≤ 31 characters), the table
     * names of the assembler it takes ({@link Table#sheet()}, a pattern because some carry a year), and
     * the chapter whose data it derives from (the projection derives from the fibre stand) for the
     * demo marker.
     */
    record SheetSpec(String chapter, String name, Pattern table, String dataChapter) {
        SheetSpec(String chapter, String name) {
            this(chapter, name, Pattern.compile(Pattern.quote(name)), chapter);
        }

        boolean takes(Chapter c, Table t) {
            return c.id().equals(chapter) && table.matcher(t.sheet()).matches();
        }
    }

    /** The table sheets, in workbook order, from the tables {@link ReportAssembler} builds per chapter. */
    static final List<SheetSpec> TABLE_SHEETS = List.of(
            new SheetSpec(ReportAssembler.FIBRE, "Glasfaser je Kreis"),
            new SheetSpec(ReportAssembler.FIBRE, "Anschlüsse je Kreis"),
            new SheetSpec(ReportAssembler.FIBRE, "Projekte nach Status"),
            new SheetSpec(ReportAssembler.FIBRE, "Laufende Projekte"),
            new SheetSpec(ReportAssembler.MOBILE, "Mobilfunk je Kreis"),
            new SheetSpec(ReportAssembler.SCHOOLS, "Schulen je Kreis"),
            new SheetSpec(ReportAssembler.SCHOOLS, ReportAssembler.OPEN_SCHOOLS.sheet()),
            new SheetSpec(ReportAssembler.SITES, "Standorte je Kreis"),
            new SheetSpec(ReportAssembler.SITES, ReportAssembler.OPEN_SITES.sheet()),
            new SheetSpec(ReportAssembler.OUTLOOK, "Projektion Land", Pattern.compile("Projektion Land"),
                    ReportAssembler.FIBRE),
            new SheetSpec(ReportAssembler.OUTLOOK, "Projektion je Kreis",
                    Pattern.compile("Projektion( \\d{4})? je Kreis"), ReportAssembler.FIBRE));

    /** The names of the fixed sheets, in order (every workbook starts with exactly these). */
    public static List<String> fixedSheetNames() {
        List<String> names = new ArrayList<>();
        names.add(REPORT_SHEET);
        names.add(KPI_SHEET);
        TABLE_SHEETS.forEach(s -> names.add(s.name()));
        return List.copyOf(names);
    }

    /** How many sheets the workbook of {@code d} has: the fixed ones plus tables the list does not know. */
    public static int sheetCount(Document d) {
        return fixedSheetNames().size() + unplaced(d).size();
    }

    private XlsxTablesWriter() {
    }

    static void write(Document d, OutputStream out) {
        write(d, ZonedDateTime.now(BERLIN), out);
    }

    /** Writes the workbook; {@code created} is printed on "Bericht" and stored as the file's creation time. */
    static void write(Document d, ZonedDateTime created, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Set<String> used = new HashSet<>();
            reportSheet(wb, st, d, created, used);
            kpiSheet(wb, st, d, used);
            for (SheetSpec spec : TABLE_SHEETS) {
                Optional<Chapter> chapter = d.chapter(spec.chapter());
                Optional<Table> table = chapter.flatMap(c -> c.blocks().stream().filter(Table.class::isInstance)
                        .map(Table.class::cast).filter(t -> spec.takes(c, t)).findFirst());
                boolean demo = demo(d, spec.dataChapter());
                String stand = d.chapter(spec.dataChapter()).map(Chapter::dataStand).orElse("keine Daten");
                XSSFSheet s = sheet(wb, st, spec.name(), used, demo, "Datenstand: " + stand);
                if (table.isPresent()) {
                    tableSheet(s, st, table.get());
                } else {
                    text(s, 1, chapter.map(Chapter::title).orElse(spec.chapter()) + " – " + spec.name(), st.bold);
                    text(s, HEADER_ROW, ReportAssembler.NO_DATA, null);
                    s.setColumnWidth(0, 80 * 256);
                }
            }
            for (Map.Entry<Chapter, Table> e : unplaced(d)) {
                boolean demo = demo(d, e.getKey().id());
                XSSFSheet s = sheet(wb, st, e.getValue().sheet(), used, demo, "Datenstand: " + e.getKey().dataStand());
                tableSheet(s, st, e.getValue());
            }
            wb.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(created.toInstant())));
            wb.getProperties().getCoreProperties().setTitle(d.title());
            wb.getProperties().getCoreProperties().setCreator(d.issuer());
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tables of the document no fixed sheet takes (in document order). */
    private static List<Map.Entry<Chapter, Table>> unplaced(Document d) {
        List<Map.Entry<Chapter, Table>> out = new ArrayList<>();
        Set<SheetSpec> taken = new HashSet<>();
        for (Chapter c : d.chapters()) {
            for (ReportModel.Block b : c.blocks()) {
                if (b instanceof Table t) {
                    Optional<SheetSpec> spec = TABLE_SHEETS.stream().filter(s -> s.takes(c, t) && !taken.contains(s))
                            .findFirst();
                    if (spec.isPresent()) {
                        taken.add(spec.get());
                    } else {
                        out.add(Map.entry(c, t));
                    }
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ demo marker

    static boolean mentionsDemo(String text) {
        return text != null && text.contains(DEMO);
    }

    /**
     * Whether the sheets of {@code chapterId} count as demo: when the chapter's data stand says
     * "Demodaten"; in a demo document also when the chapter has no data (its "keine Daten" is a
     * statement about the demo database) or when no chapter says which data are demo (demo records in
     * the database without a per-chapter note). Only a chapter with data whose stand does not say
     * "Demodaten", next to one that does, is real within a demo document.
     */
    static boolean demo(Document d, String chapterId) {
        Optional<Chapter> chapter = d.chapter(chapterId);
        if (chapter.map(c -> mentionsDemo(c.dataStand())).orElse(false)) {
            return true;
        }
        if (!d.demo()) {
            return false;
        }
        if (chapter.isEmpty() || !chapter.get().hasData()) {
            return true;
        }
        return d.chapters().stream().noneMatch(c -> mentionsDemo(c.dataStand()));
    }

    private static boolean anyDemo(Document d) {
        return d.demo() || d.chapters().stream().anyMatch(c -> mentionsDemo(c.dataStand()));
    }

    // ------------------------------------------------------------------ sheets

    private static XSSFSheet sheet(XSSFWorkbook wb, Styles st, String name, Set<String> used, boolean demo,
                                   String status) {
        XSSFSheet s = wb.createSheet(unique(name, used));
        if (demo) {
            text(s, 0, DEMO_NOTE + " " + status, st.demo);
            s.setTabColor(new XSSFColor(new byte[] {(byte) (RED >> 16), (byte) (RED >> 8 & 0xFF), (byte) (RED & 0xFF)}));
            s.getHeader().setCenter("&\"-,Bold\"&KC00000" + DEMO);
        } else {
            text(s, 0, status, st.note);
        }
        return s;
    }

    private static void reportSheet(XSSFWorkbook wb, Styles st, Document d, ZonedDateTime created, Set<String> used) {
        boolean demo = anyDemo(d);
        XSSFSheet s = sheet(wb, st, REPORT_SHEET, used, demo, "Stichtag " + Fmt.date(d.asOf()));
        text(s, 1, d.title(), st.bold);
        int r = HEADER_ROW;
        Row row = s.createRow(r++);
        row.createCell(0).setCellValue("Berichtsjahr");
        Cell year = row.createCell(1);
        year.setCellValue(d.year());
        year.setCellStyle(st.format("0"));
        row = s.createRow(r++);
        row.createCell(0).setCellValue("Stichtag");
        Cell asOf = row.createCell(1);
        asOf.setCellValue(d.asOf());
        asOf.setCellStyle(st.date);
        row = s.createRow(r++);
        row.createCell(0).setCellValue("Herausgeber");
        row.createCell(1).setCellValue(d.issuer());
        row = s.createRow(r++);
        row.createCell(0).setCellValue("Erstellt");
        Cell c = row.createCell(1);
        c.setCellValue(created.withZoneSameInstant(BERLIN).toLocalDateTime().withNano(0));
        c.setCellStyle(st.format("dd.mm.yyyy hh:mm"));
        row = s.createRow(r++);
        row.createCell(0).setCellValue("Datenbasis");
        Cell basis = row.createCell(1);
        if (demo) {
            List<String> which = d.chapters().stream().filter(ch -> mentionsDemo(ch.dataStand())).map(Chapter::title)
                    .toList();
            basis.setCellValue(DEMO + (which.isEmpty() ? " im Datenbestand" : ": " + String.join(", ", which))
                    + " – nicht zur Veröffentlichung");
            basis.setCellStyle(st.demo);
        } else {
            basis.setCellValue("Echtdaten des Datenbestands");
        }
        r++;
        row = s.createRow(r++);
        header(row, st, List.of("Kapitel", "Datenstand und Quelle"));
        for (Chapter ch : d.chapters()) {
            row = s.createRow(r++);
            row.createCell(0).setCellValue(ch.title());
            Cell stand = row.createCell(1);
            stand.setCellValue(ch.dataStand());
            if (mentionsDemo(ch.dataStand())) {
                stand.setCellStyle(st.demo);
            }
        }
        s.setColumnWidth(0, 24 * 256);
        s.setColumnWidth(1, 100 * 256);
    }

    private static void kpiSheet(XSSFWorkbook wb, Styles st, Document d, Set<String> used) {
        XSSFSheet s = sheet(wb, st, KPI_SHEET, used, anyDemo(d), "Stichtag " + Fmt.date(d.asOf()));
        text(s, 1, "Kennzahlen zum Stichtag " + Fmt.date(d.asOf()), st.bold);
        header(s.createRow(HEADER_ROW), st, List.of("Kennzahl", "Wert", "Vorjahr", "Einheit", "Veränderung", "Ziele",
                "Berechnung"));
        int r = HEADER_ROW + 1;
        for (KpiTile k : d.kpis()) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(k.label());
            kpiValue(row.createCell(1), st, k.value(), k.unit());
            kpiValue(row.createCell(2), st, k.previous(), k.unit());
            row.createCell(3).setCellValue(k.unit());
            row.createCell(4).setCellValue(k.changeText());
            row.createCell(5).setCellValue(String.join("; ", k.targetNotes()));
            row.createCell(6).setCellValue(k.method());
        }
        s.setColumnWidth(0, 32 * 256);
        for (int c = 1; c <= 3; c++) {
            s.setColumnWidth(c, 12 * 256);
        }
        s.setColumnWidth(4, 30 * 256);
        s.setColumnWidth(5, 50 * 256);
        s.setColumnWidth(6, 80 * 256);
        s.createFreezePane(1, HEADER_ROW + 1);
    }

    private static void kpiValue(Cell cell, Styles st, Double value, String unit) {
        if (value == null) {
            cell.setCellValue("keine Daten");
        } else if ("%".equals(unit)) {
            cell.setCellValue(Math.round(value * 10) / 1000.0);
            cell.setCellStyle(st.format("0.0%"));
        } else if ("Mio. €".equals(unit)) {
            cell.setCellValue(Math.round(value * 10) / 10.0);
            cell.setCellStyle(st.format("#,##0.0"));
        } else {
            cell.setCellValue(Math.round(value * 1000) / 1000.0);
            cell.setCellStyle(st.format(value == Math.rint(value) ? "#,##0" : "#,##0.0"));
        }
    }

    private static void tableSheet(XSSFSheet s, Styles st, Table t) {
        text(s, 1, t.caption(), st.bold);
        int columns = t.columns().size();
        List<List<Value>> rows = t.rows().stream().map(r -> parse(t, r)).toList();
        List<Value> totals = t.totals().isEmpty() ? List.of() : parse(t, t.totals());
        Row header = s.createRow(HEADER_ROW);
        List<String> headerUnits = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            String unit = columnUnit(rows, totals, c);
            headerUnits.add(unit);
            String title = t.columns().get(c).title();
            Cell cell = header.createCell(c);
            cell.setCellValue(unit == null || title.contains(unit) ? title : title + " (" + unit + ")");
            cell.setCellStyle(t.columns().get(c).align() == Align.RIGHT ? st.boldRight : st.bold);
        }
        int r = HEADER_ROW + 1;
        for (List<Value> row : rows) {
            values(s.createRow(r++), st, row, headerUnits, false);
        }
        if (!totals.isEmpty()) {
            values(s.createRow(r++), st, totals, headerUnits, true);
        }
        for (int c = 0; c < columns; c++) {
            s.setColumnWidth(c, c == 0 ? 40 * 256 : t.columns().get(c).align() == Align.RIGHT ? 18 * 256 : 28 * 256);
        }
        s.createFreezePane(1, HEADER_ROW + 1);
        if (!rows.isEmpty() && columns > 0) {
            s.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW + rows.size(), 0, columns - 1));
        }
    }

    /** The unit all figures of column {@code c} share (null: none, or mixed units). */
    private static String columnUnit(List<List<Value>> rows, List<Value> totals, int c) {
        Set<String> units = new LinkedHashSet<>();
        boolean anyNumber = false;
        List<List<Value>> all = new ArrayList<>(rows);
        if (!totals.isEmpty()) {
            all.add(totals);
        }
        for (List<Value> row : all) {
            if (c < row.size() && row.get(c) instanceof Value.Number n) {
                anyNumber = true;
                units.add(n.unit());
            }
        }
        if (!anyNumber || units.size() != 1) {
            return null;
        }
        String u = units.iterator().next();
        return u.isEmpty() ? null : u;
    }

    private static void values(Row row, Styles st, List<Value> values, List<String> headerUnits, boolean bold) {
        for (int c = 0; c < values.size(); c++) {
            Value v = values.get(c);
            if (v instanceof Value.Text text && text.text().isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Value.Number n) {
                cell.setCellValue(n.value());
                String unit = c < headerUnits.size() ? headerUnits.get(c) : null;
                boolean unitInHeader = n.unit().isEmpty() || n.unit().equals(unit) || "%".equals(n.unit());
                // a unit the header does not name (mixed units in one column) stays visible in the format
                cell.setCellStyle(st.format(unitInHeader ? n.format() : withUnit(n.format(), n.unit()), bold));
            } else if (v instanceof Value.Day day) {
                cell.setCellValue(day.date());
                cell.setCellStyle(bold ? st.format(Styles.DATE, true) : st.date);
            } else {
                cell.setCellValue(((Value.Text) v).text());
                if (bold) {
                    cell.setCellStyle(st.bold);
                }
            }
        }
    }

    private static String withUnit(String format, String unit) {
        String literal = " \"" + unit + "\"";
        return String.join(";", java.util.Arrays.stream(format.split(";")).map(f -> f + literal).toList());
    }

    private static void header(Row row, Styles st, List<String> titles) {
        for (int c = 0; c < titles.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(titles.get(c));
            cell.setCellStyle(st.bold);
        }
    }

    private static void text(Sheet s, int row, String text, CellStyle style) {
        Row r = s.getRow(row) != null ? s.getRow(row) : s.createRow(row);
        Cell c = r.createCell(0);
        c.setCellValue(text);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    static String unique(String name, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(name);
        String candidate = base;
        int n = 2;
        while (!used.add(candidate.toLowerCase(Locale.ROOT))) {
            String suffix = " " + n++;
            candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    // ------------------------------------------------------------------ cell values

    /** A table cell as the workbook stores it. */
    sealed interface Value {
        record Text(String text) implements Value {
        }

        /** A figure; {@code unit} is "" or the unit moved into the header ("%", "Pp.", "Mio. €", "€"). */
        record Number(double value, String unit, String format) implements Value {
        }

        record Day(LocalDate date) implements Value {
        }
    }

    /** A German figure: sign, grouped integer part, decimals, optional unit after a (non-breaking) space. */
    private static final Pattern NUMBER = Pattern.compile(
            "([+−±-])?(\\d{1,3}(?:\\.\\d{3})*)(?:,(\\d+))?(?: (%|Pp\\.|Mio\\. €|€))?");
    private static final Pattern DAY = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.GERMANY)
            .withResolverStyle(ResolverStyle.STRICT);

    private static List<Value> parse(Table t, List<String> row) {
        List<Value> out = new ArrayList<>(row.size());
        for (int c = 0; c < row.size(); c++) {
            boolean right = c < t.columns().size() && t.columns().get(c).align() == Align.RIGHT;
            String v = row.get(c) == null ? "" : row.get(c);
            out.add(right ? value(v) : new Value.Text(v));
        }
        return out;
    }

    /** The cell value of one formatted German string; anything that is not a figure or a date stays text. */
    static Value value(String formatted) {
        String v = formatted.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        if (DAY.matcher(v).matches()) {
            try {
                return new Value.Day(LocalDate.parse(v, GERMAN_DATE));
            } catch (DateTimeParseException e) {
                return new Value.Text(formatted);
            }
        }
        Matcher m = NUMBER.matcher(v);
        if (!m.matches()) {
            return new Value.Text(formatted);
        }
        String sign = m.group(1) == null ? "" : m.group(1);
        String decimals = m.group(3) == null ? "" : m.group(3);
        String unit = m.group(4) == null ? "" : m.group(4);
        java.math.BigDecimal n = new java.math.BigDecimal(m.group(2).replace(".", "")
                + (decimals.isEmpty() ? "" : "." + decimals));
        if (sign.equals("−") || sign.equals("-")) {
            n = n.negate();
        }
        boolean signed = !sign.isEmpty();
        String zeros = decimals.isEmpty() ? "" : "." + "0".repeat(decimals.length());
        String format = switch (unit) {
            case "%" -> "0" + zeros + "%";
            default -> "#,##0" + zeros;
        };
        if (signed) {
            format = "+" + format + ";-" + format + ";" + format;
        }
        double value = ("%".equals(unit) ? n.movePointLeft(2) : n).doubleValue();
        return new Value.Number(value, unit, format);
    }

    /** The workbook's cell styles, one per number format (a workbook holds at most 64 000 styles). */
    private static final class Styles {
        static final String DATE = "dd.mm.yyyy";
        final XSSFWorkbook wb;
        final XSSFCellStyle bold;
        final XSSFCellStyle boldRight;
        final XSSFCellStyle demo;
        final XSSFCellStyle note;
        final XSSFCellStyle date;
        private final Map<String, XSSFCellStyle> formats = new HashMap<>();
        private final XSSFFont boldFont;

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
            boldFont = wb.createFont();
            boldFont.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            boldRight = wb.createCellStyle();
            boldRight.setFont(boldFont);
            boldRight.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            XSSFFont red = wb.createFont();
            red.setBold(true);
            red.setColor(new XSSFColor(new byte[] {(byte) 0xC0, 0, 0}));
            demo = wb.createCellStyle();
            demo.setFont(red);
            XSSFFont grey = wb.createFont();
            grey.setItalic(true);
            note = wb.createCellStyle();
            note.setFont(grey);
            date = format(DATE);
        }

        XSSFCellStyle format(String format) {
            return format(format, false);
        }

        XSSFCellStyle format(String format, boolean isBold) {
            return formats.computeIfAbsent(format + (isBold ? "|b" : ""), k -> {
                XSSFCellStyle s = wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(format));
                if (isBold) {
                    s.setFont(boldFont);
                }
                return s;
            });
        }
    }
}
