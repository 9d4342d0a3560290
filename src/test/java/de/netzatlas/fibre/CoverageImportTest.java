package de.netzatlas.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.region.RegionLevel;

/** The coverage CSV importer against a real H2 file: the sample, Windows-1252, and broken files. */
class CoverageImportTest {

    static final String HEADER = "ags;name;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_1000;hh_ftth;hh_fttb;hh_hfc;hh_dsl";

    @TempDir
    static Path dir;

    static FibreFixture f;

    @BeforeAll
    static void open() {
        f = new FibreFixture(dir);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static int coverageRows() {
        return f.coverage.stands().stream().mapToInt(s -> f.coverage.rows(s).size()).sum();
    }

    private static ImportResult importText(String name, String text, LocalDate stand) {
        return f.coverage.importCsv(name, text.getBytes(StandardCharsets.UTF_8), stand, false);
    }

    @Test
    void theSampleFileImportsAndItsFiguresAreAggregated() {
        ImportResult r = f.coverage.importCsv(Path.of("assets/samples/versorgung-beispiel.csv"), null, false);
        assertEquals(List.of(), r.errors());
        assertTrue(r.written());
        assertEquals(14, r.rows());
        assertEquals(List.of(LocalDate.of(2024, 12, 31)), r.stands());
        CoverageStand stand = f.coverage.standFor(LocalDate.of(2024, 12, 31)).orElseThrow();
        assertFalse(stand.demo());
        List<GemeindeCoverage> rows = f.coverage.rows(stand);
        GemeindeCoverage dessau = rows.stream().filter(c -> c.ags().equals("15001000")).findFirst().orElseThrow();
        assertEquals(42_159, dessau.households());
        assertEquals(29_443, dessau.hh1000());
        assertEquals(3_513, dessau.businesses());
        RegionFigures land = f.coverage.summary(stand, RegionLevel.LAND).get(0);
        assertEquals(rows.stream().mapToLong(GemeindeCoverage::households).sum(), land.figures().households());
        assertEquals(rows.stream().mapToLong(GemeindeCoverage::hh1000).sum(), land.figures().gigabit());
        assertEquals(1, f.audit.changeSet(f.db, f.audit.history(f.db, "coverage_stand", stand.id().toString())
                .get(0).changeSet()).size(), "one audit row for the stand in the import's change set");
    }

    @Test
    void aWindows1252FileWithGermanNumbersImports() throws Exception {
        String text = "# Beispiel\r\n" + HEADER + ";stand\r\n"
                + "15083040;Börde-Hakel;1.234;1.200;1.100;1.000,0;900;800;700;300;100;0;1.100;01.07.2023\r\n";
        Path file = dir.resolve("ansi.csv");
        Files.write(file, text.getBytes(CsvText.WINDOWS_1252));
        assertEquals(CsvText.WINDOWS_1252, CsvText.decode(Files.readAllBytes(file)).charset());
        ImportResult r = f.coverage.importCsv(file, null, false);
        assertEquals(List.of(), r.errors());
        CoverageStand stand = f.coverage.stands().stream().filter(s -> s.date().equals(LocalDate.of(2023, 7, 1)))
                .findFirst().orElseThrow();
        GemeindeCoverage c = f.coverage.rows(stand).get(0);
        assertEquals(1_234, c.households());
        assertEquals(1_000, c.hh100());
        assertEquals(400, c.fttbh());
    }

    @Test
    void aUtf8FileWithBomImportsWithTheStandFromTheOption() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "\n15003000;Magdeburg;100;100;100;90;80;70;60;30;20;50;100\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        ImportResult r = f.coverage.importCsv("bom.csv", bytes, LocalDate.of(2022, 12, 31), false);
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(LocalDate.of(2022, 12, 31)), r.stands());
    }

    @Test
    void unknownAgsTextInANumberColumnAndExceedingCountsAreReportedByRowAndFieldAndNothingIsWritten() {
        int before = coverageRows();
        int audit = f.audit.count(f.db);
        ImportResult r = importText("kaputt.csv", HEADER + "\n"
                + "15003000;Magdeburg;100;100;100;90;80;70;60;30;20;50;100\n"
                + "15999999;Nirgendwo;100;100;100;90;80;70;60;30;20;50;100\n"
                + "15001000;Dessau-Roßlau;100;100;viele;90;80;70;60;30;20;50;100\n"
                + "15002000;Halle;100;100;100;90;80;70;60;30;20;50;150\n"
                + "15083040;Hakel;100;100;100;90;80;70;75;30;20;50;100\n"
                + "15084013;X;100;12,5;100;90;80;70;60;30;20;50;100\n", LocalDate.of(2021, 12, 31));
        assertEquals(List.of(
                "kaputt.csv:3:ags: Unbekannter Gemeindeschlüssel „15999999“ (keine Gemeinde in Sachsen-Anhalt).",
                "kaputt.csv:4:hh_50: „viele“ ist keine Zahl.",
                "kaputt.csv:5:hh_dsl: Wert 150 ist größer als haushalte (100).",
                "kaputt.csv:6:hh_1000: Wert 75 ist größer als hh_400 (70).",
                "kaputt.csv:7:hh_30: „12,5“ ist keine ganze Zahl."),
                r.errors().stream().map(ImportError::toString).toList());
        assertFalse(r.written());
        assertEquals(before, coverageRows());
        assertEquals(audit, f.audit.count(f.db));
    }

    @Test
    void missingHeaderColumnsAreReportedOnTheHeaderRow() {
        int before = coverageRows();
        ImportResult r = importText("spalten.csv", "ags;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_ftth;hh_fttb;hh_hfc;hh_dsl;bemerkung\n"
                + "15003000;100;100;100;90;80;70;30;20;50;100;x\n", null);
        assertEquals(List.of(
                "spalten.csv:1:bemerkung: Unbekannte Spalte „bemerkung“.",
                "spalten.csv:1:hh_1000: Pflichtspalte „hh_1000“ fehlt in der Kopfzeile.",
                "spalten.csv:1:stand: Stand fehlt: Spalte „stand“ oder Option --stand angeben."),
                r.errors().stream().map(ImportError::toString).toList());
        assertEquals(before, coverageRows());
    }

    @Test
    void aFileWithoutHeaderOrWithCommasIsRejected() {
        assertEquals(List.of("leer.csv:1:-: Die Datei ist leer: Kopfzeile fehlt."),
                importText("leer.csv", "", LocalDate.of(2021, 1, 1)).errors().stream().map(ImportError::toString).toList());
        assertEquals(List.of("komma.csv:1:-: Trennzeichen muss das Semikolon (;) sein, wie Excel es in deutscher "
                        + "Einstellung schreibt."),
                importText("komma.csv", "ags,haushalte\n15003000,100\n", LocalDate.of(2021, 1, 1)).errors().stream()
                        .map(ImportError::toString).toList());
    }

    @Test
    void duplicateRowsAreReportedWithTheFirstOccurrenceAndNothingIsWritten() {
        int before = coverageRows();
        ImportResult r = importText("doppelt.csv", HEADER + ";stand\n"
                + "15003000;Magdeburg;100;100;100;90;80;70;60;30;20;50;100;31.12.2020\n"
                + "15003000;Magdeburg;100;100;100;90;80;70;60;30;20;50;100;30.06.2020\n"
                + "15003000;Magdeburg;100;100;100;90;80;70;60;30;20;50;100;31.12.2020\n", null);
        assertEquals(List.of("doppelt.csv:4:ags: Doppelte Zeile für Gemeinde 15003000 (Stand 31.12.2020), zuerst in Zeile 2."),
                r.errors().stream().map(ImportError::toString).toList());
        assertEquals(before, coverageRows());
        assertTrue(f.coverage.stands().stream().noneMatch(s -> s.date().getYear() == 2020));
    }

    @Test
    void dryRunValidatesButWritesNothingAndReimportReplacesTheGemeindeRows() {
        String one = HEADER + "\n15003000;Magdeburg;100;100;100;90;80;70;60;30;20;50;100\n";
        LocalDate date = LocalDate.of(2019, 12, 31);
        ImportResult dry = f.coverage.importCsv("probe.csv", one.getBytes(StandardCharsets.UTF_8), date, true);
        assertTrue(dry.ok());
        assertFalse(dry.written());
        assertTrue(f.coverage.stands().stream().noneMatch(s -> s.date().equals(date)));
        assertTrue(importText("probe.csv", one, date).written());
        assertTrue(importText("probe2.csv", one.replace(";60;30;20", ";65;30;20"), date).written());
        CoverageStand stand = f.coverage.stands().stream().filter(s -> s.date().equals(date)).findFirst().orElseThrow();
        assertEquals(List.of(65), f.coverage.rows(stand).stream().map(GemeindeCoverage::hh1000).toList());
        assertEquals(2, f.audit.history(f.db, "coverage_stand", stand.id().toString()).size());
    }

    @Test
    void theDatabaseItselfRefusesACoverageRowWhoseAgsIsNoAgsOfTheLand() {
        CoverageStand stand = new CoverageStand(java.util.UUID.randomUUID(), LocalDate.of(2019, 6, 30), "Test", false);
        int before = coverageRows();
        for (String ags : new String[] {"09162000", "15003", "1500300x"}) {
            GemeindeCoverage row = new GemeindeCoverage(ags, 100, null, null, null, null, 90, 80, 70, 60, 50, 40, 30, 0,
                    0, 10, null, null);
            RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () ->
                    f.db.inTransaction(tx -> {
                        f.coverageRepository.insertStand(tx, stand, "test");
                        f.coverageRepository.insertRows(tx, stand.id(), List.of(row), false, "test");
                    }));
            assertTrue(String.valueOf(e.getMessage()).toUpperCase().contains("CK_COVERAGE_AGS"), ags + ": " + e);
        }
        assertEquals(before, coverageRows(), "nothing written");
    }
}

