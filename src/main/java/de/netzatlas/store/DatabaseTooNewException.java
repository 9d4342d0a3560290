package de.netzatlas.store;

import java.nio.file.Path;

/** The file was migrated by a newer Netzatlas; opening it here could damage it. */
public final class DatabaseTooNewException extends StoreException {

    private static final long serialVersionUID = 1L;

    public DatabaseTooNewException(Path file, String fileVersion, String knownVersion) {
        super("Die Datenbank „" + file + "“ wurde von einer neueren Netzatlas-Version geschrieben (Schema "
                + fileVersion + "; diese Version kennt Schema bis " + knownVersion + "). "
                + "Bitte installieren Sie die aktuelle Netzatlas-Version. Die Datei wurde nicht verändert.");
    }
}
