package de.netzatlas;

import java.nio.file.Path;
import java.util.List;

import de.netzatlas.app.Logging;
import de.netzatlas.cli.Desktop;
import de.netzatlas.cli.NetzatlasCommand;
import de.netzatlas.map.BenchFigure;
import de.netzatlas.ui.mobile.MobileUiBenchmark;
import de.netzatlas.ui.shell.NetzatlasApp;

/**
 * The one entry point. A plain class (not an {@code Application}) so that {@code java -jar} and
 * jpackage can start it with JavaFX on the class path. No arguments open the window; a
 * subcommand runs headless on the same services. The command line gets the window as a
 * {@link Desktop} callback, so {@code cli} and {@code ui} never import each other.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Logging.configure();
        int exitCode = NetzatlasCommand.commandLine(System.out, System.err, System.getenv(), new FxDesktop())
                .execute(args);
        System.exit(exitCode);
    }

    /** The JavaFX face: the application window and the view-model benchmarks. */
    private static final class FxDesktop implements Desktop {

        @Override
        public void openWindow(Path databaseFile) {
            NetzatlasApp.launch(databaseFile);
        }

        @Override
        public List<BenchFigure> mobileUiBenchmark(int sites) {
            return new MobileUiBenchmark(sites).run();
        }
    }
}
