package de.netzatlas.mobile;

import java.io.Writer;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import de.netzatlas.asset.AssetService;
import de.netzatlas.asset.AssetStatusRepository;
import de.netzatlas.asset.LocationRules;
import de.netzatlas.region.RegionService;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;
import de.netzatlas.store.SessionUndo;

/**
 * The use cases of the 5G/Mobilfunk register on top of the shared {@link AssetService} (audited
 * create/update/move/delete with session undo): CSV export (imports go through the exchange
 * framework, target {@code mobile}), the demo
 * data set and the coverage KPIs, kept incrementally in step with every edit.
 */
public final class MobileRegister {

    public static final long DEMO_SEED = 20_251_105L;

    private final AssetService<MobileSite> sites;
    private final MobileSiteKind kind;
    private final LocationRules locations;
    private final MobileCoverageService coverage;
    private final CoverageRadii radii;

    public MobileRegister(AssetService<MobileSite> sites, MobileSiteKind kind, LocationRules locations,
                          MobileCoverageService coverage, CoverageRadii radii) {
        this.sites = sites;
        this.kind = kind;
        this.locations = locations;
        this.coverage = coverage;
        this.radii = radii;
    }

    /** Wires the register on one database (used by the composition root and tests). */
    public static MobileRegister create(Database db, RegionService regions, AuditLog audit, Clock clock,
                                        Supplier<String> user) {
        return create(db, regions, audit, clock, user, new SessionUndo(db, audit, clock, user));
    }

    /** As {@link #create(Database, RegionService, AuditLog, Clock, Supplier)}, on the session's shared undo history. */
    public static MobileRegister create(Database db, RegionService regions, AuditLog audit, Clock clock,
                                        Supplier<String> user, SessionUndo session) {
        LocationRules locations = new LocationRules(regions);
        MobileSiteRepository repository = new MobileSiteRepository(db, clock, new AssetStatusRepository(db, clock));
        MobileSiteKind kind = new MobileSiteKind(locations, repository::identifierTaken);
        CoverageRadii radii = new CoverageRadii(regions);
        return new MobileRegister(new AssetService<>(db, repository, kind, locations, audit, clock, user, session), kind,
                locations, new MobileCoverageService(regions, radii), radii);
    }

    public AssetService<MobileSite> sites() {
        return sites;
    }

    public MobileSiteKind kind() {
        return kind;
    }

    public CoverageRadii radii() {
        return radii;
    }

    public MobileCoverageService coverage() {
        return coverage;
    }

    public List<MobileSite> all() {
        return sites.all();
    }

    /** The coverage KPIs of the current register (only changed sites are recomputed). */
    public CoverageFigures coverageFigures() {
        return coverage.figures(sites.all());
    }

    /**
     * Brings the coverage in step after a bulk change (a committed import or its undo): recomputed now
     * when it has been computed before (the map shows it), otherwise left for the first use.
     */
    public void refreshCoverage() {
        coverage.refresh(sites.all());
    }

    /** Writes the real sites as CSV (demo sites are never exported, decision 0017); returns how many. */
    public int exportCsv(Writer out) {
        List<MobileSite> real = sites.all().stream().filter(s -> !s.demo()).toList();
        MobileCsv.write(out, real);
        return real.size();
    }

    public boolean hasDemo() {
        return sites.hasDemo();
    }

    public int loadDemo() {
        return sites.loadDemo(demoSites(), "Demodaten Mobilfunk geladen");
    }

    /** The synthetic demo sites (fixed seed), generated without touching the database. */
    public List<MobileSite> demoSites() {
        return new MobileDemoGenerator(locations, DEMO_SEED).generate();
    }

    public int removeDemo() {
        return sites.removeDemo("Demodaten Mobilfunk entfernt");
    }
}
