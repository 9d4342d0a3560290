package de.netzatlas.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decision 0025 at the store level: 0020's probe, backups and compaction on an encrypted file. */
class EncryptedDatabaseTest {

    @TempDir
    Path dir;

    private static DatabaseKey key(String password) {
        return DatabaseKey.of(password.toCharArray());
    }

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
    void anEncryptedFileIsCompactedAtCloseAndStaysEncrypted() throws Exception {
        Path file = dir.resolve("netzatlas.mv.db");
        long whileOpen;
        try (DatabaseKey k = key("Kompakt-Test-1"); Database db = Database.open(file, StoreOptions.defaults(), k)) {
            churn(db, 6);
            whileOpen = Files.size(file);
            assertTrue(db.encrypted());
        }
        assertTrue(whileOpen > DatabaseCompaction.MIN_BYTES, "churn left old versions: " + whileOpen);
        assertTrue(Files.size(file) < whileOpen / 4, Files.size(file) + " after close, " + whileOpen + " before");
        assertTrue(DatabaseKey.isEncrypted(file));
        assertFalse(Files.exists(DatabaseCompaction.copyOf(file)));
        try (DatabaseKey k = key("Kompakt-Test-1"); Database db = Database.open(file, StoreOptions.defaults(), k)) {
            assertEquals(4000L, ((Number) db.dsl().fetchValue("SELECT COUNT(*) FROM ballast")).longValue());
            assertEquals("r5r5", db.dsl().fetchValue("SELECT SUBSTRING(txt, 1, 4) FROM ballast WHERE id = 17"));
            assertTrue(db.notices().isEmpty(), "lock-file version matches the compacted file");
        }
    }

    @Test
    void backupsOfAnEncryptedDatabaseAreEncryptedAndVerifiedWithTheKey() throws Exception {
        Path file = dir.resolve("netzatlas.mv.db");
        Path zip;
        try (DatabaseKey k = key("Sicherung-Test-1"); Database db = Database.open(file, StoreOptions.defaults(), k)) {
            churn(db, 1);
            zip = db.backupTo(dir.resolve("stand.zip")).file();
        }
        Path unpacked = dir.resolve("entpackt.mv.db");
        DatabaseBackup.unpack(zip, unpacked);
        assertTrue(DatabaseKey.isEncrypted(unpacked));
        try (DatabaseKey k = key("Sicherung-Test-1")) {
            assertEquals(4000L, DatabaseBackup.verify(zip, k).get("ballast"));
        }
        StoreException none = assertThrows(StoreException.class, () -> DatabaseBackup.verify(zip, DatabaseKey.none()));
        assertTrue(none.getMessage().contains("ist verschlüsselt"), none.getMessage());
    }

    @Test
    void aTruncatedEncryptedFileIsReportedDamagedNotAsAWrongPasswordAndLeftUntouched() throws Exception {
        Path file = dir.resolve("netzatlas.mv.db");
        try (DatabaseKey k = key("Kaputt-Test-1"); Database db = Database.open(file, StoreOptions.defaults(), k)) {
            churn(db, 2);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        byte[] before = Files.readAllBytes(file);
        try (DatabaseKey k = key("Kaputt-Test-1")) {
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file, StoreOptions.defaults(), k));
            assertFalse(e instanceof DatabasePasswordException, e.getMessage());
        }
        try (DatabaseKey wrong = key("Falsch-Test-1")) {
            DatabasePasswordException e = assertThrows(DatabasePasswordException.class,
                    () -> Database.open(file, StoreOptions.defaults(), wrong));
            assertEquals(DatabasePasswordException.Reason.WRONG, e.reason());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void theKeyNeverShowsItsPasswordAndIsClearedOnClose() {
        DatabaseKey k = key("Anzeige-Test-1");
        assertFalse(k.toString().contains("Anzeige"));
        char[] p = k.filePassword();
        assertEquals("Anzeige-Test-1", new String(p));
        k.close();
        assertFalse(new String(k.jdbcPassword()).contains("Anzeige"));
        assertThrows(StoreException.class, () -> DatabaseKey.of("mit leerzeichen".toCharArray()));
    }
}
