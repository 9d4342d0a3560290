package de.netzatlas.store;

import java.nio.file.Path;

/**
 * The password does not fit the database file: the file is encrypted and no password was given, a
 * password was given for a plain file, or the password is wrong. Thrown before anything touches the
 * file (exit 4 on the command line, the window asks again). The message never holds the password.
 */
public final class DatabasePasswordException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** Why the password does not fit. */
    public enum Reason { MISSING, WRONG, NOT_ENCRYPTED }

    private final transient Path file;
    private final Reason reason;

    private DatabasePasswordException(Path file, Reason reason, String message) {
        super(message);
        this.file = file;
        this.reason = reason;
    }

    static DatabasePasswordException encrypted(Path file) {
        return new DatabasePasswordException(file, Reason.MISSING, "Die Datenbank „" + file + "“ ist verschlüsselt. "
                + "Bitte das Passwort in einer nur für Sie lesbaren Datei angeben: netzatlas --db \"" + file
                + "\" --password-file PASSWORTDATEI … (das Programmfenster fragt beim Start danach).");
    }

    static DatabasePasswordException wrong(Path file) {
        return new DatabasePasswordException(file, Reason.WRONG, "Falsches Passwort für die Datenbank " + file
                + ". Die Datei wurde nicht verändert.");
    }

    static DatabasePasswordException notEncrypted(Path file) {
        return new DatabasePasswordException(file, Reason.NOT_ENCRYPTED, "Die Datenbank „" + file
                + "“ ist nicht verschlüsselt; bitte ohne Passwort öffnen (oder mit „netzatlas db encrypt“ verschlüsseln).");
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
