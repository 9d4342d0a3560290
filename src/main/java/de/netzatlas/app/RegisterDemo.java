package de.netzatlas.app;

import de.netzatlas.asset.DemoPlacement;
import de.netzatlas.fibre.DemoDataService;
import de.netzatlas.region.PlaceSearch;
import de.netzatlas.schools.SchoolDemoGenerator;
import de.netzatlas.sites.SiteDemoGenerator;
import de.netzatlas.store.ChangeSet;

/**
 * The whole demo data set of {@code netzatlas demo load|remove}, of the "Demodaten" badge and of the
 * report's watermark: the fibre demo (stands, projects) and the registers' synthetic schools, ITN-XT
 * sites and mobile sites with fixed seeds. Loading or removing is <em>one</em> transaction: a kill or
 * an error in the middle leaves the database as it was (issue 20).
 */
public final class RegisterDemo {

    static final long SEED = 20_251_129L;

    /** What a load or removal touched. */
    public record Counts(DemoDataService.Loaded fibre, int schools, int sites, int mobile) {
    }

    private final AppServices services;

    public RegisterDemo(AppServices services) {
        this.services = services;
    }

    /** Replaces all demo data (fibre and registers) in one transaction; real data stay. */
    public Counts load() {
        DemoPlacement placement = new DemoPlacement(services.regions(), PlaceSearch.bundledPlaces());
        DemoDataService.Prepared fibre = services.demo().prepare();
        var schools = new SchoolDemoGenerator(services.regions(), placement, SEED).generate();
        var sites = new SiteDemoGenerator(services.regions(), placement, SEED).generate();
        var mobile = services.mobile().demoSites();
        ChangeSet cs = ChangeSet.start(services.userName(), services.clock(), "Demodaten geladen");
        return services.database().inLargeTransactionResult("Demodaten laden", tx -> new Counts(
                services.demo().loadIn(tx, cs, fibre),
                services.schools().loadDemoIn(tx, cs, schools),
                services.sites().loadDemoIn(tx, cs, sites),
                services.mobile().sites().loadDemoIn(tx, cs, mobile)));
    }

    /** Removes exactly the demo data (fibre and registers) in one transaction. */
    public Counts remove() {
        ChangeSet cs = ChangeSet.start(services.userName(), services.clock(), "Demodaten entfernt");
        return services.database().inLargeTransactionResult("Demodaten entfernen", tx -> new Counts(
                services.demo().removeIn(tx, cs),
                services.schools().removeDemoIn(tx, cs),
                services.sites().removeDemoIn(tx, cs),
                services.mobile().sites().removeDemoIn(tx, cs)));
    }

    public boolean isPresent() {
        return services.schools().hasDemo() || services.sites().hasDemo() || services.mobile().hasDemo();
    }
}
