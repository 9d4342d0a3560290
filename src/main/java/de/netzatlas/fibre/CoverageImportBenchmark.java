package de.netzatlas.fibre;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import de.netzatlas.map.BenchFigure;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;

/**
 * Import throughput of the coverage CSV: a generated file of {@code rows} rows (every Gemeinde once
 * per stand, as many daily stands as needed, German number formats, Windows-1252) is validated
 * (dry run) and imported into the given database, each run into fresh stands. Reports the median
 * rows per second of a full import (parse, validate, write, audit) and of validation alone.
 * Wired to {@code netzatlas bench import} by the integration; use a throwaway database.
 */
public final class CoverageImportBenchmark {

    private final CoverageService coverage;
    private final RegionService regions;

    public CoverageImportBenchmark(CoverageService coverage, RegionService regions) {
        this.coverage = coverage;
        this.regions = regions;
    }

    public List<BenchFigure> run(int rows, int repetitions) {
        double[] imports = new double[repetitions];
        double[] validations = new double[repetitions];
        long bytes = 0;
        for (int i = 0; i < repetitions; i++) {
            byte[] file = generate(rows, LocalDate.of(1900 + 50 * i, 1, 1));
            bytes = file.length;
            long t0 = System.nanoTime();
            ImportResult dry = coverage.importCsv("benchmark.csv", file, null, true);
            long t1 = System.nanoTime();
            ImportResult done = coverage.importCsv("benchmark.csv", file, null, false);
            long t2 = System.nanoTime();
            if (!dry.ok() || !done.written() || done.rows() != rows) {
                throw new IllegalStateException("Benchmark-Import fehlgeschlagen: " + done.errors().stream().limit(3).toList());
            }
            validations[i] = rows / ((t1 - t0) / 1e9);
            imports[i] = rows / ((t2 - t1) / 1e9);
        }
        List<BenchFigure> figures = new ArrayList<>();
        figures.add(new BenchFigure("coverage_import_rows_per_s", BenchFigure.median(imports), "rows/s"));
        figures.add(new BenchFigure("coverage_validate_rows_per_s", BenchFigure.median(validations), "rows/s"));
        figures.add(new BenchFigure("coverage_import_file_mb", bytes / 1e6, "MB"));
        figures.add(new BenchFigure("coverage_import_rows", rows, "rows"));
        return figures;
    }

    /** A valid coverage CSV with {@code rows} rows, stands on consecutive days from {@code firstStand}. */
    byte[] generate(int rows, LocalDate firstStand) {
        List<Region> gemeinden = regions.byLevel(RegionLevel.GEMEINDE);
        Random rnd = new Random(rows);
        StringBuilder out = new StringBuilder(rows * 90);
        out.append("ags;name;stand;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_1000;hh_ftth;hh_fttb;hh_hfc;hh_dsl;"
                + "homes_passed;homes_connected\r\n");
        for (int i = 0; i < rows; i++) {
            Region g = gemeinden.get(i % gemeinden.size());
            LocalDate stand = firstStand.plusDays(i / gemeinden.size());
            int hh = 500 + rnd.nextInt(60_000);
            int c1000 = rnd.nextInt(hh / 2);
            int c400 = c1000 + rnd.nextInt(hh / 10);
            int c200 = c400 + rnd.nextInt(hh / 10);
            int c100 = c200 + rnd.nextInt(hh / 10);
            int c50 = c100 + rnd.nextInt(hh / 10);
            int c30 = Math.min(hh, c50 + rnd.nextInt(hh / 10));
            int ftth = rnd.nextInt(c1000 + 1);
            out.append(g.ags()).append(';').append(g.name()).append(';')
                    .append(stand.format(CoverageStand.GERMAN_DATE)).append(';')
                    .append(String.format(Locale.GERMANY, "%,d", hh)).append(';')
                    .append(c30).append(';').append(c50).append(';').append(c100).append(';').append(c200).append(';')
                    .append(c400).append(';').append(c1000).append(';').append(ftth).append(';').append(0).append(';')
                    .append(rnd.nextInt(hh)).append(';').append(rnd.nextInt(hh)).append(';').append(ftth).append(';')
                    .append(ftth / 3).append("\r\n");
        }
        return out.toString().getBytes(CsvText.WINDOWS_1252);
    }
}
