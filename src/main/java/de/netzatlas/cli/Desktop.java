package de.netzatlas.cli;

import java.nio.file.Path;
import java.util.List;

import de.netzatlas.map.BenchFigure;

/**
 * What the command line needs of the JavaFX face, handed in by {@link de.netzatlas.Launcher} so
 * that {@code cli} never imports {@code ui}: the window (no subcommand) and the view-model half of
 * {@code bench mobile}.
 */
public interface Desktop {

    /** Opens the main window on this database file and returns when it is closed. */
    void openWindow(Path databaseFile);

    /** The planner-facing mobile figures (list filter, map redraw) for {@code sites} synthetic sites. */
    List<BenchFigure> mobileUiBenchmark(int sites);
}
