package de.netzatlas.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;

import de.netzatlas.exchange.ImportTarget.ExistingPolicy;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.GemeindeCoverage;

class ExchangeImportTest {

    static final LocalDate STAND = LocalDate.of(2024, 12, 31);

    @TempDir
    Path dir;
    ExchangeFixture fx;

    @BeforeEach
    void open() {
        fx = new ExchangeFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aWindows1252CsvWithTitleLineUmlautsGroupedNumbersAndAMultiLineFieldIsDetectedAndImported() throws Exception {
        Path file = fx.fixture("coverage-windows1252.csv");
        ImportPreview preview = fx.imports.preview(file, "coverage", null);
        assertEquals("windows-1252", preview.settings().charset().name());
        assertEquals(';', preview.settings().delimiter());
        assertEquals(1, preview.settings().headerIndex(), "the title line above the header is skipped");
        assertTrue(preview.settings().decimalComma());
        assertEquals("Gemeindeschlüssel", preview.header().get(0));
        assertEquals("Gräfenhainichen\nStadt", preview.rows().get(3).cells().get(1), "quoted multi-line field");
        assertEquals(Map.of("ags", "Gemeindeschlüssel", "name", "Gemeinde", "stand", "Stand", "haushalte", "Haushalte"),
                Map.of("ags", preview.mapping().column("ags").orElseThrow(), "name",
                        preview.mapping().column("name").orElseThrow(), "stand", preview.mapping().column("stand").orElseThrow(),
                        "haushalte", preview.mapping().column("haushalte").orElseThrow()));
        assertEquals("FTTH", preview.mapping().column("hh_ftth").orElseThrow());

        ImportResult r = fx.importFile(file, "coverage");
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(4, r.inserted());
        List<GemeindeCoverage> rows = fx.coverageRows(STAND);
        assertEquals(4, rows.size());
        GemeindeCoverage koethen = rows.stream().filter(g -> g.ags().equals("15082180")).findFirst().orElseThrow();
        assertEquals(13_210, koethen.households());
        assertEquals(5_900, koethen.homesPassed());
        GemeindeCoverage luetzen = rows.stream().filter(g -> g.ags().equals("15084315")).findFirst().orElseThrow();
        assertNull(luetzen.homesConnected(), "x means: no value");
    }

    @Test
    void aGenesisTableWithTitleLinesFootnotesAndMissingMarkersUpdatesRegionStatistics() throws Exception {
        Path file = fx.fixture("genesis-bevoelkerung.csv");
        int zoerbigPopulation = fx.region("15082440").population();
        ImportPreview preview = fx.imports.preview(file, "regions", null);
        assertEquals(6, preview.settings().headerIndex());
        assertEquals(5, preview.rows().size(), "the footnote lines are not data: " + preview.rows());

        ImportResult r = fx.importFile(file, "regions");
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(5, r.rows());
        assertEquals(236_220, fx.region("15002000").population());
        assertEquals(125_104, fx.region("15002000").households());
        assertEquals(LocalDate.of(2023, 12, 31), fx.region("15002000").householdsDate());
        assertNull(fx.region("15003000").households(), "'-' leaves the figure as it was");
        assertEquals(zoerbigPopulation, fx.region("15082440").population(), "'x' (gesperrt) keeps the stored value");
        assertEquals(4_700, fx.region("15082440").households());
        // Issue 20: the table gives no population date, so the new figures carry none (not the old stand's)
        assertNull(fx.region("15002000").populationDate());
        assertTrue(ExchangeFixture.lines(r).stream().anyMatch(l -> l.startsWith("Warnung: ")
                && l.contains("Neue Einwohnerzahlen ohne Stand")), ExchangeFixture.lines(r).toString());
    }

    @Test
    void projectsFromACommaSeparatedUtf8FileThenTheirAreaFromAMultiPolygonWithAHole() throws Exception {
        ImportResult projects = fx.importFile(fx.fixture("projects-utf8bom.csv"), "projects");
        assertTrue(projects.ok(), projects.problems().toString());
        assertEquals(2, projects.inserted());
        FibreProject nord = fx.services.projects().all().stream()
                .filter(p -> p.name().equals("Glasfaser Magdeburg Nord")).findFirst().orElseThrow();
        assertEquals("Zwei Zeilen\nBemerkung", nord.notes());
        assertEquals(0, new java.math.BigDecimal("4000000").compareTo(nord.funding().costTotal()));

        ImportResult areas = fx.importFile(fx.fixture("area-multipolygon-hole.geojson"), "project-areas");
        assertTrue(areas.ok(), areas.problems().toString());
        assertEquals(1, areas.updated());
        FibreProject withArea = fx.services.projects().find(nord.id()).orElseThrow();
        assertTrue(withArea.area() instanceof MultiPolygon);
        assertEquals(1, ((org.locationtech.jts.geom.Polygon) withArea.area().getGeometryN(0)).getNumInteriorRing());
        assertEquals(nord.notes(), withArea.notes(), "only the area changes");
    }

    @Test
    void projectedOrMisplacedCoordinatesAreReportedAndNothingIsImported() throws Exception {
        fx.importFile(fx.fixture("projects-utf8bom.csv"), "projects");
        String before = fx.snapshot();

        ImportResult crs = fx.importFile(fx.fixture("area-epsg25832.geojson"), "project-areas");
        assertFalse(crs.ok());
        assertTrue(crs.problems().get(0).message().contains("EPSG:25832"), crs.problems().toString());

        ImportResult utm = fx.importFile(fx.fixture("area-utm-no-crs.geojson"), "project-areas");
        assertFalse(utm.ok());
        assertTrue(utm.problems().get(0).message().contains("keine Grad"), utm.problems().toString());

        ImportResult swapped = fx.importFile(fx.fixture("area-swapped.geojson"), "project-areas");
        assertFalse(swapped.ok());
        assertTrue(swapped.problems().get(0).message().contains("außerhalb Sachsen-Anhalts"), swapped.problems().toString());
        assertEquals(before, fx.snapshot());
    }

    private Path coverageWithOneBadRow() throws Exception {
        String csv = "ags;stand;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_1000;hh_ftth;hh_fttb;hh_hfc;hh_dsl\n"
                + "15003000;31.12.2024;1000;900;800;700;600;500;400;300;0;0;500\n"
                + "15002000;31.12.2024;1000;900;800;700;600;500;400;300;0;0;abc\n"
                + "15001000;31.12.2024;1000;900;800;700;600;500;400;300;0;0;500\n";
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void allOrNothingWritesNothingOnAnErrorWhileValidOnlyWritesTheGoodRows() throws Exception {
        Path file = coverageWithOneBadRow();
        String before = fx.snapshot();
        ImportResult all = fx.importFile(file, "coverage");
        assertEquals(1, all.errors());
        Problem p = all.problems().get(0);
        assertEquals(3, p.row());
        assertEquals("hh_dsl", p.column());
        assertEquals("abc", p.value());
        assertEquals("bad.csv:3:hh_dsl: „abc“ ist keine Zahl.", p.toString());
        assertFalse(all.written());
        assertEquals(before, fx.snapshot());

        ImportResult valid = fx.imports.run(ImportRequest.of(file, "coverage").withValidOnly(true), null, null);
        assertEquals(1, valid.errors());
        assertTrue(valid.written());
        assertEquals(2, valid.inserted());
        assertEquals(2, fx.coverageRows(STAND).size());
    }

    @Test
    void anImportIsUndoneAsAWholeAndReimportSkipsOrOverwritesChangedRows() throws Exception {
        Path file = fx.fixture("coverage-windows1252.csv");
        String before = fx.snapshot();
        ImportResult first = fx.importFile(file, "coverage");
        assertEquals(1, fx.services.audit().changeSet(fx.services.database(), first.changeSet()).size(),
                "a new stand is one audit entry, not one per row");

        String changed = Files.readString(file, CsvTableReader.WINDOWS_1252).replace("13.210", "13.300");
        Path second = dir.resolve("changed.csv");
        Files.writeString(second, changed, CsvTableReader.WINDOWS_1252);
        ImportResult skip = fx.imports.run(ImportRequest.of(second, "coverage").withExisting(ExistingPolicy.SKIP), null, null);
        assertEquals(1, skip.skipped());
        assertEquals(3, skip.unchanged());
        assertEquals(1, skip.warnings());
        assertFalse(skip.written());
        ImportResult overwrite = fx.importFile(second, "coverage");
        assertEquals(1, overwrite.updated());
        assertEquals(13_300, fx.coverageRows(STAND).stream().filter(g -> g.ags().equals("15082180")).findFirst()
                .orElseThrow().households());

        fx.imports.undo(overwrite.changeSet());
        assertEquals(13_210, fx.coverageRows(STAND).stream().filter(g -> g.ags().equals("15082180")).findFirst()
                .orElseThrow().households());
        fx.imports.undo(first.changeSet());
        assertTrue(fx.coverageRows(STAND).isEmpty());

        ImportResult regions = fx.importFile(fx.fixture("genesis-bevoelkerung.csv"), "regions");
        ImportResult projects = fx.importFile(fx.fixture("projects-utf8bom.csv"), "projects");
        fx.imports.undo(projects.changeSet());
        fx.imports.undo(regions.changeSet());
        String after = fx.snapshot();
        assertEquals(before.substring(before.indexOf('\n')), after.substring(after.indexOf('\n')),
                "data as before (only the audit trail grew)");
    }

    @Test
    void cancellingLeavesTheDatabaseUnchanged() throws Exception {
        Path file = fx.fixture("coverage-windows1252.csv");
        String before = fx.snapshot();
        ImportResult r = fx.imports.run(ImportRequest.of(file, "coverage"), null, () -> true);
        assertTrue(r.cancelled());
        assertFalse(r.written());
        assertEquals(before, fx.snapshot());
    }

    @Test
    void dryRunValidatesWithoutWriting() throws Exception {
        String before = fx.snapshot();
        ImportResult r = fx.imports.run(ImportRequest.of(fx.fixture("coverage-windows1252.csv"), "coverage")
                .withDryRun(true), null, null);
        assertTrue(r.ok());
        assertEquals(4, r.rows());
        assertEquals(before, fx.snapshot());
    }

    @Test
    void aSavedMappingProfileIsReusedForOddColumnNames() throws Exception {
        String csv = "Schl;Datum;HH ges;a;b;c;d;e;f;g;h;i;j\n"
                + "15003000;31.12.2024;1000;900;800;700;600;500;400;300;0;0;500\n";
        Path file = dir.resolve("odd.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertFalse(fx.importFile(file, "coverage").ok(), "nothing to suggest from such names");
        ColumnMapping m = new ColumnMapping(Map.ofEntries(Map.entry("ags", "Schl"), Map.entry("stand", "Datum"),
                Map.entry("haushalte", "HH ges"), Map.entry("hh_30", "a"), Map.entry("hh_50", "b"),
                Map.entry("hh_100", "c"), Map.entry("hh_200", "d"), Map.entry("hh_400", "e"), Map.entry("hh_1000", "f"),
                Map.entry("hh_ftth", "g"), Map.entry("hh_fttb", "h"), Map.entry("hh_hfc", "i"), Map.entry("hh_dsl", "j")));
        fx.exchange.profiles().save(MappingProfiles.of("Eigenes Format", "coverage", m, null));
        MappingProfiles.Profile p = fx.exchange.profiles().find("Eigenes Format").orElseThrow();
        assertEquals(List.of("Eigenes Format"), fx.exchange.profiles().names());
        ImportResult r = fx.imports.run(ImportRequest.of(file, "coverage").withMapping(new ColumnMapping(p.mapping())),
                null, null);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(1, r.inserted());
    }

    @Test
    void theProblemReportIsExportableAsCsv() throws Exception {
        ImportResult r = fx.importFile(coverageWithOneBadRow(), "coverage");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Problems.writeCsv(r.problems(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFDatei;Zeile;Spalte;Wert;Meldung;Schwere\r\n"), text);
        assertTrue(text.contains("bad.csv;3;hh_dsl;abc;„abc“ ist keine Zahl.;Fehler"), text);
    }

    @Test
    void coverageRowsAreCheckedAcrossTheirFieldsAndForDuplicatesPerStandAndGemeinde() throws Exception {
        String csv = "ags;stand;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_1000;hh_ftth;hh_fttb;hh_hfc;hh_dsl;"
                + "homes_passed;homes_connected\n"
                + "15003000;31.12.2023;1000;900;800;700;600;500;400;300;0;0;500;;\n"
                + "15002000;31.12.2023;1000;900;800;700;600;500;400;300;0;0;500;;\n"
                + "15003000;31.12.2024;1000;900;800;700;600;500;400;300;0;0;500;;\n"
                + "15003000;31.12.2023;1000;900;800;700;600;500;400;300;0;0;500;;\n"
                + "15001000;31.12.2024;1000;1200;800;700;600;500;400;300;0;0;500;;\n"
                + "15001000;31.12.2023;1000;900;800;700;600;500;650;300;0;0;500;100;200\n"
                + "99999999;31.12.2023;1000;900;800;700;600;500;400;300;0;0;500;;\n";
        String before = fx.snapshot();
        ImportResult r = fx.importText("coverage", "kreuz.csv", csv);
        assertEquals(List.of(
                "kreuz.csv:5:ags: Doppelte Zeile für Gemeinde 15003000 (Stand 31.12.2023), zuerst in Zeile 2.",
                "kreuz.csv:6:hh_30: Wert 1200 ist größer als haushalte (1000).",
                "kreuz.csv:7:hh_1000: Wert 650 ist größer als hh_400 (500).",
                "kreuz.csv:7:homes_connected: Wert 200 ist größer als homes_passed (100).",
                "kreuz.csv:8:ags: Unbekannter Gemeindeschlüssel „99999999“ (keine Gemeinde in Sachsen-Anhalt)."),
                ExchangeFixture.lines(r));
        assertFalse(r.written());
        assertEquals(before, fx.snapshot());
    }

    @Test
    void aRowWiderThanTheHeaderAndACutOffLastRowAreRowErrorsWhileFootnotesAreStillDropped() throws Exception {
        String header = "ags;stand;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_1000;hh_ftth;hh_fttb;hh_hfc;hh_dsl;"
                + "homes_passed;homes_connected\n";
        String good = "15003000;31.12.2023;1000;900;800;700;600;500;400;300;0;0;500;;\n";
        String before = fx.snapshot();
        // an unquoted ";" in a value: one more field than the header, values would shift
        ImportResult wide = fx.importText("coverage", "breit.csv", header + good
                + "15002000;31.12.2023;1000;900;800;700;600;500;400;300;0;0;500;;;12\n");
        assertFalse(wide.written());
        assertEquals(List.of("breit.csv:3:-: Die Zeile hat 16 Felder, die Kopfzeile nur 15 Spalten (Trennzeichen „;“ "
                + "in einem Text ohne Anführungszeichen?). Die Werte würden in falsche Spalten rutschen."),
                ExchangeFixture.lines(wide).stream().filter(l -> l.contains(":3:")).toList());
        // trailing empty cells (as Excel writes them) are fine
        assertTrue(fx.importText("coverage", "leer.csv", header
                + "15002000;31.12.2023;1000;900;800;700;600;500;400;300;0;0;500;;;;;\n").ok());
        // a file cut off after the first value of its last row
        ImportResult cut = fx.importText("coverage", "abgeschnitten.csv", header + good + "15001000\n");
        assertFalse(cut.written());
        assertTrue(ExchangeFixture.lines(cut).contains("abgeschnitten.csv:3:-: Die Zeile enthält nur einen Wert, die "
                + "Kopfzeile hat 15 Spalten (Datei abgeschnitten oder Zeile umbrochen?)."), ExchangeFixture.lines(cut).toString());
        // a footnote below the table is still no data
        ImportResult noted = fx.importText("coverage", "fussnote.csv", header + good + "Stand: 31.12.2023\n© Breitbandatlas\n");
        assertTrue(noted.ok(), noted.problems().toString());
        assertEquals(1, noted.rows());
        assertFalse(before.isEmpty());
    }

    @Test
    void textLongerThanItsColumnIsARowErrorAlreadyInTheDryRun() throws Exception {
        String header = java.nio.file.Files.readAllLines(java.nio.file.Path.of("assets/samples/schulen-beispiel.csv"),
                StandardCharsets.UTF_8).get(0);
        String name = "Grundschule " + "sehr lang ".repeat(30);
        Path file = fx.write("lang.csv", header + "\n90777;" + name + ";Grundschule;;Markt 1;;51,48250;11,96970;;;;;;"
                + "geplant;;;;;;;;\n");
        String before = fx.snapshot();
        ImportResult dry = fx.imports.run(ImportRequest.of(file, "schools").withDryRun(true), null, null);
        assertEquals(List.of("lang.csv:2:name: Der Text ist " + name.strip().length() + " Zeichen lang; „Name der "
                + "Schule“ fasst höchstens 300 Zeichen."), ExchangeFixture.lines(dry));
        ImportResult real = fx.importFile(file, "schools");
        assertFalse(real.written());
        assertEquals(ExchangeFixture.lines(dry), ExchangeFixture.lines(real));
        assertEquals(before, fx.snapshot());
    }

    @Test
    void excelUnicodeTextInUtf16IsReadWithItsUmlauts() throws Exception {
        String text = "ags\tstand\thaushalte\thh_30\thh_50\thh_100\thh_200\thh_400\thh_1000\thh_ftth\thh_fttb\thh_hfc"
                + "\thh_dsl\thomes_passed\thomes_connected\tquelle\r\n"
                + "15003000\t31.12.2023\t1000\t900\t800\t700\t600\t500\t400\t300\t0\t0\t500\t\t\tLänderübergreifend\r\n";
        for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            bytes.write(cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF});
            bytes.write(text.getBytes(cs));
            Path file = java.nio.file.Files.write(fx.write("unicode-" + cs.name() + ".txt.csv", "").resolveSibling(
                    "unicode-" + cs.name() + ".csv"), bytes.toByteArray());
            ImportPreview preview = fx.imports.preview(file, "coverage", null);
            assertEquals(cs, preview.settings().charset(), cs.name());
            assertEquals('\t', preview.settings().delimiter());
            ImportResult r = fx.imports.run(ImportRequest.of(file, "coverage").withDryRun(true), null, null);
            assertTrue(r.ok(), cs + ": " + r.problems());
            assertEquals(1, r.rows());
        }
        // without byte order mark (every other byte zero)
        Path bare = java.nio.file.Files.write(fx.write("bare.csv", "").resolveSibling("bare16.csv"),
                text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(StandardCharsets.UTF_16LE, fx.imports.preview(bare, "coverage", null).settings().charset());
    }
}
