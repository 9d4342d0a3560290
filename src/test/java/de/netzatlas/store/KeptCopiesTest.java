package de.netzatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files kept after a crash: interrupted large writes are pruned to the newest three, damaged files all stay. */
class KeptCopiesTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheNewestInterruptedCopiesStayAndDamagedOnesAreNeverDeleted() throws Exception {
        Path file = dir.resolve("netzatlas.mv.db");
        Files.writeString(file, "Inhalt");
        for (int i = 0; i < 5; i++) {
            Clock at = Clock.fixed(Instant.parse("2026-12-04T06:00:00Z").plusSeconds(i), ZoneId.of("UTC"));
            DatabaseRestore.keepBeside(file, DatabaseRestore.INTERRUPTED, at);
            DatabaseRestore.keepBeside(file, "beschaedigt", at);
        }
        assertEquals(List.of("netzatlas-unterbrochen-20261204-060004.mv.db", "netzatlas-unterbrochen-20261204-060003.mv.db",
                "netzatlas-unterbrochen-20261204-060002.mv.db"), names("netzatlas-unterbrochen-"));
        assertEquals(5, names("netzatlas-beschaedigt-").size());
        assertEquals("Inhalt", Files.readString(file), "the database itself is untouched");
    }

    private List<String> names(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix))
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        }
    }
}
