package de.netzatlas.store;

import java.nio.file.Path;

/** Another Netzatlas instance holds the database file. */
public final class DatabaseLockedException extends StoreException {

    private static final long serialVersionUID = 1L;

    public DatabaseLockedException(Path file) {
        super("Die Datenbank „" + file + "“ wird bereits von einer anderen Netzatlas-Instanz verwendet. "
                + "Bitte schließen Sie das andere Netzatlas-Fenster oder wählen Sie mit --db eine andere Datei.");
    }
}
