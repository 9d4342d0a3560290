package de.netzatlas.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;

class PlaceSearchTest {

    @TempDir
    static Path dir;
    static Database db;
    static PlaceSearch search;

    @BeforeAll
    static void seed() {
        db = Database.open(dir.resolve("orte.mv.db"));
        RegionRepository repository = new RegionRepository(db, new AuditLog(), Clock.systemUTC());
        new RegionSeeder(db, repository, Clock.systemUTC()).seedIfEmpty("test");
        search = new PlaceSearch(new RegionService(repository, () -> 1.9), PlaceSearch.bundledPlaces());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void bundledPlacesAreAllRead() {
        assertEquals(715, search.places().size());
    }

    @Test
    void gemeindeComesFirstWithItsBoxThenThePlaceWithItsPoint() {
        List<PlaceSearch.Match> matches = search.search("werniger", 10);
        assertEquals("Wernigerode (Gemeinde)", matches.get(0).label());
        assertNotNull(matches.get(0).bounds());
        assertEquals("15085370", matches.get(0).ags());
        PlaceSearch.Match place = matches.stream().filter(m -> m.label().equals("Wernigerode (Ort)")).findFirst()
                .orElseThrow();
        assertNull(place.bounds());
        assertEquals(51.83, place.lat(), 0.02);
    }

    @Test
    void placeInsideAnotherGemeindeNamesItAndUmlautsFold() {
        List<PlaceSearch.Match> matches = search.search("drubeck", 10);
        assertTrue(matches.stream().anyMatch(m -> m.label().equals("Drübeck (Ort in Ilsenburg (Harz))")),
                matches.toString());
        assertTrue(search.search("", 10).isEmpty());
    }
}
