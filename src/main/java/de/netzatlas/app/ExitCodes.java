package de.netzatlas.app;

/** Exit codes scripts rely on. */
public final class ExitCodes {

    public static final int OK = 0;
    /** An unexpected failure (a fault, not the planner's input); the German message says what. */
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int VALIDATION = 3;
    /** The database is locked, unreadable, too new, or (for a command that only reads) does not exist. */
    public static final int DATABASE = 4;
    /** An output file cannot be written (folder not writable, parent is a file); checked before the work starts. */
    public static final int OUTPUT = 5;

    private ExitCodes() {
    }
}
