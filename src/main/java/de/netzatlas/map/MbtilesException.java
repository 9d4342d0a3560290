package de.netzatlas.map;

/** An MBTiles file that cannot be used; the message is German and names the file. */
public final class MbtilesException extends Exception {

    private static final long serialVersionUID = 1L;

    public MbtilesException(String message) {
        super(message);
    }

    public MbtilesException(String message, Throwable cause) {
        super(message, cause);
    }
}
