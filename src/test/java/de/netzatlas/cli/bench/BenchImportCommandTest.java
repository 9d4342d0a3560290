package de.netzatlas.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.netzatlas.cli.CliRun;

/** {@code netzatlas bench import}: the figure names scripts rely on, as medians of alternating rounds. */
class BenchImportCommandTest {

    @Test
    void printsTheFiguresOnePerLine() {
        CliRun r = CliRun.of("bench", "import", "--rows", "3000", "--repetitions", "2");
        assertEquals(0, r.exitCode(), r.err());
        List<String> names = r.out().strip().lines().map(l -> l.split("\t")[0]).toList();
        assertEquals(List.of("import_rows_per_s", "csvread_rows_per_s", "import_vs_csvread", "validate_rows_per_s",
                "import_rows", "import_file_mb", "import_repetitions"), names);
        assertTrue(r.out().lines().allMatch(l -> l.matches("[a-z_]+\t\\d+\\.\\d{3}\t\\S+")), r.out());
        assertTrue(r.out().contains("import_rows\t3000.000\trows"), r.out());
        assertTrue(r.out().contains("import_repetitions\t2.000\truns"), r.out());
    }
}
