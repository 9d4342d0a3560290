package de.netzatlas.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A small file next to the database while a step runs that H2 cannot be trusted to undo after a
 * kill, naming the verified backup taken right before it (decisions 0019, 0020). Written atomically
 * after the backup and before the step's first statement, deleted when the step is done. Finding one
 * on open means the step was interrupted.
 * <ul>
 * <li>{@code <name>.migration}: Flyway migrates; H2 runs DDL outside transactions, so the file may be
 * half-migrated and is restored from the backup before the migration is tried again.</li>
 * <li>{@code <name>.schreibvorgang}: a large write (an import) runs in one transaction; after a kill
 * H2 2.5.252 has been seen to leave such a transaction half in its indexes. The file is checked and,
 * if it contradicts itself, restored from the backup.</li>
 * </ul>
 */
final class Journal {

    /** What the journal says: the backup's file name and the step's details. */
    record Entry(String backup, Properties values) {
        String get(String key) {
            return values.getProperty(key, "?");
        }

        /** When the step began, as a planner reads it ("03.12.2026, 14:05:09"). */
        String startedText() {
            try {
                return java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu, HH:mm:ss")
                        .format(Instant.parse(get("started")).atZone(java.time.ZoneId.systemDefault()));
            } catch (java.time.format.DateTimeParseException e) {
                return get("started");
            }
        }
    }

    private final Path journal;

    private Journal(Path databaseFile, String suffix) {
        this.journal = databaseFile.resolveSibling(databaseFile.getFileName().toString()
                .replace(DatabaseLocation.FILE_SUFFIX, "") + suffix);
    }

    /** The journal of a running schema migration. */
    static Journal migration(Path databaseFile) {
        return new Journal(databaseFile, ".migration");
    }

    /** The journal of a running large write (import). */
    static Journal largeWrite(Path databaseFile) {
        return new Journal(databaseFile, ".schreibvorgang");
    }

    Path path() {
        return journal;
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
            throw new StoreException("Die Datei „" + journal + "“ (unterbrochener Vorgang) nennt keine Sicherung. "
                    + "Bitte wenden Sie sich an den IT-Service; die Datenbank wurde nicht verändert.");
        }
        return Optional.of(new Entry(backup, p));
    }

    void write(Path backup, Map<String, String> values) throws IOException {
        Properties p = new Properties();
        p.putAll(values);
        p.setProperty("backup", backup.getFileName().toString());
        p.setProperty("started", Instant.now().toString());
        Path temp = journal.resolveSibling(journal.getFileName() + ".neu");
        Files.deleteIfExists(temp);
        PrivateFiles.createIfMissing(temp);
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(w, "Netzatlas: Vorgang läuft. Nicht löschen.");
        }
        PrivateFiles.publish(temp, journal);
    }

    void delete() throws IOException {
        Files.deleteIfExists(journal);
    }
}
