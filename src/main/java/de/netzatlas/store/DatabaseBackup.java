package de.netzatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

/**
 * Timestamped backups next to the database file ({@code netzatlas-backup-20261129-101500-000.zip}),
 * written with H2's online {@code BACKUP TO} so the copy is consistent. A backup is written under a
 * temporary name, then <em>verified</em> (unpacked into a temporary folder, opened read-only and
 * every table counted against the live database) and only then renamed to its final name: a file
 * with a final backup name is always complete. Only the newest N are kept, never the one a
 * migration still relies on.
 */
final class DatabaseBackup {

    private static final System.Logger LOG = System.getLogger(DatabaseBackup.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    static final String PARTIAL_SUFFIX = ".unvollstaendig";

    private final Path file;
    private final int keep;
    private final Clock clock;
    private final DatabaseKey key;

    DatabaseBackup(Path file, int keep, Clock clock) {
        this(file, keep, clock, DatabaseKey.none());
    }

    DatabaseBackup(Path file, int keep, Clock clock, DatabaseKey key) {
        this.file = file;
        this.key = key;
        this.keep = keep;
        this.clock = clock;
    }

    /** Writes, verifies and publishes a backup of the open database; prunes old ones except {@code protect}. */
    Path create(DataSource live, Optional<Path> protect) {
        Path target = file.resolveSibling(prefix() + STAMP.format(LocalDateTime.now(clock)) + ".zip");
        writeVerified(live, file, target, key);
        prune(protect);
        return target;
    }

    /**
     * Writes a backup of the open database {@code file} to {@code target} (replacing it): under a
     * temporary name, verified (unpacked, opened read-only, every table counted against the live
     * database), owner-only, then renamed. Returns the rows per table the backup holds.
     */
    static Map<String, Long> writeVerified(DataSource live, Path file, Path target, DatabaseKey key) {
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL_SUFFIX);
        try {
            Files.deleteIfExists(partial);
            Map<String, Long> counts;
            try (Connection c = live.getConnection(); Statement st = c.createStatement()) {
                counts = tableCounts(c);
                st.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            PrivateFiles.restrict(partial);
            Map<String, Long> copied = verify(partial, key);
            if (!copied.equals(counts)) {
                throw new StoreException("Die Sicherung „" + target.getFileName() + "“ stimmt nicht mit der Datenbank überein "
                        + "(Zeilen je Tabelle: Datenbank " + counts + ", Sicherung " + copied + ").");
            }
            PrivateFiles.publish(partial, target);
            return copied;
        } catch (SQLException | IOException | StoreException e) {
            deleteQuietly(partial);
            throw new StoreException("Von der Datenbank „" + file + "“ konnte keine vollständige Sicherung angelegt werden; "
                    + "die Datenbank wurde nicht verändert: " + StoreMessages.german(e), e);
        }
    }

    Path create(DataSource live) {
        return create(live, Optional.empty());
    }

    /** The backups with a final name, oldest first. */
    List<Path> existing() {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix())
                            && p.getFileName().toString().endsWith(".zip"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The newest backup that unpacks and opens as a Netzatlas database, if any. */
    Optional<Path> newestValid() {
        List<Path> all = new ArrayList<>(existing());
        Collections.reverse(all);
        for (Path p : all) {
            try {
                verify(p, key);
                return Optional.of(p);
            } catch (IOException | SQLException | StoreException e) {
                LOG.log(System.Logger.Level.WARNING, "Sicherung unbrauchbar: " + p + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Unpacks {@code backup} into a temporary folder, opens it read-only and counts the rows of every
     * table. Throws when the zip is incomplete or the copy is no Netzatlas database.
     */
    static Map<String, Long> verify(Path backup) throws IOException, SQLException {
        return verify(backup, DatabaseKey.none());
    }

    static Map<String, Long> verify(Path backup, DatabaseKey key) throws IOException, SQLException {
        return verify(backup, key, db -> { });
    }

    /** What else to check on the unpacked copy of a backup (the path of its {@code .mv.db}). */
    interface CopyCheck {
        void check(Path unpacked) throws SQLException;
    }

    /** As {@link #verify(Path)}, running {@code extra} on the unpacked copy after the count. */
    static Map<String, Long> verify(Path backup, DatabaseKey key, CopyCheck extra) throws IOException, SQLException {
        Path tmp = Files.createTempDirectory(backup.getParent(), ".pruefung-");
        try {
            Path db = tmp.resolve("pruefung" + DatabaseLocation.FILE_SUFFIX);
            unpack(backup, db);
            try {
                Database.checkPassword(db, key);
            } catch (DatabasePasswordException e) {
                throw new StoreException(switch (e.reason()) {
                    case MISSING -> "Die Sicherung „" + backup + "“ ist verschlüsselt; bitte das Passwort mit --password-file angeben.";
                    case WRONG -> "Falsches Passwort für die Sicherung " + backup + ".";
                    case NOT_ENCRYPTED -> "Die Sicherung „" + backup + "“ ist nicht verschlüsselt; bitte ohne Passwort zurückspielen.";
                }, e);
            }
            try (Connection c = DatabaseLocation.readOnly(db, key)) {
                Map<String, Long> counts = tableCounts(c);
                if (!counts.containsKey("flyway_schema_history")) {
                    throw new StoreException("„" + backup.getFileName() + "“ enthält keine Netzatlas-Datenbank.");
                }
                extra.check(db);
                return counts;
            }
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Collections.reverseOrder()).forEach(DatabaseBackup::deleteQuietly);
            }
        }
    }

    /** Writes the database file held by {@code backup} to {@code target} (which must not be in use). */
    static void unpack(Path backup, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(DatabaseLocation.FILE_SUFFIX))
                    .findFirst()
                    .orElseThrow(() -> new StoreException("„" + backup.getFileName() + "“ enthält keine Datenbankdatei."));
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        PrivateFiles.restrict(target);
    }

    /**
     * Puts the database held by {@code backup} in place of {@code file} (which must not be open): it is
     * unpacked next to the file and renamed over it in one step, so a kill leaves either the old or
     * the restored file, never a mix.
     */
    static void restore(Path backup, Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".wiederherstellung");
        unpack(backup, temp);
        PrivateFiles.publish(temp, file);
    }

    /** The base tables of the PUBLIC schema, as H2 names them. */
    static List<String> tableNames(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Rows per table of the PUBLIC schema (lower-case names). */
    static Map<String, Long> tableCounts(Connection c) throws SQLException {
        List<String> tables = tableNames(c);
        Map<String, Long> counts = new TreeMap<>();
        try (Statement st = c.createStatement()) {
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    counts.put(t.toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private void prune(Optional<Path> protect) {
        List<Path> all = new ArrayList<>(existing());
        protect.ifPresent(all::remove);
        int keepHere = protect.isPresent() ? keep - 1 : keep;
        for (int i = 0; i < all.size() - Math.max(0, keepHere); i++) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Alte Sicherung nicht gelöscht: " + all.get(i), e);
            }
        }
    }

    private String prefix() {
        return DatabaseLocation.h2Name(file).substring(file.getParent().toString().length() + 1) + "-backup-";
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Datei nicht gelöscht: " + p, e);
        }
    }
}
