package de.netzatlas.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import de.netzatlas.fibre.CoverageImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code netzatlas bench import}: coverage CSV import throughput. Runs on a throwaway database in
 * a temporary folder (deleted afterwards), never on the user's data.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Importdurchsatz der Versorgungs-CSV (Zeilen/s) auf einer Wegwerf-Datenbank.")
final class BenchImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "100000", description = "Zeilen je Datei (Standard: 100000)")
    int rows;

    @Option(names = "--repetitions", defaultValue = "3", description = "Wiederholungen (Standard: 3)")
    int repetitions;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("netzatlas-bench-");
        try (AppServices services = AppServices.open(dir.resolve("bench.mv.db"))) {
            PrintWriter out = spec.commandLine().getOut();
            new CoverageImportBenchmark(services.coverage(), services.regions()).run(rows, repetitions)
                    .forEach(f -> out.println(f.line()));
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
