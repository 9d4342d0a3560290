package de.netzatlas.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.exchange.ImportResult;
import de.netzatlas.exchange.Problem;
import picocli.CommandLine.Model.CommandSpec;

/** What the register subcommands (schools, sites, mobile) share: import with German error lines and exit 3, export. */
final class RegisterCli {

    private RegisterCli() {
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

    /** Writes a register's real records; {@code demoLeftOut} demo records were left out (decision 0017). */
    static void export(CommandSpec spec, String file, Consumer<Writer> write, int count, String what,
                       int demoLeftOut) throws IOException {
        if ("-".equals(file)) {
            PrintWriter out = spec.commandLine().getOut();
            write.accept(out);
            out.flush();
        } else {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(Path.of(file)), StandardCharsets.UTF_8)) {
                write.accept(w);
            }
            spec.commandLine().getOut().printf("%d %s exportiert nach %s.%n", count, what, file);
            spec.commandLine().getOut().flush();
        }
        demoLeftOut(spec, demoLeftOut);
    }

    /** Says on stderr (so that "-" keeps a clean CSV on stdout) how many demo records an export left out. */
    static void demoLeftOut(CommandSpec spec, int demoLeftOut) {
        if (demoLeftOut > 0) {
            spec.commandLine().getErr().printf("Nicht exportiert: %d Demodatensätze (Demodaten werden nie exportiert).%n",
                    demoLeftOut);
            spec.commandLine().getErr().flush();
        }
    }
}
