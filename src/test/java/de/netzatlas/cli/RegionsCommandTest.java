package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.store.Database;

class RegionsCommandTest {

    @TempDir
    Path dir;



    @Test
    void kreisCsvListsTheFourteenKreiseWithTheirPopulation() throws Exception {
        Path db = dir.resolve("cli.mv.db");
        CliRun r = CliRun.of("--db", db.toString(), "regions", "--level", "kreis", "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
        assertEquals(14, rows.size());
        assertEquals("15001", rows.get(0).get("ags"));
        assertEquals("Dessau-Roßlau", rows.get(0).get("name"));
        assertEquals("15091", rows.get(13).get("ags"));
        assertTrue(rows.stream().allMatch(row -> row.get("level").equals("kreis")));
        assertEquals(2_194_782, rows.stream().mapToInt(row -> Integer.parseInt(row.get("population"))).sum());
        assertEquals("2019-12-31", rows.get(0).get("population_date"));
    }

    @Test
    void gemeindeTableIsReadableAndGlobalOptionMayFollowTheSubcommand() {
        Path db = dir.resolve("tabelle.mv.db");
        CliRun r = CliRun.of("regions", "--level", "gemeinde", "--db", db.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("15003000  Magdeburg"), r.out());
        assertTrue(r.out().contains("237.565"), r.out());
        assertTrue(r.out().contains("218 Gebiete"), r.out());
    }

    @Test
    void aLockedDatabaseExitsWithFourAndAGermanMessage() {
        Path file = dir.resolve("offen.mv.db");
        try (Database open = Database.open(file)) {
            CliRun r = CliRun.of("--db", file.toString(), "regions");
            assertEquals(4, r.exitCode());
            assertTrue(r.err().contains("bereits von einer anderen Netzatlas-Instanz verwendet"), r.err());
            assertTrue(r.err().contains(file.toString()), r.err());
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, CliRun.of("regions", "--level", "bundesland").exitCode());
        assertEquals(2, CliRun.of("gibtsnicht").exitCode());
    }

    @Test
    void helpAndVersionWork() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("regions"), help.out());
        assertTrue(help.out().contains("--db"), help.out());
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("Netzatlas "), version.out());
    }
}
