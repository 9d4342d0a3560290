package de.netzatlas.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.asset.AssetFixture;
import de.netzatlas.asset.AssetValidationException;
import de.netzatlas.asset.DemoPlacement;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.asset.ValidationIssue;
import de.netzatlas.region.PlaceSearch;

class SiteServiceTest {

    @TempDir
    Path dir;
    AssetFixture f;
    SiteService service;

    @BeforeEach
    void open() {
        f = new AssetFixture(dir);
        service = new SiteService(f.db, new SiteRepository(f.db, f.clock, f.statuses), new SiteValidator(f.locations),
                f.locations, f.audit, f.clock, () -> "planerin");
    }

    @AfterEach
    void close() {
        f.close();
    }

    static ItnSite site(String ags, GeoPoint p) {
        return new ItnSite(UUID.randomUUID(), "Finanzamt", "MF", SiteClass.HAUPTSTANDORT, null, ags, p,
                BandwidthClass.MBIT_500, Redundancy.KEINE, StatusHistory.of(SiteStatus.ALTNETZ, null), null, null, null,
                null, false, null, false, 0);
    }

    @Test
    void validationAndMigrationWorkflow() {
        List<String> errors = service.validate(site("15000000", new GeoPoint(51.0, 14.5))).stream()
                .filter(ValidationIssue::isError).map(ValidationIssue::toString).toList();
        assertEquals(List.of("Fehler lat/lon: Standort 51,00000 / 14,50000 liegt außerhalb Sachsen-Anhalts.",
                "Fehler gemeinde_ags: Unbekannter Gemeindeschlüssel „15000000“ (keine Gemeinde in Sachsen-Anhalt)."), errors);

        ItnSite s = service.create(site(null, new GeoPoint(51.4825, 11.9697)).withLocation(new GeoPoint(51.4825, 11.9697),
                f.locations.gemeindeFor(new GeoPoint(51.4825, 11.9697), null)));
        assertEquals("15002000", s.gemeindeAgs());
        AssetValidationException jump = assertThrows(AssetValidationException.class, () -> service.update(
                s.withStatus(SiteStatus.AKTIV, LocalDate.of(2024, 1, 1), null, LocalDate.of(2024, 1, 1), null)));
        assertTrue(jump.getMessage().contains("Status kann nicht von „Altnetz“ zu „ITN-XT aktiv“ wechseln "
                + "(erlaubt: geplant, zurückgebaut)."), jump.getMessage());
        ItnSite planned = service.update(s.withStatus(SiteStatus.GEPLANT, LocalDate.of(2023, 1, 1), null, null, null));
        ItnSite migrating = service.update(planned.withStatus(SiteStatus.IN_MIGRATION, LocalDate.of(2023, 6, 1),
                LocalDate.of(2023, 6, 1), null, null));
        AssetValidationException dates = assertThrows(AssetValidationException.class, () -> service.update(
                migrating.withStatus(SiteStatus.AKTIV, LocalDate.of(2023, 7, 1), LocalDate.of(2023, 6, 1),
                        LocalDate.of(2023, 5, 1), null)));
        assertTrue(dates.getMessage().contains("migriert_am: Migration abgeschlossen (01.05.2023) liegt vor "
                + "Migrationsbeginn (01.06.2023)."), dates.getMessage());
        ItnSite active = service.update(migrating.withStatus(SiteStatus.AKTIV, LocalDate.of(2023, 7, 1),
                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1), null));
        assertTrue(active.isMigrated());
        assertEquals(4, service.all().get(0).history().size());
        assertEquals(new SiteFigures.Share(1, 1), SiteFigures.total(service.all()));
        assertEquals(1, SiteFigures.withoutRedundancy(service.all()).size());
        assertEquals(1, SiteFigures.bandwidthDistribution(service.all()).get(BandwidthClass.MBIT_500));
        assertTrue(service.undo().orElseThrow().startsWith("Standort geändert"));
        assertEquals(SiteStatus.IN_MIGRATION, service.all().get(0).status());
    }

    @Test
    void demoSitesSitAtSeatsAndOneKommunalSitePerAdministration() {
        List<ItnSite> demo = new SiteDemoGenerator(f.regions, new DemoPlacement(f.regions, PlaceSearch.bundledPlaces()), 3)
                .generate();
        assertEquals(122, demo.stream().filter(s -> s.siteClass() == SiteClass.KOMMUNE).count());
        assertTrue(demo.stream().anyMatch(s -> s.name().equals("Finanzamt Halberstadt")));
        assertTrue(demo.stream().allMatch(s -> f.locations.gemeindeAt(s.location()).orElseThrow().ags()
                .equals(s.gemeindeAgs())));
        assertTrue(demo.stream().allMatch(s -> service.validate(s).stream().noneMatch(ValidationIssue::isError)));
        assertEquals(demo.size(), service.loadDemo(demo, "Demo"));
        assertFalse(service.all().isEmpty());
        assertEquals(demo.size(), service.removeDemo("weg"));
        assertTrue(service.all().isEmpty());
    }
}
