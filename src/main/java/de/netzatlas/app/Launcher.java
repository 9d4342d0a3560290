package de.netzatlas.app;

/**
 * The one entry point. A plain class (not an {@code Application}) so that {@code java -jar} and
 * jpackage can start it with JavaFX on the class path. No arguments open the window; a
 * subcommand runs headless on the same services.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Logging.configure();
        int exitCode = NetzatlasCommand.commandLine(System.out, System.err, System.getenv()).execute(args);
        System.exit(exitCode);
    }
}
