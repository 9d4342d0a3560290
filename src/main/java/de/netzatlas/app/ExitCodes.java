package de.netzatlas.app;

/** Exit codes scripts rely on. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int VALIDATION = 3;
    public static final int DATABASE = 4;

    private ExitCodes() {
    }
}
