package de.netzatlas.app;

import de.netzatlas.asset.DemoPlacement;
import de.netzatlas.region.PlaceSearch;
import de.netzatlas.schools.SchoolDemoGenerator;

/**
 * The registers' part of {@code netzatlas demo load|remove} and of the "Demodaten" badge: generates
 * the synthetic schools (and ITN-XT sites) with a fixed seed and loads or removes exactly them.
 */
final class RegisterDemo {

    static final long SEED = 20_251_129L;

    /** What a load or removal touched. */
    record Counts(int schools, int sites) {
    }

    private final AppServices services;

    RegisterDemo(AppServices services) {
        this.services = services;
    }

    Counts load() {
        DemoPlacement placement = new DemoPlacement(services.regions(), PlaceSearch.bundledPlaces());
        int schools = services.schools().loadDemo(
                new SchoolDemoGenerator(services.regions(), placement, SEED).generate(), "Demodaten geladen: Schulen");
        return new Counts(schools, 0);
    }

    Counts remove() {
        return new Counts(services.schools().removeDemo("Demodaten entfernt: Schulen"), 0);
    }

    boolean isPresent() {
        return services.schools().hasDemo();
    }
}
