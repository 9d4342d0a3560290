package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mobile commands end to end on one database file. */
class MobileCommandsTest {

    @TempDir
    Path dir;

    @Test
    void brokenImportExitsWithThreeAndWritesNothingThenTheSampleImportsAndCoverageIsListed() throws Exception {
        String db = dir.resolve("cli").toString();
        Path broken = dir.resolve("standorte.csv");
        Files.writeString(broken, "kennung;betreiber;technologie;baender;status;lat;lon\n"
                + "X-1;Telekom;LTE;800;in Betrieb;52,13;11,63\n"
                + "X-2;Telekom;LTE;800;in Betrieb;52,52;13,40\n");
        CliRun r = CliRun.of("--db", db, "mobile", "import", broken.toString());
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains("standorte.csv:3:lat/lon: Standort 52,52000 / 13,40000 liegt außerhalb Sachsen-Anhalts."), r.err());
        assertTrue(r.err().contains("2 Fehler – nichts wurde geschrieben."), r.err());
        CliRun empty = CliRun.of("--db", db, "mobile", "list");
        assertTrue(empty.out().contains("Summe: 0 Standorte"), empty.out());

        CliRun ok = CliRun.of("--db", db, "mobile", "import", Path.of("assets/samples/mobilfunk-beispiel.csv").toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals("Importiert: 5 Zeilen, 5 Standorte neu, 0 geändert.", ok.out().trim());
        CliRun list = CliRun.of("--db", db, "mobile", "list");
        assertTrue(list.out().contains("BSP-0002") && list.out().contains("Halle (Saale)"), list.out());
        assertTrue(list.out().contains("Summe: 5 Standorte, davon 2 in Betrieb, 1 gefördert."), list.out());

        CliRun kpi = CliRun.of("--db", db, "mobile", "coverage", "--level", "kreis", "--format", "csv");
        assertEquals(0, kpi.exitCode(), kpi.err());
        String[] lines = kpi.out().trim().split("\n");
        assertEquals("ags,name,area_km2,lte_km2,lte_share,nr_km2,nr_share,white_km2,white_share", lines[0]);
        assertEquals(16, lines.length, kpi.out());
        assertTrue(lines[15].startsWith("15,Sachsen-Anhalt,"), lines[15]);

        Path export = dir.resolve("export.csv");
        assertEquals(0, CliRun.of("--db", db, "mobile", "export", export.toString()).exitCode());
        assertTrue(Files.readString(export).contains("BSP-0005;Mobilfunkinfrastrukturgesellschaft;LTE;800;geplant"));
    }
}
