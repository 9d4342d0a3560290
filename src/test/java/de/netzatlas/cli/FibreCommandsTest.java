package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Glasfaser commands end to end on one database file. */
class FibreCommandsTest {

    @TempDir
    Path dir;



    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void importWithValidationErrorsExitsWithThreeListsTheErrorsAndWritesNothing() throws Exception {
        String db = dir.resolve("cli").toString();
        Path broken = dir.resolve("versorgung.csv");
        Files.writeString(broken, "ags;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_1000;hh_ftth;hh_fttb;hh_hfc;hh_dsl\n"
                + "15999999;100;100;100;90;80;70;60;30;20;50;100\n");
        CliRun r = CliRun.of("--db", db, "coverage", "import", broken.toString(), "--stand", "31.12.2024");
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains("versorgung.csv:2:ags: Unbekannter Gemeindeschlüssel „15999999“"), r.err());
        assertTrue(r.err().contains("1 Fehler – nichts wurde geschrieben."), r.err());
        CliRun missing = CliRun.of("--db", db, "coverage", "import", dir.resolve("fehlt.csv").toString(), "--stand", "31.12.2024");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("Fehler: Datei „" + dir.resolve("fehlt.csv") + "“ kann nicht gelesen werden"),
                missing.err());
        CliRun summary = CliRun.of("--db", db, "coverage", "summary");
        assertEquals(0, summary.exitCode());
        assertTrue(summary.err().contains("Keine Versorgungsdaten"), summary.err());
    }

    @Test
    void importThenSummaryAsCsvAtKreisLevel() throws Exception {
        String db = dir.resolve("cli2").toString();
        CliRun dry = CliRun.of("--db", db, "coverage", "import", "assets/samples/versorgung-beispiel.csv", "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().startsWith("Geprüft, nichts geschrieben: 14 Zeilen, Stand 31.12.2024."), dry.out());
        CliRun imported = CliRun.of("--db", db, "coverage", "import", "assets/samples/versorgung-beispiel.csv");
        assertEquals(0, imported.exitCode(), imported.err());
        CliRun r = CliRun.of("--db", db, "coverage", "summary", "--level", "kreis", "--format", "csv", "--stand", "2025-01-01");
        assertEquals(0, r.exitCode(), r.err());
        List<CSVRecord> rows = csv(r.out());
        assertEquals(14, rows.size());
        assertEquals("15001", rows.get(0).get("ags"));
        assertEquals("false", rows.get(0).get("demo"));
        assertEquals("2024-12-31", rows.get(0).get("stand"));
        CliRun table = CliRun.of("--db", db, "coverage", "summary", "--level", "land");
        assertTrue(table.out().contains("Versorgung Stand 31.12.2024 –"), table.out());
        assertTrue(!table.out().contains("Demodaten"), table.out());
    }

    @Test
    void demoLoadListProjectionAndRemove() throws Exception {
        String db = dir.resolve("cli3").toString();
        CliRun load = CliRun.of("--db", db, "demo", "load");
        assertEquals(0, load.exitCode(), load.err());
        assertEquals("Demodaten geladen: 5 Versorgungsstände (1090 Zeilen), 60 Projekte, 870 Schulen, 177 ITN-XT-Standorte,"
                + " 1500 Mobilfunkstandorte.", load.out().trim());

        CliRun list = CliRun.of("--db", db, "projects", "list", "--format", "csv");
        assertEquals(60, csv(list.out()).size());
        CliRun table = CliRun.of("--db", db, "projects", "list");
        assertTrue(table.out().contains("Summe (60 Projekte)"), table.out());
        assertTrue(table.out().contains("Enthält Demodaten"), table.out());

        CliRun summary = CliRun.of("--db", db, "coverage", "summary");
        assertTrue(summary.out().contains("Stand 31.12.2025 (Demodaten)"), summary.out());
        assertTrue(summary.out().contains("gegenüber Stand 31.12.2024 (Demodaten)"), summary.out());
        List<CSVRecord> land = csv(CliRun.of("--db", db, "coverage", "summary", "--level", "land", "--format", "csv").out());
        assertEquals("2024-12-31", land.get(0).get("compared_with"));
        assertTrue(Double.parseDouble(land.get(0).get("fttbh_change_points")) > 0, "demo fibre grows every year");

        CliRun projection = CliRun.of("--db", db, "projection", "--until", "2030", "--format", "csv");
        assertEquals(0, projection.exitCode(), projection.err());
        List<CSVRecord> points = csv(projection.out());
        assertEquals(6 * (1 + 14 + 218), points.size());
        assertTrue(points.stream().allMatch(p -> Double.parseDouble(p.get("fttbh_share")) <= 1.0));
        assertEquals("0.5000", points.stream().filter(p -> p.get("year").equals("2025") && p.get("level").equals("land"))
                .findFirst().orElseThrow().get("target_fttbh_share"));

        CliRun remove = CliRun.of("--db", db, "demo", "remove");
        assertEquals("Demodaten entfernt: 5 Versorgungsstände, 60 Projekte, 870 Schulen, 177 ITN-XT-Standorte,"
                + " 1500 Mobilfunkstandorte.", remove.out().trim());
        assertEquals(0, csv(CliRun.of("--db", db, "projects", "list", "--format", "csv").out()).size());
    }
}
