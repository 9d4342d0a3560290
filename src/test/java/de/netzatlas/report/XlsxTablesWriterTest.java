package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import de.netzatlas.report.ReportModel.Chapter;
import de.netzatlas.report.ReportModel.Column;
import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.report.ReportModel.KpiTile;
import de.netzatlas.report.ReportModel.Table;

/** The XLSX of the report read back with POI: fixed sheets, typed cells, units in headers, demo marker. */
class XlsxTablesWriterTest {

    static final List<String> SHEETS = List.of("Bericht", "Kennzahlen", "Glasfaser je Kreis", "Anschlüsse je Kreis",
            "Projekte nach Status",
            "Laufende Projekte", "Mobilfunk je Kreis", "Schulen je Kreis", "Schulen – offen", "Standorte je Kreis",
            "Standorte – offen", "Projektion Land", "Projektion je Kreis");
    static final LocalDate CUT_OFF = LocalDate.of(2025, 12, 31);
    static final ZonedDateTime CREATED = ZonedDateTime.parse("2026-01-15T09:30:00+01:00[Europe/Berlin]");

    private static Table kreisTable() {
        return new Table("Glasfaser je Kreis", "Tabelle: Breitbandversorgung je Kreis, Stand 30.06.2025",
                List.of(Column.left("Kreis / kreisfreie Stadt"), Column.right("Haushalte"), Column.right("Gigabit"),
                        Column.right("FTTB/H"), Column.right("unter 30 Mbit/s"), Column.right("Δ FTTB/H ggü. Vorjahr")),
                List.of(List.of("Börde", "12.345", "45,3\u00A0%", "45,3 %", "2,0 %", "+1,2 Pp."),
                        List.of("Harz", "1.234", "100,0 %", "0,0\u202F%", "0,5 %", "–"),
                        List.of("Salzlandkreis", "keine Daten", "keine Daten", "–", "–", "−0,4 Pp.")),
                List.of("Sachsen-Anhalt", "13.579", "50,1 %", "40,0 %", "1,9 %", "±0,0 Pp."));
    }

    private static Document full(boolean demo) {
        String d = demo ? ", Demodaten" : "";
        Table status = new Table("Projekte nach Status", "Tabelle: Ausbauprojekte nach Status zum Stichtag",
                List.of(Column.left("Status"), Column.right("Projekte"), Column.right("Haushalte"),
                        Column.right("Bund + Land")),
                List.of(List.of("Bau", "3", "1.200", "3,4 Mio. €"), List.of("Abgeschlossen", "0", "0", "0,0 Mio. €")),
                List.of("Summe", "3", "1.200", "3,4 Mio. €"));
        Table running = new Table("Laufende Projekte", "Tabelle: Laufende Ausbauprojekte",
                List.of(Column.left("Projekt"), Column.left("Kreis"), Column.left("Status"), Column.right("Haushalte"),
                        Column.right("Fertigstellung geplant")),
                List.of(List.of("100", "Harz", "Bau", "1.200", "31.12.2025"), List.of("B", "Harz", "Bau", "7", "–")),
                List.of());
        Table mobile = new Table("Mobilfunk je Kreis", "Tabelle: Mobilfunk", List.of(Column.left("Kreis"),
                Column.right("Fläche km²"), Column.right("4G"), Column.right("5G")),
                List.of(List.of("Harz", "2.104,5", "99,0 %", "87,5 %")), List.of());
        Table schools = new Table("Schulen je Kreis", "Tabelle: Schulen je Kreis", List.of(Column.left("Kreis"),
                Column.right("Schulen"), Column.right("Anteil")), List.of(List.of("Harz", "10", "50,0 %")), List.of());
        Table openSchools = new Table("Schulen – offen", "Tabelle: 1 Schule noch nicht angeschlossen",
                List.of(Column.left("Schule"), Column.left("Gemeinde"), Column.left("Kreis"), Column.left("Status"),
                        Column.right("geplanter Anschluss"), Column.left("überfällig")),
                List.of(List.of("Grundschule", "15001000", "Harz", "geplant", "30.06.2025", "ja")), List.of(), true);
        Table sites = new Table("Standorte je Kreis", "Tabelle: Standorte je Kreis", List.of(Column.left("Kreis"),
                Column.right("Standorte")), List.of(List.of("Harz", "4")), List.of());
        Table openSites = new Table("Standorte – offen", "Tabelle: alle Standorte migriert",
                List.of(Column.left("Standort"), Column.right("geplante Migration")), List.of(), List.of(), true);
        Table land = new Table("Projektion Land", "Tabelle: Projektion", List.of(Column.left("Jahr"),
                Column.right("FTTB/H"), Column.right("Fehlende Haushalte")), List.of(List.of("2026", "55,0 %", "1.000"),
                List.of("2027", "60,0 %", "–")), List.of());
        Table kreise = new Table("Projektion 2030 je Kreis", "Tabelle: Projektion 2030", List.of(Column.left("Kreis"),
                Column.right("FTTB/H 2030")), List.of(List.of("Harz", "90,0 %")), List.of());
        List<Chapter> chapters = List.of(
                new Chapter(ReportAssembler.FIBRE, "Glasfaser", "", true, ReportAssembler.NO_DATA,
                        List.of(kreisTable(), status, running), "Versorgungsstand 30.06.2025 (Test" + d + ")"),
                new Chapter(ReportAssembler.MOBILE, "Mobilfunk/5G", "", true, ReportAssembler.NO_DATA, List.of(mobile),
                        "Mobilfunkstand 30.06.2025 (Test" + d + ")"),
                new Chapter(ReportAssembler.SCHOOLS, "Schulen ans Netz", "", true, ReportAssembler.NO_DATA,
                        List.of(schools, openSchools), "Stand 31.12.2025 (Register" + d + ")"),
                new Chapter(ReportAssembler.SITES, "ITN-XT", "", true, ReportAssembler.NO_DATA, List.of(sites, openSites),
                        "Stand 31.12.2025 (Register" + d + ")"),
                new Chapter(ReportAssembler.OUTLOOK, "Ausblick", "", true, ReportAssembler.NO_DATA, List.of(land, kreise),
                        "Projektion ab Versorgungsstand 30.06.2025"));
        return document(demo, chapters, List.of(
                new KpiTile("fttbh", "Glasfaser (FTTB/H)", 45.34, 40.0, "%", "45,3 %", "+5,3 Pp.", List.of(), "m"),
                new KpiTile("foerderung", "Bewilligte Fördermittel", null, null, "Mio. €", "keine Daten", "", List.of(),
                        "m")));
    }

    private static Document empty() {
        List<Chapter> chapters = new ArrayList<>();
        for (String id : List.of(ReportAssembler.FIBRE, ReportAssembler.MOBILE, ReportAssembler.SCHOOLS,
                ReportAssembler.SITES, ReportAssembler.OUTLOOK)) {
            chapters.add(new Chapter(id, ReportAssembler.TEXT_CHAPTERS.get(id), "", false, ReportAssembler.NO_DATA,
                    List.of(), "keine Daten"));
        }
        return document(false, chapters, List.of());
    }

    private static Document document(boolean demo, List<Chapter> chapters, List<KpiTile> kpis) {
        List<Map.Entry<String, String>> stands = chapters.stream()
                .map(c -> Map.entry(c.title(), c.dataStand())).toList();
        return new Document(2025, CUT_OFF, "Bericht des Landes-CIO 2025", ReportAssembler.DEFAULT_ISSUER, demo, "",
                kpis, chapters, new ReportModel.Appendix(List.of(), stands, List.of(), List.of()));
    }

    private static XSSFWorkbook write(Document d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTablesWriter.write(d, CREATED, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> names(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static Cell cell(Sheet s, int row, int col) {
        Row r = s.getRow(row);
        assertNotNull(r, s.getSheetName() + " row " + row);
        Cell c = r.getCell(col);
        assertNotNull(c, s.getSheetName() + " " + row + "/" + col);
        return c;
    }

    private static int data(int i) {
        return XlsxTablesWriter.HEADER_ROW + 1 + i;
    }

    @Test
    void theSameFixedSheetsInTheSameOrderForAFullAndAnEmptyDocument() throws IOException {
        assertEquals(SHEETS, XlsxTablesWriter.fixedSheetNames());
        try (XSSFWorkbook full = write(full(false)); XSSFWorkbook empty = write(empty())) {
            assertEquals(SHEETS, names(full));
            assertEquals(SHEETS, names(empty));
            for (String name : SHEETS) {
                assertTrue(name.length() <= 31, name);
            }
            for (String name : SHEETS.subList(2, SHEETS.size())) {
                assertEquals(ReportAssembler.NO_DATA,
                        cell(empty.getSheet(name), XlsxTablesWriter.HEADER_ROW, 0).getStringCellValue(), name);
            }
            assertEquals(SHEETS.size(), XlsxTablesWriter.sheetCount(full(false)));
        }
    }

    @Test
    void aTableTheListDoesNotKnowIsAppendedAfterTheFixedSheets() throws IOException {
        Document base = full(false);
        List<Chapter> chapters = new ArrayList<>(base.chapters());
        Chapter fibre = chapters.get(0);
        List<ReportModel.Block> blocks = new ArrayList<>(fibre.blocks());
        blocks.add(new Table("Graue Flecken", "Tabelle: neu", List.of(Column.left("Kreis")), List.of(List.of("Harz")),
                List.of()));
        chapters.set(0, new Chapter(fibre.id(), fibre.title(), "", true, fibre.noDataNote(), blocks, fibre.dataStand()));
        Document d = document(false, chapters, base.kpis());
        try (XSSFWorkbook wb = write(d)) {
            List<String> names = names(wb);
            assertEquals(SHEETS, names.subList(0, SHEETS.size()));
            assertEquals(List.of("Graue Flecken"), names.subList(SHEETS.size(), names.size()));
            assertEquals(SHEETS.size() + 1, XlsxTablesWriter.sheetCount(d));
        }
    }

    @Test
    void datesAreDateCellsInGermanFormat() throws IOException {
        try (XSSFWorkbook wb = write(full(false))) {
            Cell planned = cell(wb.getSheet("Laufende Projekte"), data(0), 4);
            assertEquals(CellType.NUMERIC, planned.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(planned));
            assertEquals("dd.mm.yyyy", planned.getCellStyle().getDataFormatString());
            assertEquals(CUT_OFF.atStartOfDay(), planned.getLocalDateTimeCellValue());
            assertEquals("–", cell(wb.getSheet("Laufende Projekte"), data(1), 4).getStringCellValue());
            // a left column that only looks like a number (a project name, an AGS) stays text
            assertEquals(CellType.STRING, cell(wb.getSheet("Laufende Projekte"), data(0), 0).getCellType());
            assertEquals("15001000", cell(wb.getSheet("Schulen – offen"), data(0), 1).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(cell(wb.getSheet("Schulen – offen"), data(0), 4)));

            Sheet report = wb.getSheet("Bericht");
            Cell stichtag = null;
            Cell created = null;
            for (Row r : report) {
                Cell label = r.getCell(0);
                if (label != null && label.getCellType() == CellType.STRING && r.getCell(1) != null) {
                    if (label.getStringCellValue().equals("Stichtag")) {
                        stichtag = r.getCell(1);
                    } else if (label.getStringCellValue().equals("Erstellt")) {
                        created = r.getCell(1);
                    }
                }
            }
            assertNotNull(stichtag);
            assertEquals(CellType.NUMERIC, stichtag.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(stichtag));
            assertEquals(CUT_OFF.atStartOfDay(), stichtag.getLocalDateTimeCellValue());
            assertNotNull(created);
            assertEquals(CREATED.toLocalDateTime(), created.getLocalDateTimeCellValue());
        }
    }

    @Test
    void figuresAreNumericWithFormatsAndTheUnitsStandInTheHeaders() throws IOException {
        try (XSSFWorkbook wb = write(full(false))) {
            Sheet s = wb.getSheet("Glasfaser je Kreis");
            Row header = s.getRow(XlsxTablesWriter.HEADER_ROW);
            assertEquals("Haushalte", header.getCell(1).getStringCellValue());
            assertEquals("FTTB/H (%)", header.getCell(3).getStringCellValue());
            assertEquals("Δ FTTB/H ggü. Vorjahr (Pp.)", header.getCell(5).getStringCellValue());

            Cell households = cell(s, data(0), 1);
            assertEquals(12345, households.getNumericCellValue());
            assertEquals("#,##0", households.getCellStyle().getDataFormatString());
            Cell nbsp = cell(s, data(0), 2);
            assertEquals(CellType.NUMERIC, nbsp.getCellType(), "non-breaking space before the unit");
            assertEquals(0.453, nbsp.getNumericCellValue(), 1e-12);
            Cell pct = cell(s, data(0), 3);
            assertEquals(CellType.NUMERIC, pct.getCellType());
            assertEquals(0.453, pct.getNumericCellValue(), 1e-12);
            assertEquals("0.0%", pct.getCellStyle().getDataFormatString());
            assertEquals(0.0, cell(s, data(1), 3).getNumericCellValue(), "narrow non-breaking space");
            assertEquals(1.2, cell(s, data(0), 5).getNumericCellValue(), 1e-12);
            assertEquals(-0.4, cell(s, data(2), 5).getNumericCellValue(), 1e-12);
            assertTrue(cell(s, data(0), 5).getCellStyle().getDataFormatString().startsWith("+"));
            // no data stays text, never 0
            assertEquals("keine Daten", cell(s, data(2), 1).getStringCellValue());
            assertEquals("–", cell(s, data(1), 5).getStringCellValue());
            assertEquals("–", cell(s, data(2), 3).getStringCellValue());
            // totals row
            assertEquals("Sachsen-Anhalt", cell(s, data(3), 0).getStringCellValue());
            assertEquals(0.0, cell(s, data(3), 5).getNumericCellValue());

            Sheet status = wb.getSheet("Projekte nach Status");
            assertEquals("Bund + Land (Mio. €)", status.getRow(XlsxTablesWriter.HEADER_ROW).getCell(3)
                    .getStringCellValue());
            assertEquals(3.4, cell(status, data(0), 3).getNumericCellValue(), 1e-12);
            assertEquals("#,##0.0", cell(status, data(0), 3).getCellStyle().getDataFormatString());
            assertEquals("Fläche km²", wb.getSheet("Mobilfunk je Kreis").getRow(XlsxTablesWriter.HEADER_ROW).getCell(1)
                    .getStringCellValue());
            assertEquals(2104.5, cell(wb.getSheet("Mobilfunk je Kreis"), data(0), 1).getNumericCellValue(), 1e-9);
            assertEquals("FTTB/H 2030 (%)", wb.getSheet("Projektion je Kreis").getRow(XlsxTablesWriter.HEADER_ROW)
                    .getCell(1).getStringCellValue());

            Sheet kpi = wb.getSheet("Kennzahlen");
            Cell fttbh = cell(kpi, data(0), 1);
            assertEquals(0.453, fttbh.getNumericCellValue(), 1e-12);
            assertEquals("0.0%", fttbh.getCellStyle().getDataFormatString());
            assertEquals("keine Daten", cell(kpi, data(1), 1).getStringCellValue());
        }
    }

    private static boolean mentionsDemo(Sheet s) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains("Demodaten")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void everySheetOfADemoDocumentSaysDemodatenInRedAndARealOneNever() throws IOException {
        try (XSSFWorkbook demo = write(full(true)); XSSFWorkbook real = write(full(false))) {
            for (String name : SHEETS) {
                XSSFSheet s = demo.getSheet(name);
                Cell marker = cell(s, 0, 0);
                assertTrue(marker.getStringCellValue().startsWith("Demodaten"), name);
                var font = demo.getFontAt(marker.getCellStyle().getFontIndex());
                assertEquals("C00000", font.getXSSFColor().getARGBHex().substring(2), name);
                assertNotNull(s.getTabColor(), name);
                assertTrue(s.getHeader().getCenter().contains("Demodaten"), name);

                XSSFSheet r = real.getSheet(name);
                assertFalse(mentionsDemo(r), name);
                assertNull(r.getTabColor(), name);
            }
        }
        // a demo document without per-chapter notes (demo records somewhere in the database): all sheets marked
        Document flagged = document(true, empty().chapters(), List.of());
        try (XSSFWorkbook wb = write(flagged)) {
            for (String name : SHEETS) {
                assertTrue(mentionsDemo(wb.getSheet(name)), name);
            }
        }
    }

    @Test
    void inAMixedDocumentOnlyTheDemoChaptersAreMarked() throws IOException {
        Document demo = full(true);
        List<Chapter> chapters = new ArrayList<>(demo.chapters());
        Chapter schools = chapters.get(2);
        chapters.set(2, new Chapter(schools.id(), schools.title(), "", true, schools.noDataNote(), schools.blocks(),
                "Stand 31.12.2025 (Register)"));
        try (XSSFWorkbook wb = write(document(true, chapters, demo.kpis()))) {
            assertFalse(mentionsDemo(wb.getSheet("Schulen je Kreis")));
            assertFalse(mentionsDemo(wb.getSheet("Schulen – offen")));
            assertTrue(mentionsDemo(wb.getSheet("Glasfaser je Kreis")));
            assertTrue(mentionsDemo(wb.getSheet("Projektion je Kreis")), "derived from the fibre stand");
            assertTrue(mentionsDemo(wb.getSheet("Kennzahlen")));
            assertTrue(mentionsDemo(wb.getSheet("Bericht")));
        }
    }

    @Test
    void germanFiguresParseWithAnySpaceBeforeTheUnit() {
        for (String v : List.of("45,3 %", "45,3\u00A0%", "45,3\u202F%")) {
            XlsxTablesWriter.Value.Number n = (XlsxTablesWriter.Value.Number) XlsxTablesWriter.value(v);
            assertEquals(0.453, n.value(), 1e-12, v);
            assertEquals("%", n.unit());
        }
        assertEquals(-1234567.5, ((XlsxTablesWriter.Value.Number) XlsxTablesWriter.value("−1.234.567,5\u00A0€"))
                .value());
        assertEquals(12.3, ((XlsxTablesWriter.Value.Number) XlsxTablesWriter.value("12,3\u00A0Mio.\u00A0€")).value());
        for (String text : List.of("–", "keine Daten", "", "31.02.2025", "12,3 km", "2025", "1 von 3")) {
            assertTrue(XlsxTablesWriter.value(text) instanceof XlsxTablesWriter.Value.Text, text);
        }
    }
}
