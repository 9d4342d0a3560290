package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.ExitCodes;

/**
 * The pieces the register commands share (command groups, list, import, export), through the
 * sites register, which has no test of its own, and across registers with demo data.
 */
class RegisterCommandsTest {

    @TempDir
    Path dir;

    @Test
    void aGroupWithoutSubcommandIsAUsageErrorNamingItsSubcommandsInOrder() {
        String db = dir.resolve("db").toString();
        String[][] expected = {
            {"schools", "list, import, export oder kpi"}, {"sites", "list, import, export oder kpi"},
            {"mobile", "list, import, export oder coverage"}, {"projects", "list"}, {"demo", "load oder remove"},
            {"coverage", "import oder summary"}};
        for (String[] e : expected) {
            CliRun r = CliRun.of("--db", db, e[0]);
            assertEquals(ExitCodes.USAGE, r.exitCode(), e[0]);
            assertEquals("Fehler: Unterbefehl fehlt: " + e[1] + "\nHilfe: netzatlas " + e[0] + " --help\n", r.err());
        }
    }

    @Test
    void sitesImportListFilterExportAndKpi() throws Exception {
        String db = dir.resolve("db").toString();
        CliRun ok = CliRun.of("--db", db, "sites", "import", "assets/samples/itn-standorte-beispiel.csv");
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals("ITN-XT-Standorte importiert: 3 Zeilen, 3 neu, 0 geändert.\n", ok.out());
        CliRun missing = CliRun.of("--db", db, "sites", "import", dir.resolve("fehlt.csv").toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertEquals(dir.resolve("fehlt.csv") + ":0:-: Datei nicht gefunden.\n", missing.err());

        CliRun list = CliRun.of("--db", db, "sites", "list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().startsWith("Standort                                        Klasse          Gemeinde"), list.out());
        assertTrue(list.out().endsWith("Summe: 3 Standorte, davon 3 in Betrieb, 1 migriert (33,3 %)\n"), list.out());

        CliRun halle = CliRun.of("--db", db, "sites", "list", "--kreis", "15002", "--format", "csv");
        assertEquals(2, halle.out().lines().count(), halle.out());
        assertTrue(halle.out().contains(";Beispiel-Rathaus Halle;"), halle.out());
        CliRun aktiv = CliRun.of("--db", db, "sites", "list", "--status", "AKTIV");
        assertTrue(aktiv.out().contains("Beispiel-Finanzamt Stendal") && !aktiv.out().contains("Halle"), aktiv.out());

        Path out = dir.resolve("sites.csv");
        CliRun export = CliRun.of("--db", db, "sites", "export", "--kreis", "15090", out.toString());
        assertEquals("1 ITN-XT-Standorte exportiert nach " + out + ".\n", export.out());
        assertEquals("", export.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains(";Beispiel-Finanzamt Stendal;"));

        CliRun kpi = CliRun.of("--db", db, "sites", "kpi");
        assertEquals(0, kpi.exitCode(), kpi.err());
        assertTrue(kpi.out().contains("Ohne Redundanz: 2 Standorte"), kpi.out());
    }

    @Test
    void withDemoDataListsCarryTheNoteAndExportsLeaveTheDemoRecordsOut() {
        String db = dir.resolve("db").toString();
        assertEquals(0, CliRun.of("--db", db, "demo", "load").exitCode());
        String note = "Enthält Demodaten: synthetisch, nicht amtlich (entfernen mit: netzatlas demo remove).\n";
        for (String register : new String[] {"schools", "sites", "mobile", "projects"}) {
            CliRun list = CliRun.of("--db", db, register, "list");
            assertTrue(list.out().endsWith(note), register + ": " + list.out());
            CliRun csv = CliRun.of("--db", db, register, "list", "--format", "csv");
            assertTrue(!csv.out().contains("Enthält Demodaten"), register);
        }
        for (String register : new String[] {"schools", "sites", "mobile"}) {
            CliRun export = CliRun.of("--db", db, register, "export", "-");
            assertEquals(0, export.exitCode(), export.err());
            assertEquals(1, export.out().lines().count(), register + ": only the header");
            assertTrue(export.err().matches("Nicht exportiert: \\d+ Demodatensätze \\(Demodaten werden nie exportiert\\)\\.\n"),
                    register + ": " + export.err());
        }
    }
}
