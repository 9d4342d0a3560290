package de.netzatlas.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.app.RegisterDemo;
import de.netzatlas.report.ReportModel;
import de.netzatlas.report.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code netzatlas bench report}: time to produce the full annual report (assemble + PDF with all maps
 * and charts) on the demo data set, and the PDF's size. Runs on a throwaway database with the demo
 * data loaded; the first (warm-up) run is not counted, the figure is the median of the timed runs.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Zeit und Dateigröße des vollständigen Jahresberichts auf den Demodaten (Wegwerf-Datenbank).")
final class BenchReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--repetitions", defaultValue = "3", description = "Messläufe (Standard: 3)")
    int repetitions;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("netzatlas-bench-report-");
        try (AppServices services = AppServices.open(dir.resolve("bench.mv.db"))) {
            new RegisterDemo(services).load();
            Path pdf = dir.resolve("bericht.pdf");
            double[] seconds = reportSeconds(services, pdf, repetitions);
            java.util.Arrays.sort(seconds);
            double mb = Files.size(pdf) / (1024.0 * 1024.0);
            PrintWriter out = spec.commandLine().getOut();
            out.println("report_seconds\t" + String.format(Locale.ROOT, "%.2f", seconds[seconds.length / 2]) + "\ts");
            out.println("report_mb\t" + String.format(Locale.ROOT, "%.2f", mb) + "\tMB");
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

    /** One warm-up, then {@code repetitions} timed runs of assemble + PDF into {@code pdf} (seconds each). */
    static double[] reportSeconds(AppServices services, Path pdf, int repetitions) throws IOException {
        ReportService report = services.report();
        double[] seconds = new double[Math.max(1, repetitions)];
        report.writePdf(report.assemble(2025, ReportService.defaultCutOff(2025)), pdf); // warm-up
        for (int i = 0; i < seconds.length; i++) {
            long t0 = System.nanoTime();
            ReportModel.Document doc = report.assemble(2025, ReportService.defaultCutOff(2025));
            report.writePdf(doc, pdf);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        return seconds;
    }
}
