package de.netzatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseCompactionTest {

    @TempDir
    Path dir;

    private static void churn(Database db, int rounds) {
        db.dsl().execute("CREATE TABLE IF NOT EXISTS ballast (id INT PRIMARY KEY, txt VARCHAR(1000))");
        for (int round = 0; round < rounds; round++) {
            int r = round;
            db.inTransaction(tx -> {
                tx.dsl().execute("DELETE FROM ballast");
                tx.dsl().execute("INSERT INTO ballast SELECT X, REPEAT('r" + r + "', 300) FROM SYSTEM_RANGE(1, 4000)");
            });
        }
    }

    @Test
    void closingAFileThatIsMostlyOldVersionsCompactsItWithEveryRowKept() throws Exception {
        Path file = dir.resolve("netzatlas.mv.db");
        long whileOpen;
        try (Database db = Database.open(file)) {
            churn(db, 6);
            whileOpen = Files.size(file);
        }
        assertTrue(whileOpen > DatabaseCompaction.MIN_BYTES, "the churn left old versions: " + whileOpen);
        assertTrue(Files.size(file) < whileOpen / 4, Files.size(file) + " bytes after close, " + whileOpen + " before");
        assertFalse(Files.exists(DatabaseCompaction.copyOf(file)), "no copy left");
        try (Database db = Database.open(file)) {
            assertEquals(4000L, ((Number) db.dsl().fetchValue("SELECT COUNT(*) FROM ballast")).longValue());
            assertEquals("r5r5", db.dsl().fetchValue("SELECT SUBSTRING(txt, 1, 4) FROM ballast WHERE id = 17"));
            assertTrue(db.notices().isEmpty());
        }
    }

    @Test
    void aWastefulFileIsCopiedCheckedAndReplacedAndAWellFilledOrSmallOneIsLeftAlone() throws Exception {
        Path file = dir.resolve("netzatlas.mv.db");
        try (Database db = Database.open(file)) {
            churn(db, 2);
        }
        long before = Files.size(file);
        assertTrue(before < DatabaseCompaction.MIN_BYTES, "small enough for close to leave it: " + before);
        assertTrue(DatabaseCompaction.compactIfWasteful(file, before + 1, 100).isEmpty(), "too small");
        assertTrue(DatabaseCompaction.compactIfWasteful(file, 0, 0).isEmpty(), "full enough");
        assertEquals(before, Files.size(file));
        Optional<DatabaseCompaction.Result> r = DatabaseCompaction.compactIfWasteful(file, 0, 100);
        assertTrue(r.isPresent(), "compacted");
        assertEquals(before, r.get().bytesBefore());
        assertTrue(r.get().bytesAfter() < before, r.get().toString());
        assertEquals(r.get().bytesAfter(), Files.size(file));
        try (Database db = Database.open(file)) {
            assertEquals("r1r1", db.dsl().fetchValue("SELECT SUBSTRING(txt, 1, 4) FROM ballast WHERE id = 4000"));
            assertTrue(db.notices().isEmpty(), "the lock file's version matches the compacted file");
        }
    }

    @Test
    void aCopyAKillLeftBehindIsRemovedAtTheNextOpenAndTheDatabaseIsUntouched() throws Exception {
        Path file = dir.resolve("netzatlas.mv.db");
        try (Database db = Database.open(file)) {
            db.dsl().execute("CREATE TABLE ballast (id INT PRIMARY KEY)");
            db.dsl().execute("INSERT INTO ballast VALUES (1)");
        }
        Files.writeString(DatabaseCompaction.copyOf(file), "halb geschrieben");
        try (Database db = Database.open(file)) {
            assertEquals(1L, ((Number) db.dsl().fetchValue("SELECT COUNT(*) FROM ballast")).longValue());
        }
        assertFalse(Files.exists(DatabaseCompaction.copyOf(file)));
    }
}
