package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.ExitCodes;

class SchoolsCommandTest {

    @TempDir
    Path dir;

    @Test
    void importListExportAndBrokenFileExitsWithThreeWritingNothing() throws Exception {
        String db = dir.resolve("db").toString();
        CliRun ok = CliRun.of("--db", db, "schools", "import", "assets/samples/schulen-beispiel.csv");
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals("Schulen importiert: 3 Zeilen, 3 neu, 0 geändert.\n", ok.out());

        Path broken = dir.resolve("kaputt.csv");
        Files.writeString(broken, "schulnummer;name;schulform;lat;lon;status\n"
                + "77;Neue Schule;Grundschule;52,13;11,63;geplant\n"
                + "78;Schule;Grundschule;52,52;13,405;gebaut\n", StandardCharsets.UTF_8);
        CliRun bad = CliRun.of("--db", db, "schools", "import", broken.toString());
        assertEquals(ExitCodes.VALIDATION, bad.exitCode());
        assertEquals("kaputt.csv:3:status: „gebaut“ ist kein zulässiger Wert (erlaubt: nicht angeschlossen, geplant, "
                + "beauftragt, im Bau, angeschlossen).\n1 Fehler – nichts importiert.\n", bad.err());

        CliRun list = CliRun.of("--db", db, "schools", "list", "--kreis", "15002");
        assertEquals(0, list.exitCode());
        assertTrue(list.out().contains("Beispiel-Grundschule am Markt"), list.out());
        assertTrue(list.out().contains("Summe (1 Schulen)"), list.out());

        Path out = dir.resolve("export.csv");
        assertEquals(0, CliRun.of("--db", db, "schools", "export", out.toString()).exitCode());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(4, csv.lines().count());
        assertTrue(csv.startsWith("\uFEFFschulnummer;name;schulform;"), csv);
        assertTrue(csv.contains("90001;Beispiel-Grundschule am Markt;Grundschule;Stadt Halle (Saale);"
                + "Marktplatz 1, 06108 Halle (Saale);15002000;51,4825;11,9697;212;1000;200;1000;200;angeschlossen;"
                + "14.03.2022;"), csv);
    }
}
