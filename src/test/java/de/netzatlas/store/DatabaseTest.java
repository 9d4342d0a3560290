package de.netzatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    /** Issue 12: with the guard on, a statement on a forbidden thread fails; elsewhere it runs, in and out of transactions. */
    @Test
    void statementsOnAForbiddenThreadAreRefused() throws Exception {
        try (Database db = Database.open(dir.resolve("waechter.mv.db"))) {
            Thread main = Thread.currentThread();
            db.refuseStatementsOn(t -> t == main, true);
            IllegalStateException read = assertThrows(IllegalStateException.class,
                    () -> db.dsl().fetchCount(DSL.table("region")));
            assertTrue(read.getMessage().startsWith("Datenbankzugriff auf dem Thread „" + main.getName() + "“"),
                    read.getMessage());
            assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> tx.dsl().fetchCount(DSL.table("region"))));
            int[] counted = {-1};
            Thread worker = new Thread(() -> counted[0] = db.inTransactionResult(tx -> tx.dsl().fetchCount(DSL.table("region"))));
            worker.start();
            worker.join();
            assertEquals(0, counted[0], "a background thread may use the database");
            db.refuseStatementsOn(t -> t == main, false);
            assertEquals(0, db.dsl().fetchCount(DSL.table("region")), "warn-only mode lets the statement run");
            // recorded with the caller, so that a test sees it even when an event handler swallowed the exception
            List<String> recorded = db.statementsOnForbiddenThread();
            assertEquals(3, recorded.size(), recorded.toString());
            assertTrue(recorded.get(0).contains("DatabaseTest.lambda$statementsOnAForbiddenThreadAreRefused"),
                    recorded.get(0));
        }
    }

    @Test
    void migratesANewFileAndReopensWithoutChanges() {
        Path file = dir.resolve("neu.mv.db");
        try (Database db = Database.open(file)) {
            assertEquals(file, db.file());
            assertEquals(0, db.dsl().fetchCount(DSL.table("region")));
            assertTrue(db.backupBeforeMigration().isEmpty(), "a new file needs no backup");
            assertFalse(db.reusesFreeSpace(), "chunks are appended (decision 0020: reuse lost acknowledged commits)");
        }
        assertTrue(Files.exists(file));
        int history;
        try (Database db = Database.open(file)) {
            history = db.dsl().fetchCount(DSL.table("\"flyway_schema_history\""));
        }
        try (Database db = Database.open(file)) {
            assertEquals(history, db.dsl().fetchCount(DSL.table("\"flyway_schema_history\"")));
            assertTrue(db.backupBeforeMigration().isEmpty(), "nothing pending, so no backup");
        }
        assertEquals(List.of(), new DatabaseBackup(file, 5, Clock.systemUTC()).existing());
        try (Database db = Database.open(file)) {
            db.inTransaction(tx -> tx.dsl().fetchCount(DSL.table("region")));
        }
        assertTrue(Files.exists(file), "closing keeps the file");
        Path trace = dir.resolve("neu.trace.db");
        assertTrue(!Files.exists(trace), () -> "a clean close leaves no H2 trace file: " + readQuietly(trace));
        try (Database db = Database.open(file)) {
            assertEquals(history, db.dsl().fetchCount(DSL.table("\"flyway_schema_history\"")), "closed and reopened");
        }
    }

    @Test
    void secondOpenOfALockedFileFailsWithAGermanMessageNamingTheFile() {
        Path file = dir.resolve("gesperrt.mv.db");
        try (Database first = Database.open(file)) {
            DatabaseLockedException e = assertThrows(DatabaseLockedException.class, () -> Database.open(file));
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("bereits von einer anderen Netzatlas-Instanz verwendet"), e.getMessage());
        }
        try (Database again = Database.open(file)) {
            assertEquals(file, again.file(), "the lock is released on close");
        }
    }

    @Test
    void refusesAFileWrittenByANewerSchemaAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("neuer.mv.db");
        try (Database db = Database.open(file)) {
            db.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", "
                    + "\"execution_time\", \"success\") VALUES (99, '999', 'future', 'SQL', 'V999__future.sql', 0, "
                    + "'sa', CURRENT_TIMESTAMP, 1, TRUE)");
        }
        DatabaseTooNewException e = assertThrows(DatabaseTooNewException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("neueren Netzatlas-Version"), e.getMessage());
        assertTrue(e.getMessage().contains("999"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + DatabaseLocation.h2Name(file), "sa", "")) {
            var rs = c.createStatement().executeQuery("SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\"");
            rs.next();
            assertEquals(99, rs.getInt(1), "nothing was migrated");
        }
        assertEquals(List.of(), new DatabaseBackup(file, 5, Clock.systemUTC()).existing());
    }

    @Test
    void backsUpAnExistingFileBeforeMigratingItAndKeepsTheLastFive() throws Exception {
        Path file = dir.resolve("alt.mv.db");
        try (Database db = Database.open(file)) {
            db.dsl().execute("INSERT INTO app_setting (setting_key, setting_value, updated_at, updated_by) "
                    + "VALUES ('marker', 'vorher', CURRENT_TIMESTAMP, 'test')");
        }
        Instant t0 = Instant.parse("2026-11-29T08:00:00Z");
        for (int i = 0; i < 7; i++) {
            Clock clock = Clock.fixed(t0.plus(Duration.ofMinutes(i)), ZoneId.of("UTC"));
            org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(
                    "jdbc:h2:file:" + DatabaseLocation.h2Name(file), "sa", "");
            new DatabaseBackup(file, 5, clock).create(pool);
            pool.dispose();
        }
        assertEquals(5, new DatabaseBackup(file, 5, Clock.systemUTC()).existing().size());

        Clock later = Clock.fixed(t0.plus(Duration.ofHours(1)), ZoneId.of("UTC"));
        StoreOptions upgrade = new StoreOptions(List.of(StoreOptions.MIGRATIONS, "classpath:db/upgrade-test"), 5, later);
        try (Database db = Database.open(file, upgrade)) {
            Path backup = db.backupBeforeMigration().orElseThrow();
            assertTrue(Files.size(backup) > 0);
            assertTrue(backup.getFileName().toString().startsWith("alt-backup-20261129-0900"), backup.toString());
            assertEquals("vorher", db.dsl().fetchValue("SELECT setting_value FROM app_setting WHERE setting_key = 'marker'"));
            assertEquals(0, db.dsl().fetchCount(DSL.table("app_setting"), DSL.field("upgrade_marker").isNotNull()));
            List<Path> kept = new DatabaseBackup(file, 5, Clock.systemUTC()).existing();
            assertEquals(5, kept.size());
            assertEquals(backup, kept.get(kept.size() - 1), "the newest backup is kept");
        }
    }

    @Test
    void aCorruptFileGetsAClearMessageNotAStackTrace() throws Exception {
        Path file = dir.resolve("kaputt.mv.db");
        Files.write(file, "das ist keine H2-Datei".repeat(200).getBytes());
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().startsWith("Die Datenbank"), e.getMessage());
        assertFalse(e instanceof DatabaseLockedException);
    }

    @Test
    void transactionsRollBackCompletely() {
        try (Database db = Database.open(dir.resolve("tx.mv.db"))) {
            assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
                tx.dsl().execute("INSERT INTO app_setting (setting_key, setting_value, updated_at, updated_by) "
                        + "VALUES ('a', '1', CURRENT_TIMESTAMP, 'test')");
                throw new IllegalStateException("Abbruch");
            }));
            assertEquals(0, db.dsl().fetchCount(DSL.table("app_setting")));
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
