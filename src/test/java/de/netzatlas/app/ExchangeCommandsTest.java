package de.netzatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
