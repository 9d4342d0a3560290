package de.netzatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The file is damaged, truncated or no Netzatlas database. It was not changed; the message names it,
 * the newest backup that opens and the command that puts that backup back.
 */
public final class DatabaseDamagedException extends StoreException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final transient Path backup;

    public DatabaseDamagedException(Path file, String reason, Optional<Path> backup) {
        this(file, reason, backup, null);
    }

    public DatabaseDamagedException(Path file, String reason, Optional<Path> backup, Throwable cause) {
        super(message(file, reason, backup), cause);
        this.backup = backup.orElse(null);
    }

    /** The newest valid backup next to the file, if there is one. */
    public Optional<Path> backup() {
        return Optional.ofNullable(backup);
    }

    private static String message(Path file, String reason, Optional<Path> backup) {
        String head = "Die Datenbank „" + file + "“ ist beschädigt oder keine Netzatlas-Datenbank: " + reason
                + " Die Datei wurde nicht verändert.";
        if (backup.isEmpty()) {
            return head + " Neben der Datei liegt keine gültige Sicherung; bitte wenden Sie sich an den IT-Service"
                    + " (die Datei nicht löschen).";
        }
        Path b = backup.get();
        String when;
        try {
            when = " vom " + WHEN.format(Files.getLastModifiedTime(b).toInstant());
        } catch (IOException e) {
            when = "";
        }
        return head + " Neueste gültige Sicherung: „" + b + "“" + when + ". Wiederherstellen mit: netzatlas --db \""
                + file + "\" restore \"" + b + "\" (die beschädigte Datei wird dabei aufbewahrt).";
    }
}
