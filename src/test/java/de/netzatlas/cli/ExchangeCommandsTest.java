package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;

/** {@code netzatlas import …} and {@code netzatlas export …}: exit codes, stderr format, report, dry run. */
class ExchangeCommandsTest {

    @TempDir
    Path dir;

    @Test
    void importExportAndValidationErrorsOnTheCommandLine() throws Exception {
        String db = dir.resolve("cli.mv.db").toString();
        Path bad = dir.resolve("versorgung.csv");
        Files.writeString(bad, "ags;stand;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_1000;hh_ftth;hh_fttb;hh_hfc;hh_dsl\n"
                + "15003000;31.12.2024;1000;900;800;700;600;500;400;300;0;0;500\n"
                + "15002000;31.12.2024;1000;900;800;700;600;500;400;300;0;0;abc\n", StandardCharsets.UTF_8);
        Path report = dir.resolve("probleme.csv");
        CliRun failed = CliRun.of("--db", db, "import", "coverage", bad.toString(), "--report", report.toString());
        assertEquals(ExitCodes.VALIDATION, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains("versorgung.csv:3:hh_dsl: „abc“ ist keine Zahl."), failed.err());
        assertTrue(failed.err().contains("nichts wurde geschrieben"), failed.err());
        assertTrue(Files.readString(report, StandardCharsets.UTF_8).contains("versorgung.csv;3;hh_dsl;abc;"));

        CliRun validOnly = CliRun.of("--db", db, "import", "coverage", bad.toString(), "--valid-only");
        assertEquals(ExitCodes.VALIDATION, validOnly.exitCode());
        assertTrue(validOnly.err().contains("nur die fehlerfreien Zeilen wurden geschrieben"), validOnly.err());

        Path csv = dir.resolve("export.csv");
        CliRun export = CliRun.of("--db", db, "export", "coverage", csv.toString());
        assertEquals(ExitCodes.OK, export.exitCode(), export.err());
        assertTrue(export.out().contains("Exportiert: 1 Zeilen"), export.out());
        CliRun dry = CliRun.of("--db", db, "import", "coverage", csv.toString(), "--dry-run");
        assertEquals(ExitCodes.OK, dry.exitCode(), dry.err());
        assertTrue(dry.out().startsWith("Geprüft, nichts geschrieben: 1 Zeilen gelesen"), dry.out());

        Path geo = dir.resolve("regionen.json");
        CliRun geoExport = CliRun.of("--db", db, "export", "regions", geo.toString(), "--format", "geojson");
        assertEquals(ExitCodes.OK, geoExport.exitCode(), geoExport.err());
        assertTrue(Files.readString(geo).startsWith("{\"type\":\"FeatureCollection\""));

        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "export", "schulen", csv.toString()).exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "import", "coverage", dir.resolve("fehlt.csv").toString()).exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "import", "coverage", csv.toString(), "--all-or-nothing",
                "--valid-only").exitCode());
    }

    @Test
    void theRegistersImportAndExportThroughTheFrameworkAndTheirOwnCommandsStayThinWrappers() throws Exception {
        String db = dir.resolve("register.mv.db").toString();
        CliRun schools = CliRun.of("--db", db, "import", "schools", "assets/samples/schulen-beispiel.csv");
        assertEquals(ExitCodes.OK, schools.exitCode(), schools.err());
        assertTrue(schools.out().startsWith("Importiert: 3 Zeilen gelesen: 3 neu, 0 geändert"), schools.out());
        Path xlsx = dir.resolve("schulen.xlsx");
        assertEquals(ExitCodes.OK, CliRun.of("--db", db, "export", "schools", xlsx.toString()).exitCode());
        CliRun again = CliRun.of("--db", db, "schools", "import", xlsx.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertEquals("Schulen importiert: 3 Zeilen, 0 neu, 0 geändert. (3 unverändert)\n", again.out());

        Path sites = dir.resolve("standorte.json");
        assertEquals(ExitCodes.OK, CliRun.of("--db", db, "sites", "import", "assets/samples/itn-standorte-beispiel.csv")
                .exitCode());
        CliRun geo = CliRun.of("--db", db, "export", "sites", sites.toString(), "--format", "geojson");
        assertEquals(ExitCodes.OK, geo.exitCode(), geo.err());
        assertTrue(Files.readString(sites).contains("\"type\":\"Point\""));
        CliRun siteAgain = CliRun.of("--db", db, "import", "sites", sites.toString());
        assertEquals(ExitCodes.OK, siteAgain.exitCode(), siteAgain.err());
        assertTrue(siteAgain.out().contains("0 neu, 0 geändert, 3 unverändert"), siteAgain.out());

        Path bad = dir.resolve("standorte.csv");
        Files.writeString(bad, "name;klasse;lat;lon;bandbreite;status;farbe\n"
                + "A;Kommune;52,13;11,63;100 Mbit/s;Altnetz;rot\n"
                + "B;Kommune;52,52;13,405;100 Mbit/s;Altnetz;blau\n", StandardCharsets.UTF_8);
        CliRun broken = CliRun.of("--db", db, "sites", "import", bad.toString());
        assertEquals(ExitCodes.VALIDATION, broken.exitCode());
        assertEquals("standorte.csv:1:farbe: Unbekannte Spalte „farbe“.\n"
                + "standorte.csv:3:lat/lon: Standort 52,52000 / 13,40500 liegt außerhalb Sachsen-Anhalts.\n"
                + "standorte.csv:3:gemeinde_ags: Gemeinde fehlt (und lässt sich nicht aus dem Standort bestimmen).\n"
                + "3 Fehler – nichts importiert.\n", broken.err());
        CliRun same = CliRun.of("--db", db, "import", "sites", bad.toString());
        assertEquals(ExitCodes.VALIDATION, same.exitCode(), "the general import ignores the extra column but not the errors");
        assertTrue(same.err().contains("2 Fehler – nichts wurde geschrieben."), same.err());
        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "sites", "import", dir.resolve("fehlt.csv").toString()).exitCode());
        assertEquals(3, CliRun.of("--db", db, "sites", "list", "--format", "csv").out().lines().count() - 1);
    }

    @Test
    void demoDataNeverLeaveTheDatabaseAndEveryExportSaysHowManyRowsItLeftOut() throws Exception {
        String db = dir.resolve("demo.mv.db").toString();
        assertEquals(ExitCodes.OK, CliRun.of("--db", db, "demo", "load").exitCode());
        assertEquals(ExitCodes.OK, CliRun.of("--db", db, "import", "schools", "assets/samples/schulen-beispiel.csv")
                .exitCode());
        int demoSchools;
        try (AppServices services = AppServices.open(Path.of(db))) {
            demoSchools = (int) services.schools().all().stream().filter(s -> s.demo()).count();
        }
        assertTrue(demoSchools > 800, "demo schools " + demoSchools);

        for (String format : new String[] {"csv", "xlsx", "geojson"}) {
            Path file = dir.resolve("schulen." + format);
            CliRun export = CliRun.of("--db", db, "export", "schools", file.toString());
            assertEquals(ExitCodes.OK, export.exitCode(), export.err());
            assertEquals("Exportiert: 3 Zeilen nach " + file + " (" + format + ").\nNicht exportiert: " + demoSchools
                    + " Zeilen mit Demodaten (Demodaten werden nie exportiert; „netzatlas demo remove“ entfernt sie).\n",
                    export.out());
            CliRun back = CliRun.of("--db", db, "import", "schools", file.toString(), "--dry-run");
            assertTrue(back.out().startsWith("Geprüft, nichts geschrieben: 3 Zeilen gelesen"), back.out());
        }

        Path coverage = dir.resolve("versorgung.csv");
        CliRun onlyDemo = CliRun.of("--db", db, "export", "coverage", coverage.toString());
        assertEquals(ExitCodes.OK, onlyDemo.exitCode(), onlyDemo.err());
        assertTrue(onlyDemo.out().startsWith("Exportiert: 0 Zeilen nach "), onlyDemo.out());
        assertTrue(onlyDemo.out().contains("Nicht exportiert: " + 5 * 218 + " Zeilen mit Demodaten"), onlyDemo.out());
        assertEquals(1, Files.readAllLines(coverage, StandardCharsets.UTF_8).size(), "the header only");

        CliRun register = CliRun.of("--db", db, "schools", "export", dir.resolve("schulen-register.csv").toString());
        assertEquals(ExitCodes.OK, register.exitCode(), register.err());
        assertTrue(register.out().startsWith("3 Schulen exportiert nach "), register.out());
        assertEquals("Nicht exportiert: " + demoSchools + " Demodatensätze (Demodaten werden nie exportiert).\n",
                register.err());
        assertEquals(4, Files.readAllLines(dir.resolve("schulen-register.csv"), StandardCharsets.UTF_8).size());

        CliRun mobile = CliRun.of("--db", db, "mobile", "export", "-");
        assertEquals(ExitCodes.OK, mobile.exitCode(), mobile.err());
        assertEquals(1, mobile.out().lines().count(), "the header only: " + mobile.out());
        assertEquals("Nicht exportiert: 1500 Demodatensätze (Demodaten werden nie exportiert).\n", mobile.err());
    }

    @Test
    void theHeaderRowAndTheKeyColumnOfATableWithTitleLinesAndATwoRowHeaderAreChosenOnTheCommandLine() throws Exception {
        String db = dir.resolve("kopf.mv.db").toString();
        Path table = dir.resolve("tabelle.csv");
        Files.writeString(table, "Breitbandversorgung der Gemeinden;;;;;;;;;;;;\n"
                + "Tabelle 3: Haushalte nach Bandbreite;;;;;;;;;;;;\n"
                + "Gemeinde;Stand;Haushalte;Versorgte Haushalte;;;;;;;;;\n"
                + "Schl.-Nr.;stand;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_1000;hh_ftth;hh_fttb;hh_hfc;hh_dsl\n"
                + "15003000;31.12.2024;1000;900;800;700;600;500;400;300;0;0;500\n"
                + "15002000;31.12.2024;2000;1900;1800;1700;1600;1500;1400;1300;0;0;1500\n", StandardCharsets.UTF_8);
        CliRun guessed = CliRun.of("--db", db, "import", "coverage", table.toString(), "--dry-run");
        assertEquals(ExitCodes.VALIDATION, guessed.exitCode(), guessed.err());

        CliRun wrongKey = CliRun.of("--db", db, "import", "coverage", table.toString(), "--header-row", "4",
                "--key-column", "Schlüssel", "--dry-run");
        assertEquals(ExitCodes.USAGE, wrongKey.exitCode(), wrongKey.err());
        assertTrue(wrongKey.err().contains("Spalte „Schlüssel“ steht nicht in der Kopfzeile (Zeile 4)"), wrongKey.err());

        CliRun chosen = CliRun.of("--db", db, "import", "coverage", table.toString(), "--header-row", "4",
                "--key-column", "Schl.-Nr.");
        assertEquals(ExitCodes.OK, chosen.exitCode(), chosen.err());
        assertTrue(chosen.out().startsWith("Importiert: 2 Zeilen gelesen"), chosen.out());

        CliRun title = CliRun.of("--db", db, "import", "coverage", table.toString(), "--header-row", "1", "--dry-run");
        assertEquals(ExitCodes.VALIDATION, title.exitCode());
        assertTrue(title.err().contains("tabelle.csv:1:-: Keine Kopfzeile gefunden: Zeile 1 („Breitbandversorgung der "
                + "Gemeinden“) enthält keine bekannte Spaltenüberschrift"), title.err());
        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "import", "coverage", table.toString(), "--header-row", "0")
                .exitCode());
    }
}
