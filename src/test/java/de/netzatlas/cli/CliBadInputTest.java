package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;

/** Bad input on {@code report} and the read-only commands ends before any work, with a German message and its exit code. */
class CliBadInputTest {

    @TempDir
    Path dir;

    @Test
    void readOnlyCommandsRefuseAMissingDatabaseInsteadOfCreatingOne() {
        Path missing = dir.resolve("fehlt.mv.db");
        String pdf = dir.resolve("b.pdf").toString();
        for (List<String> command : List.of(List.of("report", "--year", "2025", "--out", pdf),
                List.of("schools", "list"), List.of("schools", "kpi"), List.of("sites", "list"), List.of("sites", "kpi"),
                List.of("mobile", "list"), List.of("mobile", "coverage"), List.of("projects", "list"),
                List.of("coverage", "summary"), List.of("projection"), List.of("db", "check"),
                List.of("schools", "export", "-"), List.of("export", "coverage", dir.resolve("v.csv").toString()))) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--db", missing.toString()),
                    command.stream()).toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.DATABASE, run.exitCode(), command + ": " + run.err());
            assertTrue(run.err().contains("Datenbank nicht gefunden: " + missing.toAbsolutePath()), command + ": " + run.err());
            assertFalse(Files.exists(missing), command + " created the database");
        }
        assertFalse(Files.exists(Path.of(pdf)));
    }

    @Test
    void reportArgumentsThatContradictAreUsageErrors() {
        String db = dir.resolve("leer.mv.db").toString(); // not even opened: the arguments are checked first
        String pdf = dir.resolve("b.pdf").toString();
        CliRun impossible = CliRun.of("--db", db, "report", "--year", "2025", "--as-of", "31.02.2025", "--out", pdf);
        assertEquals(ExitCodes.USAGE, impossible.exitCode());
        assertTrue(impossible.err().contains("--as-of") && impossible.err().contains("31.02.2025"), impossible.err());

        CliRun otherYear = CliRun.of("--db", db, "report", "--year", "2025", "--as-of", "2024-12-31", "--out", pdf);
        assertEquals(ExitCodes.USAGE, otherYear.exitCode());
        assertTrue(otherYear.err().contains("--as-of 31.12.2024 liegt nicht im Berichtsjahr --year 2025"), otherYear.err());

        CliRun same = CliRun.of("--db", db, "report", "--year", "2025", "--out", pdf, "--xlsx",
                dir.resolve("x").resolve("..").resolve("b.pdf").toString());
        assertEquals(ExitCodes.USAGE, same.exitCode());
        assertTrue(same.err().contains("--out und --xlsx nennen dieselbe Datei"), same.err());
        assertFalse(Files.exists(Path.of(db)));
        assertFalse(Files.exists(Path.of(pdf)));
    }

    @Test
    void anUnwritableOutputIsFoundBeforeTheWorkAndNothingIsWritten() throws Exception {
        Path db = dir.resolve("r.mv.db");
        AppServices.open(db).close();
        Path aFile = Files.writeString(dir.resolve("eine-datei.txt"), "x");
        Path pdf = dir.resolve("b.pdf");

        CliRun out = CliRun.of("--db", db.toString(), "report", "--year", "2025", "--out",
                aFile.resolve("bericht.pdf").toString());
        assertEquals(ExitCodes.OUTPUT, out.exitCode(), out.err());
        assertTrue(out.err().contains("(--out) ist nicht schreibbar") && out.err().contains("ist eine Datei"), out.err());
        assertFalse(out.err().contains("werden gelesen"), "checked before the work: " + out.err());

        CliRun xlsx = CliRun.of("--db", db.toString(), "report", "--year", "2025", "--out", pdf.toString(), "--xlsx",
                aFile.resolve("sub").resolve("t.xlsx").toString());
        assertEquals(ExitCodes.OUTPUT, xlsx.exitCode(), xlsx.err());
        assertTrue(xlsx.err().contains("(--xlsx) ist nicht schreibbar"), xlsx.err());
        assertFalse(Files.exists(pdf), "no PDF without its XLSX");

        CliRun folder = CliRun.of("--db", db.toString(), "report", "--year", "2025", "--out", dir.toString());
        assertEquals(ExitCodes.OUTPUT, folder.exitCode(), folder.err());
        assertTrue(folder.err().contains("das ist ein Ordner"), folder.err());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no probe or temp files left");
        }
    }
}
