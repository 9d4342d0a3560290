package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.ExitCodes;

/** {@code report publish}, {@code report --year} (the edition, byte for byte), {@code --live}, {@code report diff}. */
class ReportEditionCommandsTest {

    @Test
    void aPublishedEditionIsGivenOutUnchangedAndTheDiffNamesTheCorrection(@TempDir Path dir) throws Exception {
        String db = dir.resolve("r.mv.db").toString();
        assertEquals(ExitCodes.OK, CliRun.of("--db", db, "coverage", "import", "assets/samples/versorgung-beispiel.csv",
                "--stand", "31.12.2024").exitCode());
        Path published = dir.resolve("ausgabe.pdf");
        CliRun publish = CliRun.of("--db", db, "report", "publish", "--year", "2024", "--out", published.toString());
        assertEquals(ExitCodes.OK, publish.exitCode(), publish.err());
        assertTrue(publish.out().startsWith("Ausgabe 2024/1 veröffentlicht am "), publish.out());

        Path a = dir.resolve("a.pdf");
        CliRun first = CliRun.of("--db", db, "report", "--year", "2024", "--out", a.toString());
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertTrue(first.err().contains("Veröffentlichte Ausgabe 2024/1"), first.err());
        assertArrayEquals(Files.readAllBytes(published), Files.readAllBytes(a));

        // a corrected stand of the same date
        String csv = Files.readString(Path.of("assets/samples/versorgung-beispiel.csv"), StandardCharsets.UTF_8);
        String line = csv.lines().filter(l -> l.startsWith("15003000;")).findFirst().orElseThrow();
        String[] f = line.split(";", -1);
        f[11] = String.valueOf(Integer.parseInt(f[11]) + 20_000);
        Path corrected = dir.resolve("korrigiert.csv");
        Files.writeString(corrected, csv.replace(line, String.join(";", f)), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, CliRun.of("--db", db, "coverage", "import", corrected.toString(), "--stand",
                "31.12.2024").exitCode());

        Path b = dir.resolve("b.pdf");
        Path x = dir.resolve("b.xlsx");
        CliRun again = CliRun.of("--db", db, "report", "--year", "2024", "--out", b.toString(), "--xlsx", x.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertArrayEquals(Files.readAllBytes(published), Files.readAllBytes(b), "the edition never changes");
        assertTrue(Files.size(x) > 1000);
        assertTrue(again.err().contains("report diff --edition 2024/1"), again.err());

        Path l = dir.resolve("live.pdf");
        CliRun live = CliRun.of("--db", db, "report", "--year", "2024", "--live", "--out", l.toString());
        assertEquals(ExitCodes.OK, live.exitCode(), live.err());
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(published), Files.readAllBytes(l)));

        CliRun diff = CliRun.of("--db", db, "report", "diff", "--edition", "2024");
        assertEquals(ExitCodes.OK, diff.exitCode(), diff.err());
        assertTrue(diff.out().contains("Kennzahl „Glasfaser (FTTB/H)“: "), diff.out());
        assertTrue(diff.out().contains("geändert: Versorgung Magdeburg (15003000)"), diff.out());

        CliRun list = CliRun.of("--db", db, "report", "editions");
        assertTrue(list.out().startsWith("2024/1\tStichtag 31.12.2024"), list.out());

        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "report", "diff", "--edition", "2023").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "report", "diff", "--edition", "zwanzig").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "report", "publish", "--year", "2024", "--as-of",
                "31.12.2023").exitCode());
    }

    @Test
    void printingNeedsAPrinterAndSaysWhichExistBeforeAnyWork(@TempDir Path dir) {
        String db = dir.resolve("p.mv.db").toString();
        assertEquals(ExitCodes.OK, CliRun.of("--db", db, "coverage", "import", "assets/samples/versorgung-beispiel.csv",
                "--stand", "31.12.2024").exitCode());
        CliRun noSuch = CliRun.of("--db", db, "report", "--year", "2024", "--print", "--printer", "Gibt-es-nicht-4711",
                "--out", dir.resolve("x.pdf").toString());
        assertEquals(ExitCodes.OUTPUT, noSuch.exitCode(), noSuch.err());
        assertTrue(noSuch.err().contains("Drucker") && !noSuch.err().contains("Exception"), noSuch.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")), "checked before any work");
        CliRun printerWithoutPrint = CliRun.of("--db", db, "report", "--year", "2024", "--printer", "A");
        assertEquals(ExitCodes.USAGE, printerWithoutPrint.exitCode());
    }
}
