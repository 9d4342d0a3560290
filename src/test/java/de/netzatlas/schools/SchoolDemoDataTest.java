package de.netzatlas.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.asset.AssetFixture;
import de.netzatlas.asset.DemoPlacement;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.region.PlaceSearch;

/** The demo schools (the import behaviour of the school files is tested in {@code exchange.SchoolsTargetTest}). */
class SchoolDemoDataTest {

    @TempDir
    Path dir;
    AssetFixture f;
    SchoolService service;

    @BeforeEach
    void open() {
        f = new AssetFixture(dir);
        SchoolRepository repository = new SchoolRepository(f.db, f.clock, f.statuses);
        service = new SchoolService(f.db, repository, new SchoolValidator(f.locations, repository::findAll), f.locations,
                f.audit, f.clock, () -> "planerin");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void demoSchoolsAreDeterministicValidAndRemovable() {
        DemoPlacement placement = new DemoPlacement(f.regions, PlaceSearch.bundledPlaces());
        List<School> demo = new SchoolDemoGenerator(f.regions, placement, 7).generate();
        assertEquals(SchoolDemoGenerator.COUNT, demo.size());
        assertEquals(demo, new SchoolDemoGenerator(f.regions, placement, 7).generate());
        assertTrue(demo.stream().allMatch(School::demo));
        long halle = demo.stream().filter(s -> s.gemeindeAgs().equals("15002000")).count();
        long magdeburg = demo.stream().filter(s -> s.gemeindeAgs().equals("15003000")).count();
        assertTrue(halle > 80 && magdeburg > 80, halle + " / " + magdeburg);
        assertTrue(demo.stream().allMatch(s -> f.locations.gemeindeAt(s.location()).orElseThrow().ags()
                .equals(s.gemeindeAgs())));
        GeoPoint alterMarkt = new GeoPoint(52.13153, 11.6388);
        service.create(new School(java.util.UUID.randomUUID(), "1", "Echte Schule", SchoolType.GRUNDSCHULE, null, null,
                f.locations.gemeindeFor(alterMarkt, null), alterMarkt, 100, 50, 10, School.DEFAULT_TARGET_DOWN,
                School.DEFAULT_TARGET_UP, StatusHistory.of(SchoolStatus.GEPLANT, null), null, null, null, null, null, null,
                null, false, 0));
        assertEquals(870, service.loadDemo(demo, "Demodaten geladen"));
        assertEquals(871, service.all().size());
        assertEquals(870, service.removeDemo("Demodaten entfernt"));
        assertEquals(List.of("Echte Schule"), service.all().stream().map(School::name).toList());
    }
}
