package de.netzatlas.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.stream.Stream;

import org.h2.tools.ChangeFileEncryption;

/**
 * {@code netzatlas db encrypt|decrypt|passwd}: changes the file encryption of a closed database
 * (decision 0025). The database is opened once with the current password (probe, crash settling,
 * migrations as always) and a verified backup is written; then, under the instance lock, a copy of
 * the file in a private folder beside it is converted with H2's {@code ChangeFileEncryption},
 * opened read-only with the new password, its rows per table compared with the backup's, and only
 * then renamed onto the database in one step. On any failure the database file stays as it was.
 */
public final class DatabaseEncryption {

    private static final System.Logger LOG = System.getLogger(DatabaseEncryption.class.getName());

    /** What a change did: the file, the backup written first (with the old protection), the rows per table. */
    public record Changed(Path file, Path backup, Map<String, Long> tableCounts) {
    }

    private DatabaseEncryption() {
    }

    /**
     * Re-keys {@code requested} from {@code current} to {@code next} (either may be none, not both;
     * not the same password). {@code options} name the backup folder's clock and count.
     */
    public static Changed change(Path requested, DatabaseKey current, DatabaseKey next, StoreOptions options) {
        Path file = DatabaseLocation.normalise(requested);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("Datenbank nicht gefunden: " + file);
        }
        if (!current.present() && !next.present()) {
            throw new StoreException("Die Datenbank „" + file + "“ ist nicht verschlüsselt; es gibt nichts zu entschlüsseln.");
        }
        if (current.present() && next.present() && current.samePassword(next)) {
            throw new StoreException("Das neue Passwort ist dasselbe wie das bisherige; die Datenbank wurde nicht verändert.");
        }
        Path backup;
        Map<String, Long> counts;
        try (Database db = Database.open(file, options, current)) {
            backup = db.backupNow(options);
        }
        try {
            counts = DatabaseBackup.verify(backup, current);
        } catch (IOException | SQLException e) {
            throw new StoreException("Die Sicherung „" + backup + "“ lässt sich nicht prüfen: " + StoreMessages.german(e)
                    + " Die Datenbank wurde nicht verändert.", e);
        }
        try (FileChannel channel = FileChannel.open(Database.lockFile(file), StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = Database.tryLock(channel, file)) {
            Path work = Files.createTempDirectory(file.getParent(), ".umschluesselung-");
            try {
                Path copy = work.resolve("umschluesselung" + DatabaseLocation.FILE_SUFFIX);
                Files.copy(file, copy);
                PrivateFiles.restrict(copy);
                convert(work, current, next);
                Database.checkPassword(copy, next);
                Map<String, Long> converted;
                try (Connection c = DatabaseLocation.readOnly(copy, next)) {
                    converted = DatabaseBackup.tableCounts(c);
                }
                if (!converted.equals(counts)) {
                    throw new StoreException("Die umgeschlüsselte Kopie hat andere Zeilenzahlen (" + converted + " statt " + counts + ").");
                }
                long version;
                try (var store = Database.readOnlyStore(copy, next)) {
                    version = store.getCurrentVersion();
                }
                PrivateFiles.publish(copy, file);
                Database.LockState.CLOSED.write(channel, version);
            } finally {
                deleteTree(work);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            if (e instanceof DatabaseLockedException locked) {
                throw locked;
            }
            throw new StoreException("Die Verschlüsselung der Datenbank „" + file + "“ konnte nicht geändert werden ("
                    + StoreMessages.german(e) + "). Die Datenbank wurde nicht verändert; die Sicherung „" + backup
                    + "“ liegt bereit.", e);
        }
        return new Changed(file, backup, counts);
    }

    /** H2's tool on the copy's folder (which holds nothing else); the passwords' arrays are cleared. */
    private static void convert(Path work, DatabaseKey current, DatabaseKey next) throws SQLException {
        char[] decrypt = current.filePassword();
        char[] encrypt = next.filePassword();
        try {
            ChangeFileEncryption.execute(work.toString(), "umschluesselung", "AES", decrypt, encrypt, true);
        } finally {
            if (decrypt != null) {
                Arrays.fill(decrypt, '\0');
            }
            if (encrypt != null) {
                Arrays.fill(encrypt, '\0');
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "Datei nicht gelöscht: " + p, e);
                }
            });
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Ordner nicht gelöscht: " + dir, e);
        }
    }
}
