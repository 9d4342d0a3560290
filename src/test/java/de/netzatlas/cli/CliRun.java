package de.netzatlas.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import de.netzatlas.map.BenchFigure;
import de.netzatlas.ui.mobile.MobileUiBenchmark;

/** Runs the command line in-process and captures what it printed, for the CLI tests. */
public record CliRun(int exitCode, String out, String err) {

    /** The JavaFX face as the launcher hands it in, except that a CLI test never opens a window. */
    private static final Desktop NO_WINDOW = new Desktop() {
        @Override
        public void openWindow(Path databaseFile) {
            throw new AssertionError("a CLI test opened the window on " + databaseFile);
        }

        @Override
        public List<BenchFigure> mobileUiBenchmark(int sites) {
            return new MobileUiBenchmark(sites).run();
        }
    };

    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = NetzatlasCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), NO_WINDOW).execute(args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
