package de.netzatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Timestamped backups next to the database file ({@code netzatlas-backup-20261129-101500.zip}),
 * written with H2's online {@code BACKUP TO} so the copy is consistent; only the newest N are kept.
 */
final class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path file;
    private final int keep;
    private final Clock clock;

    DatabaseBackup(Path file, int keep, Clock clock) {
        this.file = file;
        this.keep = keep;
        this.clock = clock;
    }

    Path create(JdbcConnectionPool pool) {
        Path target = file.resolveSibling(prefix() + STAMP.format(LocalDateTime.now(clock)) + ".zip");
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new StoreException("Vor der Aktualisierung der Datenbank „" + file
                    + "“ konnte keine Sicherung angelegt werden; die Datenbank wurde nicht verändert: "
                    + e.getMessage(), e);
        }
        prune();
        return target;
    }

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

    private void prune() {
        List<Path> all = existing();
        for (int i = 0; i < all.size() - keep; i++) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException e) {
                System.getLogger(DatabaseBackup.class.getName())
                        .log(System.Logger.Level.WARNING, "Alte Sicherung nicht gelöscht: " + all.get(i), e);
            }
        }
    }

    private String prefix() {
        return DatabaseLocation.h2Name(file).substring(file.getParent().toString().length() + 1) + "-backup-";
    }
}
