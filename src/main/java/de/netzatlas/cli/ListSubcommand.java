package de.netzatlas.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Predicate;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;

/**
 * A {@code list} subcommand ({@code schools list}, {@code sites list}, {@code mobile list},
 * {@code projects list}): the rows either as CSV or as an aligned table followed, when demo rows are
 * among them, by the demo note. The subclass declares the options (their texts are the interface)
 * and draws its table.
 */
abstract class ListSubcommand<A> extends Subcommand {

    static final String DEMO_NOTE = "Enthält Demodaten: synthetisch, nicht amtlich (entfernen mit: netzatlas demo remove).";

    private final Predicate<A> demo;

    ListSubcommand(Predicate<A> demo) {
        this.demo = demo;
    }

    /** The {@code --format} the subclass declares. */
    abstract RegionsCommand.Format format();

    abstract List<A> rows(AppServices services);

    abstract void csv(PrintWriter out, List<A> rows, AppServices services);

    abstract void table(PrintWriter out, List<A> rows, AppServices services);

    @Override
    public final Integer call() {
        try (AppServices services = openServices()) {
            List<A> rows = rows(services);
            PrintWriter out = out();
            if (format() == RegionsCommand.Format.csv) {
                csv(out, rows, services);
            } else {
                table(out, rows, services);
                if (rows.stream().anyMatch(demo)) {
                    out.println(DEMO_NOTE);
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
