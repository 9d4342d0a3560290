package de.netzatlas.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code <name>.migration} next to the database while Flyway migrates it: which verified backup was
 * taken before, from and to which schema version. Written (atomically) after the backup and before
 * the first migration statement, deleted when the migration succeeded. Finding it on open means the
 * last migration was interrupted: H2 runs DDL outside transactions, so the file may be half-migrated
 * and is restored from that backup before the migration is tried again (decision 0019).
 */
final class MigrationJournal {

    /** What the journal says. */
    record Entry(String backup, String from, String to, String started) {
    }

    private final Path journal;

    MigrationJournal(Path databaseFile) {
        this.journal = databaseFile.resolveSibling(databaseFile.getFileName().toString()
                .replace(DatabaseLocation.FILE_SUFFIX, "") + ".migration");
    }

    Optional<Entry> read() throws IOException {
        if (!Files.exists(journal)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String backup = p.getProperty("backup");
        if (backup == null || backup.isBlank()) {
            throw new StoreException("Die Datei „" + journal + "“ (unterbrochene Aktualisierung) nennt keine Sicherung. "
                    + "Bitte wenden Sie sich an den IT-Service; die Datenbank wurde nicht verändert.");
        }
        return Optional.of(new Entry(backup, p.getProperty("from", "?"), p.getProperty("to", "?"),
                p.getProperty("started", "?")));
    }

    void write(Path backup, String from, String to) throws IOException {
        Properties p = new Properties();
        p.setProperty("backup", backup.getFileName().toString());
        p.setProperty("from", from);
        p.setProperty("to", to);
        p.setProperty("started", Instant.now().toString());
        Path temp = journal.resolveSibling(journal.getFileName() + ".neu");
        Files.deleteIfExists(temp);
        PrivateFiles.createIfMissing(temp);
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(w, "Netzatlas: Datenbank-Aktualisierung läuft. Nicht löschen.");
        }
        PrivateFiles.publish(temp, journal);
    }

    void delete() throws IOException {
        Files.deleteIfExists(journal);
    }
}
