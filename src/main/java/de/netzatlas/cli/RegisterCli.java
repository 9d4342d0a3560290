package de.netzatlas.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.asset.AssetStatus;
import de.netzatlas.asset.LocatedAsset;
import de.netzatlas.exchange.ImportResult;
import de.netzatlas.exchange.Problem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the register subcommands (schools, sites, mobile) share: the Kreis/status filter, import
 * with German error lines and exit 3, export of the real records (demo records left out, decision
 * 0017), and the list, import and export subcommands of the registers whose texts differ only by name.
 */
final class RegisterCli {

    private RegisterCli() {
    }

    /**
     * A register as its commands see it: the import target's id, the plural for messages
     * („Schulen“), its live records, its CSV writer (the columns of the import) and a record as it stood
     * on a day ({@link ValidTime}; given the services and the day, it reads the audit dates once).
     */
    record Register<A extends LocatedAsset<?>>(String target, String plural, Function<AppServices, List<A>> all,
                                               BiConsumer<Writer, List<A>> csv,
                                               BiFunction<AppServices, LocalDate, java.util.function.UnaryOperator<A>> on) {

        /** The live records in a Kreis (all if null) with a status (any if null), by Gemeinde and name. */
        List<A> filtered(AppServices s, String kreis, AssetStatus status) {
            return filtered(s, kreis, status, Optional.empty());
        }

        /** As {@link #filtered(AppServices, String, AssetStatus)}, each record (and its status) as on {@code day} if given. */
        List<A> filtered(AppServices s, String kreis, AssetStatus status, Optional<LocalDate> day) {
            java.util.function.UnaryOperator<A> then = day.map(d -> on.apply(s, d))
                    .orElse(java.util.function.UnaryOperator.identity());
            return all.apply(s).stream()
                    .map(then)
                    .filter(x -> kreis == null || s.regions().byAgs(x.gemeindeAgs())
                            .map(r -> kreis.equals(r.parentAgs())).orElse(false))
                    .filter(x -> status == null || x.status() == status)
                    .sorted(Comparator.<A, String>comparing(LocatedAsset::gemeindeAgs).thenComparing(LocatedAsset::name))
                    .toList();
        }
    }

    /**
     * {@code REGISTER list [--kreis AGS] [--status STATUS] [--format table|csv]}: the records in
     * the Kreis with the status, CSV in the columns of the import. The subclass declares
     * {@code --kreis} and {@code --status} (their texts and the status type are the register's).
     */
    abstract static class ListRecords<A extends LocatedAsset<?>> extends ListSubcommand<A> {

        private final Register<A> register;

        @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
                description = "Ausgabeformat: table (Standard) oder csv (Spalten wie beim Import)")
        RegionsCommand.Format format;

        ListRecords(Register<A> register) {
            super(LocatedAsset::demo);
            this.register = register;
        }

        abstract String kreis();

        abstract AssetStatus status();

        @Override
        final RegionsCommand.Format format() {
            return format;
        }

        @Override
        final List<A> rows(AppServices services) {
            return register.filtered(services, kreis(), status(), asOf());
        }

        @Override
        final void csv(PrintWriter out, List<A> rows, AppServices services) {
            register.csv().accept(out, rows);
        }
    }

    /** {@code REGISTER import DATEI}: a CSV file into the register, all rows or none. */
    abstract static class Import extends Subcommand {

        private final Register<?> register;

        @Parameters(paramLabel = "DATEI", description = "CSV-Datei (Spalten siehe README)")
        Path file;

        Import(Register<?> register) {
            this.register = register;
        }

        @Override
        public final Integer call() {
            return importFile(spec, root(), register.target(), file, "nichts importiert.", summary(register.plural()));
        }
    }

    /** {@code REGISTER export DATEI [--kreis AGS]}: the real records as CSV, wieder importierbar. */
    abstract static class Export<A extends LocatedAsset<?>> extends Subcommand {

        private final Register<A> register;

        @Parameters(paramLabel = "DATEI", description = "Zieldatei, oder - für die Standardausgabe")
        String file;

        Export(Register<A> register) {
            this.register = register;
        }

        /** The {@code --kreis} the subclass declares (its text names the register's records). */
        abstract String kreis();

        @Override
        public final Integer call() throws IOException {
            try (AppServices services = openExistingServices()) {
                List<A> all = register.filtered(services, kreis(), null);
                List<A> real = all.stream().filter(a -> !a.demo()).toList();
                export(spec, file, w -> {
                    register.csv().accept(w, real);
                    return real.size();
                }, "%d " + register.plural() + " exportiert nach %s.%n", all.size());
                return ExitCodes.OK;
            }
        }
    }

    /**
     * A register's import command as a thin wrapper over the exchange framework
     * ({@link de.netzatlas.exchange.ExchangeService#importRegisterFile}): problems on stderr as
     * {@code file:row:column: message} (warnings prefixed), exit 3 on any error with nothing written.
     */
    static int importFile(CommandSpec spec, NetzatlasCommand root, String target, Path file, String failed,
                          Function<ImportResult, String> summary) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(file)) {
            err.println(file + ":0:-: Datei nicht gefunden.");
            err.flush();
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println(file + ":0:-: Datei nicht lesbar.");
            err.flush();
            return ExitCodes.USAGE;
        }
        ImportResult result;
        try (AppServices services = root.openServices()) {
            result = services.exchange().importRegisterFile(target, file);
        }
        for (Problem p : result.problems()) {
            err.println((p.isError() ? "" : "Warnung: ") + p);
        }
        if (result.errors() > 0 || result.cancelled()) {
            err.printf("%d Fehler – %s%n", result.errors(), failed);
            err.flush();
            return ExitCodes.VALIDATION;
        }
        err.flush();
        out.println(summary.apply(result) + (result.unchanged() > 0
                ? String.format(" (%d unverändert)", result.unchanged()) : ""));
        out.flush();
        return ExitCodes.OK;
    }

    /** "Schulen importiert: 3 Zeilen, 3 neu, 0 geändert." */
    static Function<ImportResult, String> summary(String what) {
        return r -> String.format("%s importiert: %d Zeilen, %d neu, %d geändert.", what, r.rows(), r.inserted(),
                r.updated());
    }

    /**
     * Writes a register's real records to {@code file} ("-": stdout); {@code write} returns how many
     * it wrote. Into a file, {@code done} (count, file) is said on stdout; of {@code total}
     * records, those not written were demo records (decision 0017), said on stderr.
     */
    static void export(CommandSpec spec, String file, ToIntFunction<Writer> write, String done, int total)
            throws IOException {
        int written;
        if ("-".equals(file)) {
            PrintWriter out = spec.commandLine().getOut();
            written = write.applyAsInt(out);
            out.flush();
        } else {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(Path.of(file)), StandardCharsets.UTF_8)) {
                written = write.applyAsInt(w);
            }
            spec.commandLine().getOut().printf(done, written, file);
            spec.commandLine().getOut().flush();
        }
        demoLeftOut(spec, total - written);
    }

    /** Says on stderr (so that "-" keeps a clean CSV on stdout) how many demo records an export left out. */
    private static void demoLeftOut(CommandSpec spec, int demoLeftOut) {
        if (demoLeftOut > 0) {
            spec.commandLine().getErr().printf("Nicht exportiert: %d Demodatensätze (Demodaten werden nie exportiert).%n",
                    demoLeftOut);
            spec.commandLine().getErr().flush();
        }
    }
}
