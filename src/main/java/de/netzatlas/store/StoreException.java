package de.netzatlas.store;

/**
 * A database problem the user must act on (file locked, unreadable, written by a newer version).
 * The message is German and names the file; the command line maps it to exit code 4.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
