package de.netzatlas.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.map.BenchFigure;

/**
 * Runs the import benchmark small (correctness only: the figures exist, the rows landed). The real
 * measurement: {@code mvn -o test -Dtest=CoverageImportBenchmarkTest -Dnetzatlas.bench.rows=100000 -Dnetzatlas.bench.repetitions=3}.
 */
class CoverageImportBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void benchmarkImportsTheGeneratedFileAndReportsThroughput() {
        int rows = Integer.getInteger("netzatlas.bench.rows", 2_180);
        int repetitions = Integer.getInteger("netzatlas.bench.repetitions", 1);
        try (FibreFixture f = new FibreFixture(dir)) {
            List<BenchFigure> figures = new CoverageImportBenchmark(f.coverage, f.regions)
                    .run(rows, repetitions);
            figures.forEach(b -> System.out.println(b.line()));
            assertEquals("coverage_import_rows_per_s", figures.get(0).name());
            assertTrue(figures.get(0).value() > 0);
            assertEquals(rows * repetitions, f.coverage.stands().stream().mapToInt(s -> f.coverage.rows(s).size()).sum());
        }
    }
}
