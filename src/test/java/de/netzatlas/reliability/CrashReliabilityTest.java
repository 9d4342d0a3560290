package de.netzatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 of the real command line at seeded random moments (open, read, import, demo load and
 * remove, close, migration): every committed change survives, nothing half-written is left, the
 * file always opens again and every backup is complete. The normal build runs a few kills;
 * {@code mvn verify -Preliability} runs a thousand ({@code -Dnetzatlas.crash.kills},
 * {@code -Dnetzatlas.crash.seed}).
 */
class CrashReliabilityTest {

    @TempDir
    Path dir;

    @Test
    void everyCommittedChangeSurvivesKillsAtRandomMoments() throws Exception {
        int kills = Integer.getInteger("netzatlas.crash.kills", 14);
        String given = System.getProperty("netzatlas.crash.seed", "");
        long seed = given.isBlank() ? System.currentTimeMillis() % 100_000 : Long.parseLong(given.trim());
        // Migration kills need a 200 000-row template (about half a minute); -Dnetzatlas.crash.migrations=false skips them.
        boolean migrations = Boolean.parseBoolean(System.getProperty("netzatlas.crash.migrations", "true"));
        CrashHarness.Result r = new CrashHarness(dir, seed, System.out).run(kills, migrations);
        System.out.println("Seed " + seed + "\n" + r.table() + r.benchLines());
        assertEquals(r.kills(), r.count(CrashHarness.Outcome.INTACT),
                () -> "seed " + seed + ": " + String.join("\n", r.failures()));
    }
}
