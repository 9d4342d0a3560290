package de.netzatlas.sites;

import java.time.Clock;
import java.util.function.Supplier;
import de.netzatlas.asset.AssetService;
import de.netzatlas.asset.LocationRules;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;
import de.netzatlas.store.SessionUndo;

/**
 * Use cases of the ITN-XT site register: the shared audited CRUD with session undo. Files are
 * imported through the exchange framework (target {@code sites}).
 */
public final class SiteService extends AssetService<ItnSite> {

    public SiteService(Database db, SiteRepository repository, SiteValidator validator, LocationRules locations,
                       AuditLog audit, Clock clock, Supplier<String> user) {
        super(db, repository, new SiteKind(validator), locations, audit, clock, user);
    }

    /** A service that pushes its changes on the session's shared undo history. */
    public SiteService(Database db, SiteRepository repository, SiteValidator validator, LocationRules locations,
                       AuditLog audit, Clock clock, Supplier<String> user, SessionUndo session) {
        super(db, repository, new SiteKind(validator), locations, audit, clock, user, session);
    }
}
