package de.netzatlas.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.app.RegisterDemo;
import de.netzatlas.map.BenchFigure;
import de.netzatlas.store.DatabaseEncryption;
import de.netzatlas.store.DatabaseKey;
import de.netzatlas.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code netzatlas bench encryption}: the cost of encryption at rest (decision 0025). The demo data
 * are loaded into a throwaway database, which is copied and the copy encrypted with
 * {@code db encrypt}'s code; then {@code bench report}'s and {@code bench import}'s measurements run
 * on the plain and on the encrypted file, alternating. Prints {@code encrypted_report_ratio} and
 * {@code encrypted_import_ratio} (encrypted ÷ plain time, medians) and the underlying figures.
 */
@Command(name = "encryption", mixinStandardHelpOptions = true,
        description = "Zeitverhältnis verschlüsselt ÷ unverschlüsselt für Jahresbericht und Import (Wegwerf-Datenbanken).")
final class BenchEncryptionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--repetitions", defaultValue = "3", description = "Messläufe je Datei und Messung (Standard: 3)")
    int repetitions;

    @Option(names = "--rows", defaultValue = "200000", description = "Zeilen der Importdatei (Standard: 200000)")
    int rows;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("netzatlas-bench-encryption-");
        char[] secret = ("bench-" + System.nanoTime()).toCharArray();
        try (DatabaseKey key = DatabaseKey.of(secret)) {
            java.util.Arrays.fill(secret, '\0');
            Path plain = dir.resolve("plain/bench.mv.db");
            Path encrypted = dir.resolve("encrypted/bench.mv.db");
            Files.createDirectories(plain.getParent());
            Files.createDirectories(encrypted.getParent());
            try (AppServices services = AppServices.open(plain)) {
                new RegisterDemo(services).load();
            }
            Files.copy(plain, encrypted);
            DatabaseEncryption.change(encrypted, DatabaseKey.none(), key, StoreOptions.defaults());
            int reps = Math.max(1, repetitions);
            double[] plainReport = new double[reps];
            double[] encReport = new double[reps];
            double[] plainImport = new double[reps];
            double[] encImport = new double[reps];
            // alternating, and every other round encrypted first: a slow phase of a shared machine or a warm
            // cache then falls on both files alike
            for (int i = 0; i < reps; i++) {
                boolean encryptedFirst = i % 2 == 1;
                if (encryptedFirst) {
                    encReport[i] = report(encrypted, key);
                }
                plainReport[i] = report(plain, DatabaseKey.none());
                if (!encryptedFirst) {
                    encReport[i] = report(encrypted, key);
                }
                if (encryptedFirst) {
                    encImport[i] = importRate(freshCopy(encrypted, "encrypted-" + i), key);
                }
                plainImport[i] = importRate(freshCopy(plain, "plain-" + i), DatabaseKey.none());
                if (!encryptedFirst) {
                    encImport[i] = importRate(freshCopy(encrypted, "encrypted-" + i), key);
                }
            }
            double pr = BenchFigure.median(plainReport);
            double er = BenchFigure.median(encReport);
            double pi = BenchFigure.median(plainImport);
            double ei = BenchFigure.median(encImport);
            PrintWriter out = spec.commandLine().getOut();
            for (BenchFigure f : List.of(
                    new BenchFigure("encrypted_report_ratio", er / pr, "ratio"),
                    new BenchFigure("encrypted_import_ratio", pi / ei, "ratio"),
                    new BenchFigure("plain_report_seconds", pr, "s"),
                    new BenchFigure("encrypted_report_seconds", er, "s"),
                    new BenchFigure("plain_import_rows_per_s", pi, "rows/s"),
                    new BenchFigure("encrypted_import_rows_per_s", ei, "rows/s"),
                    new BenchFigure("encryption_repetitions", reps, "runs"))) {
                out.println(f.line());
            }
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

    /** The median report time of one open of {@code file} (bench report's measurement). */
    private double report(Path file, DatabaseKey key) throws IOException {
        try (AppServices services = AppServices.open(file, key)) {
            return BenchFigure.median(BenchReportCommand.reportSeconds(services, file.resolveSibling("bericht.pdf"), 1));
        }
    }

    /**
     * A copy of the closed database and its lock file in a folder of its own: every import round
     * starts from the same data (a second import of the same rows would change nothing).
     */
    private static Path freshCopy(Path file, String name) throws IOException {
        Path target = file.getParent().resolveSibling(name).resolve(file.getFileName());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
        Path lock = file.resolveSibling("bench.netzatlas.lock");
        if (Files.exists(lock)) {
            Files.copy(lock, target.resolveSibling(lock.getFileName()));
        }
        return target;
    }

    /** Import rows per second of one open of {@code file} (bench import's measurement, one round). */
    private double importRate(Path file, DatabaseKey key) throws IOException {
        Path work = Files.createTempDirectory(file.getParent(), "import-");
        try (AppServices services = AppServices.open(file, key)) {
            return services.exchange().benchmark().run(work, rows, 1).stream()
                    .filter(f -> f.name().equals("import_rows_per_s")).findFirst()
                    .map(BenchFigure::value)
                    .orElseThrow(() -> new IllegalStateException(String.format(Locale.ROOT, "keine Importrate")));
        }
    }
}
