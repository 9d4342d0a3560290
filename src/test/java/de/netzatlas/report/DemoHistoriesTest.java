package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.asset.AssetFixture;
import de.netzatlas.asset.DemoPlacement;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.mobile.MobileDemoGenerator;
import de.netzatlas.mobile.MobileRegister;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.mobile.RadioTechnology;
import de.netzatlas.region.PlaceSearch;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolDemoGenerator;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.SiteDemoGenerator;
import de.netzatlas.sites.SiteStatus;

/**
 * The demo registers tell a history that still moves: the report compares each figure with the
 * previous year, so schools connected, sites migrated and 5G sites on air must grow from the end
 * of 2024 to the end of 2025 (and nothing may be dated after the demo set's own "today").
 */
class DemoHistoriesTest {

    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
    private static final LocalDate DEMO_TODAY = LocalDate.of(2025, 9, 1);

    @TempDir
    Path dir;

    @Test
    void schoolsSitesAnd5gGrowDuringTheLastReportYear() {
        try (AssetFixture f = new AssetFixture(dir)) {
            DemoPlacement placement = new DemoPlacement(f.regions, PlaceSearch.bundledPlaces());
            List<School> schools = new SchoolDemoGenerator(f.regions, placement, 7).generate();
            assertGrows("Schulen angeschlossen", schools, School::history, SchoolStatus.ANGESCHLOSSEN, 40);
            assertNothingAfter(schools, School::history, DEMO_TODAY);

            List<ItnSite> sites = new SiteDemoGenerator(f.regions, placement, 3).generate();
            assertGrows("Standorte migriert", sites, ItnSite::history, SiteStatus.AKTIV, 8);
            assertNothingAfter(sites, ItnSite::history, DEMO_TODAY);

            List<MobileSite> nr = new MobileDemoGenerator(f.locations, MobileRegister.DEMO_SEED).generate().stream()
                    .filter(s -> s.technology() == RadioTechnology.NR).toList();
            assertGrows("5G-Standorte in Betrieb", nr, MobileSite::history, MobileSiteStatus.IN_BETRIEB, 10);
        }
    }

    private static <A, S extends Enum<S> & de.netzatlas.asset.AssetStatus> void assertGrows(String what,
            List<A> assets, Function<A, StatusHistory<S>> history, S status, int atLeast) {
        long before = assets.stream().filter(a -> history.apply(a).statusOn(END_2024).orElse(null) == status).count();
        long after = assets.stream().filter(a -> history.apply(a).statusOn(END_2025).orElse(null) == status).count();
        assertTrue(after - before >= atLeast, what + ": " + before + " → " + after);
    }

    private static <A, S extends Enum<S> & de.netzatlas.asset.AssetStatus> void assertNothingAfter(List<A> assets,
            Function<A, StatusHistory<S>> history, LocalDate day) {
        for (A a : assets) {
            assertTrue(history.apply(a).currentSince().map(d -> !d.isAfter(day)).orElse(true), a.toString());
        }
    }
}
