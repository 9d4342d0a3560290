package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.store.Database;

/** {@code netzatlas imports} lists imports; {@code netzatlas imports undo ID|--last} undoes one as a whole. */
class ImportsCommandTest {

    static final String HEADER = "ags;stand;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_1000;hh_ftth;hh_fttb;hh_hfc;hh_dsl\n";

    @TempDir
    Path dir;

    private Path coverage(String name, String date) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, HEADER
                + "15003000;" + date + ";1000;900;800;700;600;500;400;300;0;0;500\n"
                + "15001000;" + date + ";1000;900;800;700;600;500;400;300;0;0;500\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String changeSetOf(CliRun run) {
        Matcher m = Pattern.compile("Änderungssatz ([0-9a-f-]{36})").matcher(run.out());
        assertTrue(m.find(), run.out());
        return m.group(1);
    }

    @Test
    void importsAreListedAndUndoneByIdOrTheLastOne() throws Exception {
        String db = dir.resolve("cli.mv.db").toString();
        CliRun none = CliRun.of("--db", db, "imports");
        assertEquals(ExitCodes.OK, none.exitCode(), none.err());
        assertTrue(none.out().contains("Noch keine Importe."), none.out());

        CliRun first = CliRun.of("--db", db, "import", "coverage", coverage("stand-2023.csv", "31.12.2023").toString());
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        String firstId = changeSetOf(first);
        CliRun second = CliRun.of("--db", db, "import", "coverage", coverage("stand-2024.csv", "31.12.2024").toString());
        String secondId = changeSetOf(second);
        CliRun unchanged = CliRun.of("--db", db, "import", "coverage", dir.resolve("stand-2024.csv").toString());
        assertEquals(ExitCodes.OK, unchanged.exitCode(), unchanged.err());

        CliRun list = CliRun.of("--db", db, "imports");
        assertEquals(ExitCodes.OK, list.exitCode(), list.err());
        String[] lines = list.out().strip().split("\n");
        assertEquals(3, lines.length, "header + the two imports that wrote something: " + list.out());
        assertTrue(lines[1].startsWith(secondId) && lines[1].contains("coverage") && lines[1].contains("stand-2024.csv")
                && lines[1].contains(" 2 ") && lines[1].contains("aktiv"), lines[1]);
        assertTrue(lines[2].startsWith(firstId) && lines[2].contains("stand-2023.csv"), lines[2]);

        try (AppServices services = AppServices.open(Path.of(db))) {
            assertEquals(2, services.coverage().stands().stream().filter(s -> !s.demo()).count());
        }
        CliRun last = CliRun.of("--db", db, "imports", "undo", "--last");
        assertEquals(ExitCodes.OK, last.exitCode(), last.err());
        assertTrue(last.out().startsWith("Rückgängig: Versorgung"), last.out());
        assertTrue(last.out().contains(secondId), last.out());
        CliRun byId = CliRun.of("--db", db, "imports", "undo", firstId);
        assertEquals(ExitCodes.OK, byId.exitCode(), byId.err());
        assertTrue(byId.out().contains(firstId), byId.out());

        String after = CliRun.of("--db", db, "imports").out();
        assertEquals(2, after.split("rückgängig ").length - 1, after);
        try (AppServices services = AppServices.open(Path.of(db))) {
            assertTrue(services.coverage().stands().stream().allMatch(s -> s.demo()), "both imported stands are gone");
        }

        CliRun again = CliRun.of("--db", db, "imports", "undo", firstId);
        assertEquals(ExitCodes.USAGE, again.exitCode());
        assertTrue(again.err().contains("bereits rückgängig gemacht"), again.err());
        CliRun nothingLeft = CliRun.of("--db", db, "imports", "undo", "--last");
        assertEquals(ExitCodes.USAGE, nothingLeft.exitCode());
        assertTrue(nothingLeft.err().contains("keinen Import"), nothingLeft.err());
        CliRun unknown = CliRun.of("--db", db, "imports", "undo", UUID.randomUUID().toString());
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("gibt es nicht"), unknown.err());
        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "imports", "undo", "kein-uuid").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "imports", "undo").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("--db", db, "imports", "undo", firstId, "--last").exitCode());
    }

    @Test
    void aLockedDatabaseExitsWithFour() {
        Path file = dir.resolve("gesperrt.mv.db");
        try (Database open = Database.open(file)) {
            assertEquals(ExitCodes.DATABASE, CliRun.of("--db", file.toString(), "imports").exitCode());
            assertEquals(ExitCodes.DATABASE, CliRun.of("--db", file.toString(), "imports", "undo", "--last").exitCode());
        }
    }
}
