package de.netzatlas.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code netzatlas bench import}: throughput of the import framework on a generated coverage CSV
 * (default 1 000 000 rows, full validation) against H2's own CSVREAD bulk load of the same file,
 * in the same run. Prints {@code import_rows_per_s}, {@code csvread_rows_per_s}, {@code import_vs_csvread}.
 * Runs on a throwaway database in a temporary folder (deleted afterwards), never on the user's data.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Importdurchsatz (Zeilen/s, volle Prüfung) im Vergleich zu H2-CSVREAD, auf einer Wegwerf-Datenbank.")
final class BenchImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", description = "Zeilen der Datei (Standard: 1000000)")
    int rows;

    @Option(names = "--repetitions", defaultValue = "3",
            description = "Abwechselnde Läufe von CSVREAD und Import, Medianwerte (Standard: 3)")
    int repetitions;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("netzatlas-bench-");
        try (AppServices services = AppServices.open(dir.resolve("bench.mv.db"))) {
            PrintWriter out = spec.commandLine().getOut();
            services.exchange().benchmark().run(dir, rows, Math.max(1, repetitions)).forEach(f -> out.println(f.line()));
            out.flush();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException e) {
                // a leftover temp folder is harmless
            }
        }
        return ExitCodes.OK;
    }
}
