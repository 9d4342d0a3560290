package de.netzatlas.schools;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import de.netzatlas.asset.AssetService;
import de.netzatlas.asset.LocationRules;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;
import de.netzatlas.store.SessionUndo;

/**
 * Use cases of the school register: the shared audited CRUD with session undo and the lookup by
 * Schulnummer. Files are imported through the exchange framework (target {@code schools}).
 */
public final class SchoolService extends AssetService<School> {

    public SchoolService(Database db, SchoolRepository repository, SchoolValidator validator, LocationRules locations,
                         AuditLog audit, Clock clock, Supplier<String> user) {
        super(db, repository, new SchoolKind(validator), locations, audit, clock, user);
    }

    /** A service that pushes its changes on the session's shared undo history. */
    public SchoolService(Database db, SchoolRepository repository, SchoolValidator validator, LocationRules locations,
                         AuditLog audit, Clock clock, Supplier<String> user, SessionUndo session) {
        super(db, repository, new SchoolKind(validator), locations, audit, clock, user, session);
    }

    public Optional<School> bySchulnummer(String schulnummer) {
        return all().stream().filter(s -> s.schulnummer().equals(schulnummer)).findFirst();
    }
}
