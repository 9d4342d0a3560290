package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import de.netzatlas.app.ExitCodes;

/** Issue 20: picocli's usage errors and help headings reach the planner in German, exit code 2. */
class GermanUsageTest {

    @Test
    void usageErrorsAreGermanAndPointToTheHelp() {
        CliRun missing = CliRun.of("import", "coverage");
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertEquals("Fehler: es fehlt „FILE“.\nHilfe: netzatlas import --help", missing.err().strip());

        CliRun unknown = CliRun.of("--foo");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().startsWith("Fehler: unbekannte Option „--foo“."), unknown.err());

        CliRun number = CliRun.of("report", "--year", "abc");
        assertEquals(ExitCodes.USAGE, number.exitCode());
        assertTrue(number.err().startsWith("Fehler: ungültiger Wert für --year: „abc“ ist keine ganze Zahl"), number.err());

        for (CliRun r : new CliRun[] {missing, unknown, number}) {
            assertFalse(r.err().matches("(?s).*\\b(Unknown|Missing|Invalid|Usage)\\b.*"), r.err());
        }
    }

    @Test
    void helpHeadingsAndStandardOptionsAreGerman() {
        CliRun help = CliRun.of("--help");
        assertEquals(ExitCodes.OK, help.exitCode());
        assertTrue(help.out().startsWith("Aufruf: netzatlas"), help.out());
        assertTrue(help.out().contains("Befehle:"), help.out());
        assertTrue(help.out().contains("-h, --help      Diese Hilfe zeigen und beenden."), help.out());
        assertFalse(help.out().contains("Show this help message"), help.out());
        assertTrue(CliRun.of("import", "--help").out().startsWith("Aufruf: netzatlas import"));
        assertTrue(help.out().contains("help        Zeigt die Hilfe zu einem Befehl."), help.out());
        CliRun helpHelp = CliRun.of("help", "--help");
        assertEquals(ExitCodes.OK, helpHelp.exitCode());
        assertFalse(helpHelp.out().matches("(?s).*\\b(Display|The COMMAND|Show usage)\\b.*"), helpHelp.out());
        assertTrue(helpHelp.out().contains("der Befehl, zu dem die Hilfe gezeigt wird"), helpHelp.out());
    }
}
