package de.netzatlas.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import picocli.CommandLine.Mixin;

/**
 * A {@code list} subcommand ({@code schools list}, {@code sites list}, {@code mobile list},
 * {@code projects list}): the rows either as CSV or as an aligned table followed, when demo rows are
 * among them, by the demo note. The subclass declares the options (their texts are the interface)
 * and draws its table. Every list takes {@code --as-of DATUM} ({@link AsOfOption}): the rows as they
 * stood on that day, announced on stderr.
 */
abstract class ListSubcommand<A> extends Subcommand {

    static final String DEMO_NOTE = "Enthält Demodaten: synthetisch, nicht amtlich (entfernen mit: netzatlas demo remove).";

    private final Predicate<A> demo;

    @Mixin
    AsOfOption asOf;

    ListSubcommand(Predicate<A> demo) {
        this.demo = demo;
    }

    /** The {@code --format} the subclass declares. */
    abstract RegionsCommand.Format format();

    /** The rows to print: as they stood on {@link #asOf()} when given, else as they are. */
    abstract List<A> rows(AppServices services);

    /** The day of {@code --as-of}, if given. */
    final Optional<LocalDate> asOf() {
        return asOf.date();
    }

    abstract void csv(PrintWriter out, List<A> rows, AppServices services);

    abstract void table(PrintWriter out, List<A> rows, AppServices services);

    @Override
    public final Integer call() {
        try (AppServices services = openExistingServices()) {
            asOf.announce(err());
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
