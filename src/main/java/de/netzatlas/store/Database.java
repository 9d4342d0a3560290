package de.netzatlas.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The embedded H2 file database: opened under an exclusive file lock (one Netzatlas per file),
 * refused when a newer version wrote it, backed up before Flyway migrates it. Plain file URL,
 * never {@code AUTO_SERVER}: no TCP listener is opened.
 */
public final class Database implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Path backup;
    private final DatabaseBackup backups;
    private final List<String> notices;
    private final MVStore store;
    /** The file's password (none if not encrypted), kept until {@link #close()} for backups and compaction. */
    private final DatabaseKey key;
    /**
     * Ordinary transactions share it, a large write holds it alone: while a large write runs nothing
     * else commits, so its backup plus nothing is the exact state to return to if it is interrupted.
     */
    private final java.util.concurrent.locks.ReentrantReadWriteLock writes = new java.util.concurrent.locks.ReentrantReadWriteLock();
    private volatile java.util.function.Predicate<Thread> forbiddenThread = t -> false;
    private final List<String> forbiddenThreadCalls = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean failOnForbiddenThread;

    private Database(Path file, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool, Path backup,
                     DatabaseBackup backups, List<String> notices, DatabaseKey key) {
        this.file = file;
        this.key = key;
        this.backups = backups;
        this.notices = List.copyOf(notices);
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
        this.backup = backup;
        this.dsl = DSL.using(new org.jooq.impl.DefaultConfiguration().set(pool).set(SQLDialect.H2)
                .set(org.jooq.ExecuteListener.onStart(ctx -> checkThread())));
        this.store = mvStore(pool);
        // Append every chunk instead of writing it into freed space: with reuse on, H2 2.5.252 lost a
        // single acknowledged commit in about 1 of 60 kills (H2KillHarness); with reuse off, none in
        // 480 (decision 0020). The space is given back by the compaction after close.
        store.setReuseSpace(false);
    }

    /** The open file's MVStore, whose version the lock file keeps after every commit. */
    private static MVStore mvStore(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection()) {
            org.h2.engine.SessionLocal session = (org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            return session.getDatabase().getStore().getMvStore();
        } catch (SQLException e) {
            throw new StoreException("Die Datenbank kann nicht gelesen werden: " + StoreMessages.h2(e), e);
        }
    }

    /**
     * Writes the file's current MVStore version into the lock file (no sync: a kill of the process
     * leaves what was written). The next open refuses a file older than that: H2 fell back to an
     * older version of the file (kill, truncation) and committed changes would silently be missing.
     */
    private void recordVersion() {
        synchronized (lockChannel) {
            try {
                LockState.OPEN.write(lockChannel, store.getCurrentVersion(), false);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Sperrdatei konnte nicht beschrieben werden", e);
            }
        }
    }

    public static Database open(Path file) {
        return open(file, StoreOptions.defaults());
    }

    public static Database open(Path requested, StoreOptions options) {
        return open(requested, options, DatabaseKey.none());
    }

    /**
     * Opens {@code requested} with {@code password} (none for a plain file). The database keeps its
     * own copy of the password until {@link #close()}; the caller may close its key right after this.
     * An encrypted file without a password, a plain file with one, or a wrong password are refused
     * before anything touches the file ({@link DatabasePasswordException}).
     */
    public static Database open(Path requested, StoreOptions options, DatabaseKey password) {
        Path file = DatabaseLocation.normalise(requested);
        checkPassword(file, password);
        DatabaseKey key = password.copy();
        try {
            return openWith(file, options, key);
        } catch (RuntimeException e) {
            key.close();
            throw e;
        }
    }

    /** Refuses a password that does not fit the file (reads only; a missing file fits any). */
    static void checkPassword(Path file, DatabaseKey key) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        boolean encrypted = DatabaseKey.isEncrypted(file);
        if (encrypted && !key.present()) {
            throw DatabasePasswordException.encrypted(file);
        }
        if (!encrypted && key.present()) {
            throw DatabasePasswordException.notEncrypted(file);
        }
        if (encrypted && !key.decrypts(file)) {
            throw DatabasePasswordException.wrong(file);
        }
    }

    private static Database openWith(Path file, StoreOptions options, DatabaseKey key) {
        createDirectories(file);
        FileChannel channel = null;
        FileLock lock = null;
        JdbcConnectionPool pool = null;
        try {
            PrivateFiles.createIfMissing(lockFile(file));
            channel = FileChannel.open(lockFile(file), StandardOpenOption.READ, StandardOpenOption.WRITE);
            lock = tryLock(channel, file);
            boolean closedCleanly = LockState.read(channel) == LockState.CLOSED;
            long known = LockState.version(channel);
            DatabaseCompaction.cleanUp(file);
            LockState.OPEN.write(channel, known);
            DatabaseBackup backups = new DatabaseBackup(file, options.backupsToKeep(), options.clock(), key);
            Journal journal = Journal.migration(file);
            List<String> notices = new ArrayList<>();
            Optional<Path> restoredFrom = journal.read().map(j -> restoreInterrupted(file, j, notices, key));
            boolean created = !Files.exists(file);
            if (created) {
                createNew(file, options, key);
            }
            boolean crashed = probe(file, backups, restoredFrom.isPresent() || created ? -1 : known, lockFile(file), key)
                    || !(closedCleanly || created);
            // checked; until this open records the file's version again, there is nothing to expect
            LockState.OPEN.write(channel, -1);
            if (crashed) {
                settleAfterCrash(file, key);
                checkAfterCrash(file, backups, options.clock(), notices, key);
            }
            Journal.largeWrite(file).delete();
            PrivateFiles.restrict(file);
            pool = DatabaseLocation.pool(file, key);
            checkReadable(pool, file);
            requireNetzatlasSchema(pool, file, backups);
            Flyway flyway = flyway(pool, options);
            Path backup = null;
            MigrationInfoService info = flyway.info();
            refuseNewerSchema(info, file);
            if (info.pending().length > 0) {
                backup = restoredFrom.orElseGet(() -> null);
                if (backup == null) {
                    backup = backups.create(pool);
                }
                journal.write(backup, Map.of("from", currentVersion(info), "to", version(info.pending()[info.pending().length - 1])));
                try {
                    flyway.migrate();
                } catch (FlywayException e) {
                    pool.dispose();
                    pool = null;
                    DatabaseBackup.restore(backup, file);
                    journal.delete();
                    throw new StoreException("Die Aktualisierung der Datenbank „" + file + "“ ist fehlgeschlagen ("
                            + StoreMessages.german(e) + "). Die Datenbank wurde aus der Sicherung „" + backup.getFileName()
                            + "“ wiederhergestellt und ist unverändert.", e);
                }
                // The journal goes only when the migrated schema is on disk: a clean close writes
                // everything (H2 2.5.252 left commits after DDL unwritten until close, decision 0020).
                pool = closeAndReopen(pool, file, key);
                journal.delete();
            }
            Database db = new Database(file, channel, lock, pool, backup, backups, notices, key);
            db.recordVersion();
            return db;
        } catch (StoreException e) {
            closeQuietly(pool, lock, channel);
            throw e;
        } catch (IOException | FlywayException e) {
            closeQuietly(pool, lock, channel);
            throw new StoreException("Die Datenbank „" + file + "“ kann nicht geöffnet werden: "
                    + StoreMessages.german(e), e);
        }
    }

    static Flyway flyway(javax.sql.DataSource pool, StoreOptions options) {
        return Flyway.configure()
                .dataSource(pool)
                .locations(options.migrationLocations().toArray(String[]::new))
                .load();
    }

    private static String currentVersion(MigrationInfoService info) {
        return info.current() == null ? "0" : version(info.current());
    }

    private static String version(MigrationInfo m) {
        return m.getVersion() == null ? "?" : m.getVersion().getVersion();
    }

    /**
     * A new database is created and migrated under a temporary name and renamed when complete, so a
     * file with the real name always holds a full schema (a kill while creating leaves nothing behind
     * that could later pass for a damaged database).
     */
    private static void createNew(Path file, StoreOptions options, DatabaseKey key) throws IOException {
        Path temp = file.resolveSibling(file.getFileName().toString()
                .replace(DatabaseLocation.FILE_SUFFIX, "-neu" + DatabaseLocation.FILE_SUFFIX));
        Files.deleteIfExists(temp);
        PrivateFiles.createIfMissing(temp);
        JdbcConnectionPool pool = DatabaseLocation.pool(temp, key);
        try {
            flyway(pool, options).migrate();
        } finally {
            pool.dispose();
        }
        PrivateFiles.publish(temp, file);
    }

    /** Closes the migrated file (every change written, clean-close mark set) and opens it again. */
    private static JdbcConnectionPool closeAndReopen(JdbcConnectionPool pool, Path file, DatabaseKey key) {
        closeCleanly(pool);
        JdbcConnectionPool reopened = DatabaseLocation.pool(file, key);
        checkReadable(reopened, file);
        return reopened;
    }

    /**
     * Closing the pooled connections closes the database (the last connection ends it). Only if a
     * connection is still lent out is SHUTDOWN forced; a SHUTDOWN while the pool still holds idle
     * connections would make H2 write a {@code *.trace.db} next to the user's file.
     */
    private static void closeCleanly(JdbcConnectionPool pool) {
        if (pool.getActiveConnections() > 0) {
            LOG.log(System.Logger.Level.WARNING, "Datenbank wird mit {0} offenen Verbindungen geschlossen",
                    pool.getActiveConnections());
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "Datenbank konnte nicht sauber geschlossen werden", e);
            }
        }
        pool.dispose();
    }

    /**
     * Opens an existing file read-only at the MVStore level before anything may write to it: a
     * truncated, damaged or empty file is refused untouched (H2 would otherwise start a new, empty
     * database over it). A file that was not closed cleanly passes: its leftover transactions are
     * rolled back by the read-write open that follows, which a read-only SQL open cannot do.
     */
    private static boolean probe(Path file, DatabaseBackup backups, long known, Path lockFile, DatabaseKey key) {
        try (MVStore store = readOnlyStore(file, key)) {
            if (store.getMapNames().stream().noneMatch(n -> n.startsWith("table."))) {
                throw new DatabaseDamagedException(file, "Sie enthält keine Tabellen (abgeschnitten oder leer).",
                        backups.newestValid());
            }
            if (store.getCurrentVersion() < known) {
                throw new DatabaseDamagedException(file, "Sie ist älter als ihr zuletzt gespeicherter Stand (Version "
                        + store.getCurrentVersion() + " statt mindestens " + known + "): abgeschnitten, nach einem "
                        + "Absturz auf einen früheren Stand zurückgefallen oder durch eine ältere Kopie ersetzt – "
                        + "zuletzt gespeicherte Änderungen fehlen darin. (Wurde sie absichtlich durch eine ältere Kopie "
                        + "ersetzt, löschen Sie „" + lockFile + "“ und starten Sie neu.)", backups.newestValid());
            }
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new StoreException("Die Datenbank „" + file + "“ kann nicht gelesen werden. "
                        + "Die Datei wird bereits von einem anderen Programm verwendet.", e);
            }
            throw new DatabaseDamagedException(file, "Die Datei ist beschädigt oder unvollständig (H2-Speicherfehler "
                    + e.getErrorCode() + ").", backups.newestValid(), e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new DatabaseDamagedException(file, "Die Datei ist keine lesbare H2-Datenbank.", backups.newestValid(), e);
        }
        // The newest chunk H2 can read may be an old one of a truncated file: the schema must be there.
        try (Connection c = DatabaseLocation.readOnly(file, key)) {
            if (!hasSchemaHistory(c)) {
                throw new DatabaseDamagedException(file, "Sie enthält keine Netzatlas-Daten (abgeschnitten oder andere "
                        + "H2-Datenbank).", backups.newestValid());
            }
        } catch (SQLException e) {
            if (!leftoverTransactions(e)) {
                throw new DatabaseDamagedException(file, StoreMessages.h2(e), backups.newestValid(), e);
            }
            // Not closed cleanly: only the read-write open can roll its open transactions back.
            return true;
        }
        return false;
    }

    /** The version of the closed file as the next open's probe reads it; -1 if it cannot be read. */
    private static long storedVersion(Path file, DatabaseKey key) {
        try (MVStore store = readOnlyStore(file, key)) {
            return store.getCurrentVersion();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Version der Datei nicht lesbar", e);
            return -1;
        }
    }

    /**
     * After a crash H2 finishes or rolls back the transactions that were open (a kill during a large
     * import's commit leaves one) while the first reads already run; they then fail with a lock
     * timeout (H2 error 50200). The file is therefore opened once on its own, every table read until
     * no lock is left, and closed cleanly, before the real open.
     */
    private static void settleAfterCrash(Path file, DatabaseKey key) {
        JdbcConnectionPool p = DatabaseLocation.pool(file, key);
        try {
            for (int attempt = 0; ; attempt++) {
                try (Connection c = p.getConnection()) {
                    DatabaseBackup.tableCounts(c);
                    return;
                } catch (SQLException e) {
                    if (e.getErrorCode() != 50200 || attempt >= 60) {
                        throw new StoreException("Die Datenbank „" + file + "“ wurde nicht sauber geschlossen und kann nicht "
                                + "wiederhergestellt werden: " + StoreMessages.h2(e), e);
                    }
                    LOG.log(System.Logger.Level.INFO, "Warte auf das Ende der Wiederherstellung nach einem Absturz");
                    Thread.sleep(500);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Öffnen der Datenbank „" + file + "“ abgebrochen.", e);
        } finally {
            p.dispose();
        }
    }

    private static boolean hasSchemaHistory(Connection c) throws SQLException {
        return DatabaseBackup.tableNames(c).contains("flyway_schema_history");
    }

    /** H2's read-only open fails this way when the file holds transactions to roll back (after a kill). */
    private static boolean leftoverTransactions(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException m && m.getErrorCode() == DataUtils.ERROR_WRITING_FAILED) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a crash the file must agree with itself ({@link DatabaseIntegrity}), and a large write
     * that was running ({@link Journal#largeWrite}) must have committed as a whole. If the write's
     * token is not in the file it did not commit, and the verified backup taken right before it is put
     * back, so that nothing of it stays half-written; the same if the file contradicts itself. Every
     * change committed before the write is in that backup, and nothing else committed while it ran.
     * The file found after the crash is kept beside. A contradictory file without such a backup is
     * refused.
     */
    private static void checkAfterCrash(Path file, DatabaseBackup backups, Clock clock, List<String> notices,
                                        DatabaseKey key) throws IOException {
        Journal writes = Journal.largeWrite(file);
        Optional<Journal.Entry> interrupted = writes.read();
        Optional<String> problem;
        boolean committed = false;
        JdbcConnectionPool p = DatabaseLocation.pool(file, key);
        try (Connection c = p.getConnection()) {
            problem = DatabaseIntegrity.problem(c);
            if (interrupted.isPresent()) {
                committed = hasSetting(c, LARGE_WRITE_KEY, interrupted.get().get("token"));
            }
        } catch (SQLException e) {
            problem = Optional.of(StoreMessages.h2(e));
        } finally {
            p.dispose();
        }
        if (problem.isEmpty() && (interrupted.isEmpty() || committed)) {
            writes.delete();
            return;
        }
        String reason = problem.map(x -> "Nach einem Absturz widerspricht sich die Datei selbst (" + x + ").")
                .orElse("Nach einem Absturz ist ein großer Schreibvorgang nicht vollständig gespeichert.");
        if (interrupted.isEmpty()) {
            throw new DatabaseDamagedException(file, reason, backups.newestValid());
        }
        Journal.Entry entry = interrupted.get();
        Path backup = file.resolveSibling(entry.backup());
        Path kept;
        try {
            DatabaseBackup.verify(backup, key);
            kept = DatabaseRestore.keepBeside(file, problem.isPresent() ? "beschaedigt" : DatabaseRestore.INTERRUPTED, clock);
            DatabaseBackup.restore(backup, file);
        } catch (IOException | SQLException | StoreException e) {
            throw new DatabaseDamagedException(file, reason + " Die Sicherung „" + backup.getFileName()
                    + "“ von unmittelbar vor „" + entry.get("what") + "“ lässt sich nicht zurückspielen ("
                    + StoreMessages.german(e) + ").", backups.newestValid(), e);
        }
        writes.delete();
        String what = "„" + entry.get("what") + "“ wurde am " + entry.startedText() + " durch einen Absturz unterbrochen";
        String notice = problem.isPresent()
                ? what + ", und die Datei widersprach sich danach selbst (" + problem.get() + "). Der Stand "
                        + "unmittelbar davor wurde aus der Sicherung „" + backup.getFileName() + "“ wiederhergestellt; es "
                        + "fehlt nur dieser Vorgang. Die beschädigte Datei liegt als „" + kept.getFileName() + "“ daneben."
                : what + " und nicht abgeschlossen. Damit nichts davon halb gespeichert bleibt, wurde der Stand "
                        + "unmittelbar davor aus der Sicherung „" + backup.getFileName() + "“ wiederhergestellt; es fehlt "
                        + "nur dieser Vorgang – bitte wiederholen. Die Datei nach dem Absturz liegt als „"
                        + kept.getFileName() + "“ daneben.";
        LOG.log(System.Logger.Level.WARNING, notice);
        notices.add(notice);
    }

    private static boolean hasSetting(Connection c, String key, String value) throws SQLException {
        try (var ps = c.prepareStatement("SELECT setting_value FROM app_setting WHERE setting_key = ?")) {
            ps.setString(1, key);
            try (var rs = ps.executeQuery()) {
                return rs.next() && value.equals(rs.getString(1));
            }
        }
    }

    /** After the read-write open: the file must carry Netzatlas' schema history. */
    private static void requireNetzatlasSchema(JdbcConnectionPool pool, Path file, DatabaseBackup backups) {
        try (Connection c = pool.getConnection()) {
            if (!hasSchemaHistory(c)) {
                throw new DatabaseDamagedException(file, "Sie enthält keine Netzatlas-Daten (andere H2-Datenbank?).",
                        backups.newestValid());
            }
        } catch (SQLException e) {
            throw new StoreException("Die Datenbank „" + file + "“ kann nicht gelesen werden. " + StoreMessages.h2(e), e);
        }
    }

    /** A migration was interrupted (kill, power loss): put the verified backup taken before it back. */
    private static Path restoreInterrupted(Path file, Journal.Entry entry, List<String> notices, DatabaseKey key) {
        Path backup = file.resolveSibling(entry.backup());
        try {
            DatabaseBackup.verify(backup, key);
            DatabaseBackup.restore(backup, file);
        } catch (IOException | SQLException | StoreException e) {
            throw new StoreException("Die Aktualisierung der Datenbank „" + file + "“ von Version " + entry.get("from")
                    + " auf " + entry.get("to") + " wurde unterbrochen, und die Sicherung „" + backup
                    + "“ von davor lässt sich nicht zurückspielen (" + StoreMessages.german(e)
                    + "). Die Dateien wurden nicht weiter verändert.", e);
        }
        String notice = "Die Aktualisierung der Datenbank auf Version " + entry.get("to") + " wurde am " + entry.startedText()
                + " unterbrochen; der Stand davor wurde aus der Sicherung „" + backup.getFileName()
                + "“ wiederhergestellt, dann wurde die Aktualisierung wiederholt.";
        LOG.log(System.Logger.Level.WARNING, notice);
        notices.add(notice);
        return backup;
    }

    private static void createDirectories(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException("Der Ordner „" + file.getParent()
                    + "“ für die Datenbank kann nicht angelegt werden: " + e.getMessage(), e);
        }
    }

    static Path lockFile(Path file) {
        return file.resolveSibling(file.getFileName().toString().replace(DatabaseLocation.FILE_SUFFIX, "")
                + ".netzatlas.lock");
    }

    /** The exclusive instance lock, or {@link DatabaseLockedException}. */
    static FileLock tryLock(FileChannel channel, Path file) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DatabaseLockedException(file);
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new DatabaseLockedException(file);
        }
    }

    private static void checkReadable(JdbcConnectionPool pool, Path file) {
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("SELECT 1");
        } catch (SQLException e) {
            throw new StoreException("Die Datenbank „" + file + "“ kann nicht gelesen werden. " + StoreMessages.h2(e), e);
        }
    }

    static void refuseNewerSchema(MigrationInfoService info, Path file) {
        Optional<MigrationInfo> future = Arrays.stream(info.all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .reduce((a, b) -> b);
        if (future.isPresent()) {
            String known = Arrays.stream(info.all())
                    .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                    .map(m -> m.getVersion().getVersion())
                    .reduce((a, b) -> b)
                    .orElse("0");
            throw new DatabaseTooNewException(file, future.get().getVersion().getVersion(), known);
        }
    }

    private static void closeQuietly(JdbcConnectionPool pool, FileLock lock, FileChannel channel) {
        if (pool != null) {
            pool.dispose();
        }
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Sperrdatei konnte nicht freigegeben werden", e);
        }
    }

    /**
     * Refuses every statement run on a thread {@code forbidden} matches, e.g. the JavaFX application
     * thread: the UI must do database work in a background task (issue 12). Tests switch it on for
     * the whole TestFX suite; the product logs a warning instead of failing.
     */
    public Database refuseStatementsOn(java.util.function.Predicate<Thread> forbidden, boolean fail) {
        this.forbiddenThread = java.util.Objects.requireNonNull(forbidden);
        this.failOnForbiddenThread = fail;
        return this;
    }

    private void checkThread() {
        Thread t = Thread.currentThread();
        if (forbiddenThread.test(t)) {
            String message = "Datenbankzugriff auf dem Thread „" + t.getName()
                    + "“: gehört in eine Hintergrundaufgabe, sonst bleibt die Oberfläche stehen.";
            if (forbiddenThreadCalls.size() < 100) {
                forbiddenThreadCalls.add(message + " " + callSite());
            }
            if (failOnForbiddenThread) {
                throw new IllegalStateException(message);
            }
            LOG.log(System.Logger.Level.WARNING, message, new Throwable("Aufrufstelle"));
        }
    }

    /**
     * The statements refused or logged by {@link #refuseStatementsOn} so far (at most 100), with the
     * first caller outside the store: tests assert that there are none, also where the exception was
     * thrown inside an FX event handler and never reached the test.
     */
    public List<String> statementsOnForbiddenThread() {
        return List.copyOf(forbiddenThreadCalls);
    }

    private static String callSite() {
        List<String> ours = StackWalker.getInstance().walk(frames -> frames
                .map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber())
                .filter(f -> f.startsWith("de.netzatlas.") && !f.startsWith(Database.class.getName() + "."))
                .toList());
        // the first caller above the store, repositories and services, else the nearest one of ours
        return ours.stream().filter(f -> !f.startsWith("de.netzatlas.store.") && !f.contains("Repository.")
                && !f.contains("Service.")).findFirst().orElse(ours.isEmpty() ? "(unbekannt)" : ours.get(0));
    }

    /** Whether H2 writes new chunks into freed space (never, see the constructor). */
    boolean reusesFreeSpace() {
        return store.isSpaceReused();
    }

    /** A read-only MVStore on {@code file}, decrypted with {@code key} if it has one. */
    static MVStore readOnlyStore(Path file, DatabaseKey key) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).readOnly();
        char[] k = key.mvStoreKey();
        if (k != null) {
            builder.encryptionKey(k);
        }
        return builder.open();
    }

    /** Whether the file is encrypted (opened with a password). */
    public boolean encrypted() {
        return key.present();
    }

    /** The H2 file ({@code ….mv.db}). */
    public Path file() {
        return file;
    }

    /** The backup written before this open migrated the file, if any. */
    public Optional<Path> backupBeforeMigration() {
        return Optional.ofNullable(backup);
    }

    /** What the open did that the user should hear of (e.g. an interrupted migration undone). */
    public List<String> notices() {
        return notices;
    }

    /** The jOOQ context for repositories' reads. */
    public DSLContext dsl() {
        return dsl;
    }

    /**
     * As {@link #inTransactionResult}, for a large write (an import of many rows, demo data): a
     * verified backup is taken and journalled first, and the transaction itself records the journal's
     * token as its last statement. After a crash the token tells whether the write committed: if not,
     * the backup is put back, so that nothing of it stays half-written (H2 2.5.252 was seen to leave
     * such transactions half visible or half in its indexes; decision 0020). Nothing else commits
     * while a large write runs; it must not be started inside another transaction.
     */
    public <T> T inLargeTransactionResult(String what, Function<Transaction, T> work) {
        if (writes.getReadHoldCount() > 0) {
            throw new IllegalStateException("„" + what + "“ kann nicht innerhalb einer anderen Transaktion laufen");
        }
        writes.writeLock().lock();
        try {
            Journal journal = Journal.largeWrite(file);
            String token = java.util.UUID.randomUUID().toString();
            try {
                journal.write(backups.create(pool), Map.of("what", what, "token", token));
            } catch (IOException e) {
                throw new StoreException("„" + what + "“ kann nicht beginnen: die Datei „" + journal.path()
                        + "“ lässt sich nicht schreiben (" + StoreMessages.german(e) + "). Nichts wurde verändert.", e);
            }
            try {
                return inTransactionResult(tx -> {
                    T result = work.apply(tx);
                    tx.dsl().execute("DELETE FROM app_setting WHERE setting_key = ?", LARGE_WRITE_KEY);
                    tx.dsl().execute("INSERT INTO app_setting (setting_key, setting_value, updated_at, updated_by) "
                            + "VALUES (?, ?, CURRENT_TIMESTAMP, 'netzatlas')", LARGE_WRITE_KEY, token);
                    return result;
                });
            } finally {
                try {
                    journal.delete();
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "Datei nicht gelöscht: " + journal.path(), e);
                }
            }
        } finally {
            writes.writeLock().unlock();
        }
    }

    /** The setting a large write's transaction sets to its journal's token (see {@link #inLargeTransactionResult}). */
    static final String LARGE_WRITE_KEY = "store.grosser_schreibvorgang";

    /**
     * Input of at least this size (about 10 000 coverage rows) makes an import a large write: its
     * transaction runs long enough for a kill to catch it mid-commit, where H2 2.5.252 was seen to
     * leave it half in its indexes (decision 0020). Smaller imports skip the backup's cost.
     */
    public static final long LARGE_WRITE_BYTES = 1L << 20;

    /** An import of {@code inputBytes}: {@link #inLargeTransaction} from {@link #LARGE_WRITE_BYTES} on, else {@link #inTransaction}. */
    public void inImportTransaction(String what, long inputBytes, Consumer<Transaction> work) {
        if (inputBytes >= LARGE_WRITE_BYTES) {
            inLargeTransaction(what, work);
        } else {
            inTransaction(work);
        }
    }

    /** As {@link #inLargeTransactionResult} for work without a result. */
    public void inLargeTransaction(String what, Consumer<Transaction> work) {
        inLargeTransactionResult(what, tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** Runs {@code work} in one transaction: everything it writes lands, or nothing does. */
    public <T> T inTransactionResult(Function<Transaction, T> work) {
        writes.readLock().lock();
        try {
            T result = dsl.transactionResult(cfg -> work.apply(new Transaction(DSL.using(cfg))));
            recordVersion();
            return result;
        } finally {
            writes.readLock().unlock();
        }
    }

    public void inTransaction(Consumer<Transaction> work) {
        inTransactionResult(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** A consistent copy of the open database (H2 {@code BACKUP TO}), e.g. on the user's demand. */
    public Path backupNow(StoreOptions options) {
        return new DatabaseBackup(file, options.backupsToKeep(), options.clock(), key).create(pool);
    }

    /** A verified backup written to a chosen file: where, and the rows per table it holds. */
    public record Backup(Path file, Map<String, Long> tableCounts) {
    }

    /**
     * {@code db backup ZIEL.zip}: a verified, owner-only backup of the open database at
     * {@code target} (an existing file there is replaced; the caller decides whether it may be).
     */
    public Backup backupTo(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new StoreException("Der Ordner „" + absolute.getParent() + "“ kann nicht angelegt werden: "
                    + StoreMessages.german(e), e);
        }
        return new Backup(absolute, DatabaseBackup.writeVerified(pool, file, absolute, key));
    }

    /** {@code db check}: what {@link DatabaseCheck} finds in the open database (reads only). */
    public DatabaseCheck.Report check() {
        try (Connection c = pool.getConnection()) {
            return DatabaseCheck.run(c);
        } catch (SQLException e) {
            throw new StoreException("Die Datenbank „" + file + "“ kann nicht gelesen werden: " + StoreMessages.h2(e), e);
        }
    }

    /** The newest backup next to {@code file} that unpacks and opens, if any. */
    public static Optional<Path> newestValidBackup(Path file) {
        return new DatabaseBackup(DatabaseLocation.normalise(file), 1, Clock.systemDefaultZone(), DatabaseKey.none()).newestValid();
    }

    @Override
    public void close() {
        try {
            closeCleanly(pool);
            DatabaseCompaction.compactIfWasteful(file, DatabaseCompaction.MIN_BYTES, DatabaseCompaction.MIN_FILL_PERCENT, key);
            try {
                LockState.CLOSED.write(lockChannel, storedVersion(file, key));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Sperrdatei konnte nicht beschrieben werden", e);
            }
            closeQuietly(null, lock, lockChannel);
        } finally {
            key.close();
        }
    }

    /**
     * What the instance lock file says about the last session: a session that ends without
     * {@link #close()} (kill, power loss, crash) leaves {@code offen}, and the next open settles the
     * file (decision 0020). A missing or empty lock file (first open, older version) counts as open.
     */
    enum LockState {
        OPEN("offen"), CLOSED("geschlossen");

        private final String word;

        LockState(String word) {
            this.word = word;
        }

        static LockState read(FileChannel channel) throws IOException {
            return text(channel).lines().findFirst().orElse("").strip().equals(CLOSED.word) ? CLOSED : OPEN;
        }

        /** The file version the lock file expects at least, -1 if none. */
        static long version(FileChannel channel) throws IOException {
            return text(channel).lines().filter(l -> l.startsWith("version=")).findFirst()
                    .map(l -> {
                        try {
                            return Long.parseLong(l.substring("version=".length()).strip());
                        } catch (NumberFormatException e) {
                            return -1L;
                        }
                    }).orElse(-1L);
        }

        private static String text(FileChannel channel) throws IOException {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(128);
            channel.read(buf, 0);
            return new String(buf.array(), 0, buf.position(), java.nio.charset.StandardCharsets.US_ASCII);
        }

        void write(FileChannel channel, long version) throws IOException {
            write(channel, version, true);
        }

        void write(FileChannel channel, long version, boolean sync) throws IOException {
            String text = word + "\n" + (version >= 0 ? "version=" + version + "\n" : "");
            channel.write(java.nio.ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 0);
            channel.truncate(text.length());
            if (sync) {
                channel.force(false);
            }
        }
    }
}
