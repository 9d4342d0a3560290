package de.netzatlas.app;

/** Exit codes scripts rely on. */
public final class ExitCodes {

    public static final int OK = 0;
    /** An unexpected failure (a fault, not the planner's input); the German message says what. */
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int VALIDATION = 3;
    public static final int DATABASE = 4;

    private ExitCodes() {
    }
}
