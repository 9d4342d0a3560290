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
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
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

    private Database(Path file, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool, Path backup) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
        this.backup = backup;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    public static Database open(Path file) {
        return open(file, StoreOptions.defaults());
    }

    public static Database open(Path requested, StoreOptions options) {
        Path file = DatabaseLocation.normalise(requested);
        createDirectories(file);
        FileChannel channel = null;
        FileLock lock = null;
        JdbcConnectionPool pool = null;
        try {
            channel = FileChannel.open(lockFile(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = tryLock(channel, file);
            boolean existed = Files.isRegularFile(file) && Files.size(file) > 0;
            pool = JdbcConnectionPool.create("jdbc:h2:file:" + DatabaseLocation.h2Name(file), "sa", "");
            checkReadable(pool, file);
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations(options.migrationLocations().toArray(String[]::new))
                    .load();
            Path backup = null;
            MigrationInfoService info = flyway.info();
            refuseNewerSchema(info, file);
            if (existed && info.applied().length > 0 && info.pending().length > 0) {
                backup = new DatabaseBackup(file, options.backupsToKeep(), options.clock()).create(pool);
            }
            flyway.migrate();
            return new Database(file, channel, lock, pool, backup);
        } catch (StoreException e) {
            closeQuietly(pool, lock, channel);
            throw e;
        } catch (IOException | FlywayException e) {
            closeQuietly(pool, lock, channel);
            throw new StoreException("Die Datenbank „" + file + "“ kann nicht geöffnet werden: "
                    + e.getMessage(), e);
        }
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

    private static FileLock tryLock(FileChannel channel, Path file) throws IOException {
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
            String reason = e.getErrorCode() == 90020
                    ? "Die Datei wird bereits von einem anderen Programm verwendet."
                    : "Die Datei ist beschädigt oder keine Netzatlas-Datenbank (" + e.getMessage() + ").";
            throw new StoreException("Die Datenbank „" + file + "“ kann nicht gelesen werden. " + reason, e);
        }
    }

    private static void refuseNewerSchema(MigrationInfoService info, Path file) {
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

    /** The H2 file ({@code ….mv.db}). */
    public Path file() {
        return file;
    }

    /** The backup written before this open migrated the file, if any. */
    public Optional<Path> backupBeforeMigration() {
        return Optional.ofNullable(backup);
    }

    /** The jOOQ context for repositories' reads. */
    public DSLContext dsl() {
        return dsl;
    }

    /** Runs {@code work} in one transaction: everything it writes lands, or nothing does. */
    public <T> T inTransactionResult(Function<Transaction, T> work) {
        return dsl.transactionResult(cfg -> work.apply(new Transaction(DSL.using(cfg))));
    }

    public void inTransaction(Consumer<Transaction> work) {
        dsl.transaction(cfg -> work.accept(new Transaction(DSL.using(cfg))));
    }

    /** A consistent copy of the open database (H2 {@code BACKUP TO}), e.g. on the user's demand. */
    public Path backupNow(StoreOptions options) {
        return new DatabaseBackup(file, options.backupsToKeep(), options.clock()).create(pool);
    }

    @Override
    public void close() {
        // Closing the pooled connections closes the database (the last connection ends it). Only
        // if a connection is still lent out is SHUTDOWN forced; a SHUTDOWN while the pool still
        // holds idle connections would make H2 write a *.trace.db next to the user's file.
        if (pool.getActiveConnections() > 0) {
            LOG.log(System.Logger.Level.WARNING, "Datenbank wird mit {0} offenen Verbindungen geschlossen",
                    pool.getActiveConnections());
            try (Connection c = pool.getConnection()) {
                c.createStatement().execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "Datenbank konnte nicht sauber geschlossen werden", e);
            }
        }
        closeQuietly(pool, lock, lockChannel);
    }
}
