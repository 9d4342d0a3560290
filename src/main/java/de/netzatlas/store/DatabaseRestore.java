package de.netzatlas.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * {@code netzatlas restore SICHERUNG.zip}: puts a verified backup in place of the database file while
 * no Netzatlas has it open. The file that was there is kept as
 * {@code <name>-vor-wiederherstellung-<zeit>.mv.db}; nothing is deleted.
 */
public final class DatabaseRestore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What the restore did. */
    public record Restored(Path file, Path backup, Optional<Path> previous) {
    }

    private DatabaseRestore() {
    }

    /** Copies {@code file} to {@code <name>-<label>-<zeit>.mv.db} beside it (complete or not at all). */
    static Path keepBeside(Path file, String label, Clock clock) throws IOException {
        String base = file.getFileName().toString().replace(DatabaseLocation.FILE_SUFFIX, "");
        Path keep = file.resolveSibling(base + "-" + label + "-" + STAMP.format(LocalDateTime.now(clock))
                + DatabaseLocation.FILE_SUFFIX);
        Path temp = keep.resolveSibling(keep.getFileName() + ".neu");
        Files.copy(file, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        PrivateFiles.publish(temp, keep);
        if (label.equals(INTERRUPTED)) {
            prune(file.resolveSibling(""), base + "-" + label + "-");
        }
        return keep;
    }

    /** Label of the file found after an interrupted large write (backup + its uncommitted part). */
    static final String INTERRUPTED = "unterbrochen";
    /** How many files of interrupted large writes stay beside the database; damaged files all stay. */
    static final int INTERRUPTED_TO_KEEP = 3;

    /**
     * Deletes all but the newest {@link #INTERRUPTED_TO_KEEP} files of interrupted large writes: they
     * hold nothing committed (the write did not finish, nothing else commits meanwhile), only what a
     * planner might want to look at right after the crash, and a laptop that crashes often would
     * otherwise fill its disk with copies of the database.
     */
    private static void prune(Path dir, String prefix) throws IOException {
        java.util.List<Path> kept;
        try (var files = Files.list(dir)) {
            kept = files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(DatabaseLocation.FILE_SUFFIX);
            }).sorted(java.util.Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        for (Path old : kept.subList(Math.min(INTERRUPTED_TO_KEEP, kept.size()), kept.size())) {
            Files.deleteIfExists(old);
        }
    }

    /**
     * A backup written by a newer Netzatlas (its schema history holds migrations this program does
     * not know) is refused: opening it here could damage it.
     */
    private static void refuseNewerSchema(Path copy, Path backup, DatabaseKey key) {
        org.h2.jdbcx.JdbcDataSource ds = DatabaseLocation.dataSource(DatabaseLocation.readOnlyUrl(copy, key), key);
        try {
            Database.refuseNewerSchema(Database.flyway(ds, StoreOptions.defaults()).info(), copy);
        } catch (DatabaseTooNewException e) {
            throw new StoreException("Die Sicherung „" + backup + "“ stammt von einer neueren Netzatlas-Version "
                    + "und kann hier nicht zurückgespielt werden. " + e.getMessage().replaceFirst("^.*?\\(", "(")
                    .replace("Die Datei wurde nicht verändert.", "Die Datenbankdatei wurde nicht verändert."), e);
        }
    }

    public static Restored restore(Path requested, Path backup, Clock clock) {
        return restore(requested, backup, clock, DatabaseKey.none());
    }

    /**
     * Restores {@code backup}, whose database is encrypted with {@code key}'s password if it has one
     * (an encrypted database's backups are encrypted the same way: {@code BACKUP TO} copies the file).
     */
    public static Restored restore(Path requested, Path backup, Clock clock, DatabaseKey key) {
        Path file = DatabaseLocation.normalise(requested);
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("Die Sicherung „" + backup + "“ gibt es nicht.");
        }
        try {
            Files.createDirectories(file.getParent());
            PrivateFiles.createIfMissing(Database.lockFile(file));
            try (FileChannel channel = FileChannel.open(Database.lockFile(file), StandardOpenOption.WRITE);
                 FileLock lock = Database.tryLock(channel, file)) {
                DatabaseBackup.verify(backup, key, copy -> refuseNewerSchema(copy, backup, key));
                Optional<Path> previous = Files.exists(file)
                        ? Optional.of(keepBeside(file, "vor-wiederherstellung", clock)) : Optional.empty();
                DatabaseBackup.restore(backup, file);
                Journal.migration(file).delete();
                Journal.largeWrite(file).delete();
                // the restored file is older than the version the lock file expects: expect nothing
                Database.LockState.CLOSED.write(channel, -1);
                return new Restored(file, backup, previous);
            }
        } catch (IOException | SQLException e) {
            throw new StoreException("Die Sicherung „" + backup + "“ kann nicht nach „" + file + "“ zurückgespielt werden: "
                    + StoreMessages.german(e) + " Die Datenbankdatei wurde nicht verändert.", e);
        }
    }
}
