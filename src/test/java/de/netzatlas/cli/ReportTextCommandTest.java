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
import de.netzatlas.report.ReportAssembler;

/** {@code netzatlas report text}: set, show and list the texts of a report year on a real H2 file. */
class ReportTextCommandTest {

    @TempDir
    Path dir;

    @Test
    void setShowAndListTheForewordAndTheImpressum() throws Exception {
        String db = dir.resolve("t.mv.db").toString();
        Path vorwort = dir.resolve("vorwort.txt");
        Files.writeString(vorwort, "Liebe Leserinnen und Leser,\n\nder Ausbau in Börde und Altmark **wächst**.\n",
                StandardCharsets.UTF_8);
        CliRun set = CliRun.of("--db", db, "report", "text", "--year", "2025", "--chapter", "vorwort", "--set",
                vorwort.toString());
        assertEquals(ExitCodes.OK, set.exitCode(), set.err());
        assertTrue(set.err().contains("Text „Vorwort“ 2025 gespeichert"), set.err());

        CliRun show = CliRun.of("--db", db, "report", "text", "--year", "2025", "--chapter", "vorwort", "--show");
        assertEquals(ExitCodes.OK, show.exitCode(), show.err());
        assertEquals("Liebe Leserinnen und Leser,\n\nder Ausbau in Börde und Altmark **wächst**.\n", show.out());
        // --show is the default; another year has no text
        CliRun other = CliRun.of("--db", db, "report", "text", "--year", "2024", "--chapter", "vorwort");
        assertEquals(ExitCodes.OK, other.exitCode(), other.err());
        assertEquals("", other.out());
        assertTrue(other.err().contains("kein Text gespeichert"), other.err());

        Path impressum = dir.resolve("impressum.txt");
        Files.writeString(impressum, "\uFEFFHerausgeber: Ministerium\nRedaktion: Referat 42", StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, CliRun.of("--db", db, "report", "text", "--year", "2025", "--chapter", "impressum",
                "--set", impressum.toString()).exitCode());

        CliRun list = CliRun.of("--db", db, "report", "text", "--year", "2025", "--list");
        assertEquals(ExitCodes.OK, list.exitCode(), list.err());
        String[] lines = list.out().split("\n");
        assertEquals(ReportAssembler.TEXT_CHAPTERS.size() + 1, lines.length, list.out());
        assertTrue(lines[1].startsWith("vorwort ") && lines[1].contains("Liebe Leserinnen"), list.out());
        assertTrue(lines[lines.length - 1].startsWith("impressum ") && lines[lines.length - 1].contains("Herausgeber:"),
                list.out());
        assertTrue(list.out().contains("glasfaser ") && list.out().contains("–"), list.out());

        // the same texts the report (and its window) read
        try (AppServices services = AppServices.open(Path.of(db))) {
            assertEquals("Herausgeber: Ministerium\nRedaktion: Referat 42",
                    services.report().texts().text(2025, "impressum").orElseThrow());
        }

        // an empty file removes the text
        Path empty = dir.resolve("leer.txt");
        Files.writeString(empty, "\n");
        CliRun removed = CliRun.of("--db", db, "report", "text", "--year", "2025", "--chapter", "vorwort", "--set",
                empty.toString());
        assertEquals(ExitCodes.OK, removed.exitCode(), removed.err());
        assertTrue(removed.err().contains("gelöscht"), removed.err());
        assertEquals("", CliRun.of("--db", db, "report", "text", "--year", "2025", "--chapter", "vorwort").out());
    }

    @Test
    void badInputIsAUsageErrorWithAGermanMessage() throws Exception {
        String db = dir.resolve("t.mv.db").toString();
        CliRun unknown = CliRun.of("--db", db, "report", "text", "--year", "2025", "--chapter", "vorwortt", "--show");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().startsWith("Fehler: unbekanntes Kapitel „vorwortt“. Gültige Kapitel: vorwort, "
                + "zusammenfassung, glasfaser, mobilfunk, schulen, itn-xt, ausblick, impressum."), unknown.err());

        Path missing = dir.resolve("fehlt.txt");
        CliRun noFile = CliRun.of("--db", db, "report", "text", "--year", "2025", "--chapter", "vorwort", "--set",
                missing.toString());
        assertEquals(ExitCodes.USAGE, noFile.exitCode());
        assertEquals("Fehler: Datei „" + missing + "“ nicht gefunden.\n", noFile.err());

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Börde".getBytes(StandardCharsets.ISO_8859_1));
        CliRun notUtf8 = CliRun.of("--db", db, "report", "text", "--year", "2025", "--chapter", "vorwort", "--set",
                latin1.toString());
        assertEquals(ExitCodes.USAGE, notUtf8.exitCode());
        assertTrue(notUtf8.err().contains("„" + latin1 + "“ ist nicht in UTF-8 kodiert"), notUtf8.err());

        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "report", "text", "--year", "2025").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "report", "text", "--chapter", "vorwort").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "report", "text", "--year", "2025", "--list", "--chapter",
                "vorwort").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "report", "text", "--year", "2025", "--chapter", "vorwort",
                "--show", "--set", latin1.toString()).exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "report", "text", "--year", "1999", "--list").exitCode());

        // the report itself still requires --year and --out, in German
        CliRun report = CliRun.of("--db", db, "report", "--out", dir.resolve("b.pdf").toString());
        assertEquals(ExitCodes.USAGE, report.exitCode());
        assertTrue(report.err().startsWith("Fehler: es fehlt „--year“."), report.err());
        CliRun bare = CliRun.of("--db", db, "report");
        assertEquals(ExitCodes.USAGE, bare.exitCode());
        assertTrue(bare.err().contains("--year") && bare.err().contains("--out"), bare.err());
    }
}
