package de.netzatlas.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.netzatlas.cli.CliRun;

/** {@code netzatlas bench encryption}: the two ratios first, then the figures they come from. */
class BenchEncryptionCommandTest {

    @Test
    void printsTheRatiosOnePerLine() {
        CliRun r = CliRun.of("bench", "encryption", "--rows", "3000", "--repetitions", "1");
        assertEquals(0, r.exitCode(), r.err());
        List<String> names = r.out().strip().lines().map(l -> l.split("\t")[0]).toList();
        assertEquals(List.of("encrypted_report_ratio", "encrypted_import_ratio", "plain_report_seconds",
                "encrypted_report_seconds", "plain_import_rows_per_s", "encrypted_import_rows_per_s",
                "encryption_repetitions"), names);
        assertTrue(r.out().lines().allMatch(l -> l.matches("[a-z_]+\t\\d+\\.\\d{3}\t\\S+")), r.out());
    }
}
