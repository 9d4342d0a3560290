package de.netzatlas.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.map.BenchFigure;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;

/**
 * {@code netzatlas bench import}: a generated coverage CSV of {@code rows} rows (every Gemeinde once
 * per stand, as many daily stands as needed, German number formats) is imported through the full
 * framework (detection, mapping, validation, batch insert, audit) and, in the same run, bulk-loaded
 * by H2's {@code CSVREAD} into a plain table – the practical ceiling. Use a throwaway database.
 */
public final class ImportBenchmark {

    private final ImportService imports;
    private final BulkLoadRepository bulk;
    private final RegionService regions;

    public ImportBenchmark(ImportService imports, BulkLoadRepository bulk, RegionService regions) {
        this.imports = imports;
        this.bulk = bulk;
        this.regions = regions;
    }

    /**
     * Medians of {@code repetitions} rounds; each round bulk-loads and then imports its own file
     * (the same rows with stands on other days, so every import really writes), so load from other
     * processes spreads over both sides instead of skewing one of them.
     */
    public List<BenchFigure> run(Path dir, int rows, int repetitions) throws IOException {
        Path warm = dir.resolve("warmup.csv");
        write(warm, Math.min(rows, 20_000), LocalDate.of(1800, 1, 1));
        check(imports.run(ImportRequest.of(warm, "coverage"), null, null), Math.min(rows, 20_000));
        bulk.csvread(warm, "bench_warmup");
        bulk.drop("bench_warmup");

        double[] csvread = new double[repetitions];
        double[] imported = new double[repetitions];
        double[] validate = new double[repetitions];
        long size = 0;
        for (int k = 0; k < repetitions; k++) {
            Path file = dir.resolve("coverage-bench-" + k + ".csv");
            write(file, rows, LocalDate.of(1900 + 40 * k, 1, 1));
            size = Files.size(file);
            long tv = System.nanoTime();
            ImportResult dry = imports.run(ImportRequest.of(file, "coverage").withDryRun(true), null, null);
            validate[k] = rows / ((System.nanoTime() - tv) / 1e9);
            if (!dry.ok()) {
                throw new IllegalStateException("Benchmark-Datei ungültig: " + dry.problems().stream().limit(3).toList());
            }
            long t0 = System.nanoTime();
            long loaded = bulk.csvread(file, "bench_csvread");
            long t1 = System.nanoTime();
            ImportResult r = imports.run(ImportRequest.of(file, "coverage"), null, null);
            long t2 = System.nanoTime();
            check(r, rows);
            if (loaded != rows) {
                throw new IllegalStateException("CSVREAD las " + loaded + " statt " + rows + " Zeilen.");
            }
            bulk.drop("bench_csvread");
            Files.delete(file);
            csvread[k] = rows / ((t1 - t0) / 1e9);
            imported[k] = rows / ((t2 - t1) / 1e9);
        }
        double importMedian = BenchFigure.median(imported);
        double csvreadMedian = BenchFigure.median(csvread);
        List<BenchFigure> out = new ArrayList<>();
        out.add(new BenchFigure("import_rows_per_s", importMedian, "rows/s"));
        out.add(new BenchFigure("csvread_rows_per_s", csvreadMedian, "rows/s"));
        out.add(new BenchFigure("import_vs_csvread", importMedian / csvreadMedian, "ratio"));
        out.add(new BenchFigure("validate_rows_per_s", BenchFigure.median(validate), "rows/s"));
        out.add(new BenchFigure("import_rows", rows, "rows"));
        out.add(new BenchFigure("import_file_mb", size / 1e6, "MB"));
        out.add(new BenchFigure("import_repetitions", repetitions, "runs"));
        return out;
    }

    private static void check(ImportResult r, long rows) {
        if (!r.ok() || r.inserted() != rows) {
            throw new IllegalStateException("Benchmark-Import fehlgeschlagen: " + r.summary() + " "
                    + r.problems().stream().limit(3).toList());
        }
    }

    /** A valid coverage CSV (UTF-8, {@code ;}, German grouping) with stands on consecutive days from {@code first}. */
    void write(Path file, int rows, LocalDate first) throws IOException {
        List<Region> gemeinden = regions.byLevel(RegionLevel.GEMEINDE);
        Random rnd = new Random(rows);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("ags;name;stand;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_1000;hh_ftth;hh_fttb;hh_hfc;hh_dsl;"
                    + "homes_passed;homes_connected\r\n");
            StringBuilder line = new StringBuilder(160);
            for (int i = 0; i < rows; i++) {
                Region g = gemeinden.get(i % gemeinden.size());
                LocalDate stand = first.plusDays(i / gemeinden.size());
                int hh = 500 + rnd.nextInt(60_000);
                int c1000 = rnd.nextInt(hh / 2);
                int c400 = c1000 + rnd.nextInt(hh / 10);
                int c200 = c400 + rnd.nextInt(hh / 10);
                int c100 = c200 + rnd.nextInt(hh / 10);
                int c50 = c100 + rnd.nextInt(hh / 10);
                int c30 = Math.min(hh, c50 + rnd.nextInt(hh / 10));
                int ftth = rnd.nextInt(c1000 + 1);
                line.setLength(0);
                line.append(g.ags()).append(';').append(g.name()).append(';')
                        .append(stand.format(CoverageStand.GERMAN_DATE)).append(';')
                        .append(String.format(Locale.GERMANY, "%,d", hh)).append(';')
                        .append(c30).append(';').append(c50).append(';').append(c100).append(';').append(c200).append(';')
                        .append(c400).append(';').append(c1000).append(';').append(ftth).append(';').append(0).append(';')
                        .append(rnd.nextInt(hh)).append(';').append(rnd.nextInt(hh)).append(';').append(ftth).append(';')
                        .append(ftth / 3).append("\r\n");
                w.append(line);
            }
        }
    }
}
