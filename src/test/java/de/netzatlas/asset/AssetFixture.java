package de.netzatlas.asset;

import java.nio.file.Path;
import java.time.Clock;

import de.netzatlas.region.RegionRepository;
import de.netzatlas.region.RegionSeeder;
import de.netzatlas.region.RegionService;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;

/** A real H2 file with the seeded regions and the shared asset pieces, as AppServices wires them. */
public class AssetFixture implements AutoCloseable {

    public final Database db;
    public final Clock clock = Clock.systemUTC();
    public final AuditLog audit = new AuditLog();
    public final RegionService regions;
    public final LocationRules locations;
    public final AssetStatusRepository statuses;

    public AssetFixture(Path dir) {
        db = Database.open(dir.resolve("assets.mv.db"));
        RegionRepository repo = new RegionRepository(db, audit, clock);
        new RegionSeeder(db, repo, clock).seedIfEmpty("test");
        regions = new RegionService(repo, () -> 1.9);
        locations = new LocationRules(regions);
        statuses = new AssetStatusRepository(db, clock);
    }

    @Override
    public void close() {
        db.close();
    }
}
