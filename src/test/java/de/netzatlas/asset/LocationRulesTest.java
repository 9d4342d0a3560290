package de.netzatlas.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.region.RegionRepository;
import de.netzatlas.region.RegionSeeder;
import de.netzatlas.region.RegionService;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;

class LocationRulesTest {

    @TempDir
    static Path dir;
    static Database db;
    static LocationRules rules;

    @BeforeAll
    static void open() {
        Clock clock = Clock.systemUTC();
        db = Database.open(dir.resolve("asset.mv.db"));
        RegionRepository repo = new RegionRepository(db, new AuditLog(), clock);
        new RegionSeeder(db, repo, clock).seedIfEmpty("test");
        rules = new LocationRules(new RegionService(repo, () -> 1.9));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void gemeindeIsDerivedFromTheLocationWhenNotGiven() {
        assertEquals("15002000", rules.gemeindeFor(new GeoPoint(51.4825, 11.9697), null)); // Halle (Saale)
        assertEquals("15003000", rules.gemeindeFor(new GeoPoint(52.1315, 11.6399), " ")); // Magdeburg
        assertEquals("15002000", rules.gemeindeFor(new GeoPoint(52.1315, 11.6399), "15002000"));
        assertNull(rules.gemeindeFor(new GeoPoint(52.52, 13.405), null)); // Berlin
        assertEquals("15002", rules.kreisOf("15002000").orElseThrow());
    }

    @Test
    void locationOutsideTheLandAndUnknownAgsAreErrors() {
        List<ValidationIssue> issues = rules.check(new GeoPoint(52.52, 13.405), "15999999");
        assertEquals(List.of(
                ValidationIssue.error("lat/lon", "Standort 52,52000 / 13,40500 liegt außerhalb Sachsen-Anhalts."),
                ValidationIssue.error("gemeinde_ags",
                        "Unbekannter Gemeindeschlüssel „15999999“ (keine Gemeinde in Sachsen-Anhalt).")), issues);
        assertEquals("Standort (Breite/Länge) fehlt.", rules.check(null, "15003000").get(0).message());
        assertTrue(rules.check(new GeoPoint(11.6, 52.1), "15003000").get(0).message()
                .endsWith("liegt außerhalb Sachsen-Anhalts.")); // swapped coordinates
        assertTrue(rules.check(new GeoPoint(51.4825, 11.9697), "15002000").isEmpty());
    }

    @Test
    void gemeindeNotMatchingTheLocationIsAWarning() {
        List<ValidationIssue> issues = rules.check(new GeoPoint(51.4825, 11.9697), "15003000");
        assertEquals(1, issues.size());
        assertFalse(issues.get(0).isError());
        assertEquals("Der Standort liegt in Halle (Saale) (15002000), nicht in Magdeburg (15003000).",
                issues.get(0).message());
    }

    @Test
    void statusHistoryRoundTripsPerRegisterAndDemoRowsGo() {
        AssetStatusRepository repo = new AssetStatusRepository(db, Clock.systemUTC());
        UUID real = UUID.randomUUID();
        UUID demo = UUID.randomUUID();
        StatusHistory<TestStatus> h = StatusHistory.of(TestStatus.A, LocalDate.of(2020, 1, 1))
                .then(TestStatus.B, null);
        db.inTransaction(tx -> {
            repo.save(tx, "test_asset", real, h, false, 1, "t");
            repo.save(tx, "test_asset", demo, StatusHistory.of(TestStatus.C, null), true, 1, "t");
            repo.save(tx, "other_asset", real, StatusHistory.of(TestStatus.C, null), false, 1, "t");
        });
        Map<UUID, StatusHistory<TestStatus>> all = repo.findAll("test_asset", TestStatus.class);
        assertEquals(h, all.get(real));
        assertEquals(2, all.size());
        db.inTransaction(tx -> repo.deleteDemo(tx, "test_asset"));
        db.inTransaction(tx -> repo.markDeleted(tx, "other_asset", real));
        assertEquals(Map.of(real, h), repo.findAll("test_asset", TestStatus.class));
        assertTrue(repo.findAll("other_asset", TestStatus.class).isEmpty());
    }
}
