package de.netzatlas.app;

import de.netzatlas.asset.DemoPlacement;
import de.netzatlas.region.PlaceSearch;
import de.netzatlas.schools.SchoolDemoGenerator;
import de.netzatlas.sites.SiteDemoGenerator;

/**
 * The registers' part of {@code netzatlas demo load|remove}, of the "Demodaten" badge and of the
 * report's watermark: generates the synthetic schools, ITN-XT sites and mobile sites with fixed
 * seeds and loads or removes exactly them.
 */
final class RegisterDemo {

    static final long SEED = 20_251_129L;

    /** What a load or removal touched. */
    record Counts(int schools, int sites, int mobile) {
    }

    private final AppServices services;

    RegisterDemo(AppServices services) {
        this.services = services;
    }

    Counts load() {
        DemoPlacement placement = new DemoPlacement(services.regions(), PlaceSearch.bundledPlaces());
        int schools = services.schools().loadDemo(
                new SchoolDemoGenerator(services.regions(), placement, SEED).generate(), "Demodaten geladen: Schulen");
        int sites = services.sites().loadDemo(
                new SiteDemoGenerator(services.regions(), placement, SEED).generate(), "Demodaten geladen: ITN-XT-Standorte");
        return new Counts(schools, sites, services.mobile().loadDemo());
    }

    Counts remove() {
        return new Counts(services.schools().removeDemo("Demodaten entfernt: Schulen"),
                services.sites().removeDemo("Demodaten entfernt: ITN-XT-Standorte"), services.mobile().removeDemo());
    }

    boolean isPresent() {
        return services.schools().hasDemo() || services.sites().hasDemo() || services.mobile().hasDemo();
    }
}
