package de.netzatlas.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;

/** Seeding the real data into a real H2 file, and the region service on top of it. */
class RegionSeedingTest {

    @TempDir
    static Path dir;
    static Database db;
    static RegionService service;
    static RegionRepository repository;
    static AuditLog audit = new AuditLog();

    @BeforeAll
    static void seed() {
        db = Database.open(dir.resolve("regionen.mv.db"));
        repository = new RegionRepository(db, audit, Clock.systemUTC());
        assertTrue(new RegionSeeder(db, repository, Clock.systemUTC()).seedIfEmpty("test"));
        service = new RegionService(repository, () -> 1.9);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void seedsExactlyTheFourteenKreiseAndTwoHundredEighteenGemeinden() {
        List<String> kreise = service.byLevel(RegionLevel.KREIS).stream().map(Region::ags).sorted().toList();
        assertEquals(List.of("15001", "15002", "15003", "15081", "15082", "15083", "15084", "15085", "15086",
                "15087", "15088", "15089", "15090", "15091"), kreise);
        assertEquals(218, service.byLevel(RegionLevel.GEMEINDE).size());
        assertEquals(14, service.children("15").size());
        assertEquals(1 + 14 + 218, service.all().size());
    }

    @Test
    void populationIsOneConsistentStandFromLandToGemeinde() {
        assertEquals(2_194_782, service.land().population());
        Map<String, CSVRecord> kreisCsv = BundledGeodata.csvByKey(BundledGeodata.KREISE_STATISTICS, "ags");
        Map<String, Integer> sums = service.byLevel(RegionLevel.GEMEINDE).stream()
                .collect(Collectors.groupingBy(Region::parentAgs, Collectors.summingInt(Region::population)));
        for (Region kreis : service.byLevel(RegionLevel.KREIS)) {
            assertEquals(sums.get(kreis.ags()), kreis.population(), kreis.name());
            assertEquals(Integer.parseInt(kreisCsv.get(kreis.ags()).get("population_2019_sum_gemeinden")),
                    kreis.population(), kreis.name());
            assertEquals(LocalDate.of(2019, 12, 31), kreis.populationDate());
        }
        Region magdeburg = service.byAgs("15003000").orElseThrow();
        assertEquals(237_565, magdeburg.population());
        assertEquals("Kreisfreie Stadt", magdeburg.type());
        assertEquals(LocalDate.of(2019, 12, 31), service.dataStand(DataStand.POPULATION).orElseThrow().referenceDate());
    }

    @Test
    void halleIsAHoleInTheSaalekreis() {
        Region atHalle = service.regionAt(51.48, 11.97).orElseThrow();
        assertEquals("15002000", atHalle.ags());
        Region merseburg = service.regionAt(51.355, 11.99).orElseThrow();
        assertEquals("15088", merseburg.parentAgs(), "Merseburg lies in the Saalekreis");
        assertTrue(service.regionAt(52.52, 13.40).isEmpty(), "Berlin is outside the Land");
    }

    @Test
    void boundariesKeepMultiPolygonsAndHoles() {
        var saalekreis = service.boundary("15088").orElseThrow();
        int holes = 0;
        for (int i = 0; i < saalekreis.getNumGeometries(); i++) {
            holes += ((org.locationtech.jts.geom.Polygon) saalekreis.getGeometryN(i)).getNumInteriorRing();
        }
        assertTrue(holes >= 1, "Halle is a hole in the Saalekreis");
        assertTrue(saalekreis.isValid());
        Region halle = service.byAgs("15002000").orElseThrow();
        assertTrue(halle.bounds().contains(51.48, 11.97));
    }

    @Test
    void searchIsPrefixAndUmlautInsensitive() {
        assertEquals(List.of("15003", "15003000"), agsOf(service.search("Magdeb", 10)),
                "the kreisfreie Stadt as Kreis, then as Gemeinde");
        assertEquals(List.of("15001", "15001000"), agsOf(service.search("dessau-rosslau", 10)));
        assertEquals(List.of("15001", "15001000"), agsOf(service.search("Dessau-Roßlau", 10)));
        assertTrue(service.search("roßlau", 10).stream().anyMatch(r -> r.ags().equals("15001000")),
                "a word inside the name matches too");
        assertEquals(List.of("15002", "15002000"), agsOf(service.search("halle", 10)).subList(0, 2));
        assertEquals(List.of("15085"), agsOf(service.search("Harz", 10)).subList(0, 1));
        assertTrue(service.search("", 10).isEmpty());
        assertTrue(service.search("Xyzzy", 10).isEmpty());
    }

    private static List<String> agsOf(List<Region> regions) {
        return regions.stream().map(Region::ags).toList();
    }

    @Test
    void householdsAreAnEstimateUntilRealFiguresExist() {
        Region magdeburg = service.byAgs("15003000").orElseThrow();
        HouseholdFigure h = service.households(magdeburg).orElseThrow();
        assertTrue(h.estimated());
        assertEquals(Math.round(237_565 / 1.9), h.value());
        assertEquals(1.9, h.householdSize());
    }

    @Test
    void seedingIsAuditedAsOneChangeSetAndHappensOnlyOnce() {
        var history = audit.history(db, "region", "15003000");
        assertEquals(1, history.size());
        assertEquals(237_565, ((Number) history.get(0).newValues().get("population")).intValue());
        assertEquals(233 + 2, audit.changeSet(db, history.get(0).changeSet()).size());
        assertFalse(new RegionSeeder(db, repository, Clock.systemUTC()).seedIfEmpty("test"));
        assertEquals(233, service.all().size());
    }
}
