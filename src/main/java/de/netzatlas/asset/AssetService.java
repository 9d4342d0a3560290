package de.netzatlas.asset;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import de.netzatlas.store.AuditAction;
import de.netzatlas.store.AuditEntry;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.AuditRevert;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Database;
import de.netzatlas.store.SessionUndo;
import de.netzatlas.store.Transaction;

/**
 * The use cases every register shares, after {@code FibreProjectService}: create, update (with
 * optimistic version check), delete (tombstone), move to another point and the demo data set — each
 * validated (errors block it), written with its audit rows in one transaction under one change set,
 * and (except demo) pushed on the session's undo history ({@link SessionUndo}, shared with the other
 * registers and the projects). Undo reads the change set back from the audit log and restores the
 * previous values as a new, audited change set. Imports (package
 * {@code de.netzatlas.exchange}) write through {@link #saveImported} and are undone through
 * {@link #revert} inside the import's transaction, in the same audit format. Thread-safe.
 */
public class AssetService<A extends LocatedAsset<?>> implements SessionUndo.Owner {

    private final Database db;
    private final AssetStore<A> store;
    private final AssetKind<A> kind;
    private final LocationRules locations;
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<String> user;
    private final SessionUndo session;

    /** A service with an undo history of its own (tests, tools). */
    public AssetService(Database db, AssetStore<A> store, AssetKind<A> kind, LocationRules locations, AuditLog audit,
                        Clock clock, Supplier<String> user) {
        this(db, store, kind, locations, audit, clock, user, new SessionUndo(db, audit, clock, user));
    }

    /** A service that pushes its changes on the session's shared undo history. */
    public AssetService(Database db, AssetStore<A> store, AssetKind<A> kind, LocationRules locations, AuditLog audit,
                        Clock clock, Supplier<String> user, SessionUndo session) {
        this.session = session;
        this.db = db;
        this.store = store;
        this.kind = kind;
        this.locations = locations;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
    }

    public List<A> all() {
        return store.findAll();
    }

    /** Whether any record that is not demo data exists (then reports leave the demo records out). */
    public boolean hasReal() {
        return store.findAll().stream().anyMatch(a -> !a.demo());
    }

    /**
     * For each record: the day (in {@code zone}) on which the audit log first shows it in each
     * status, by status name. Reports use it only where a status step carries no date of its own
     * ("Erfassungszeitpunkt"). Reads only.
     */
    public java.util.Map<UUID, java.util.Map<String, java.time.LocalDate>> firstRecorded(java.time.ZoneId zone) {
        java.util.Map<UUID, java.util.Map<String, java.time.LocalDate>> out = new java.util.HashMap<>();
        for (AuditEntry e : audit.tableHistory(db, kind.table())) {
            if (e.action() == AuditAction.DELETE || e.newValues() == null) {
                continue;
            }
            A a = kind.fromValues(e.newValues(), e.rowVersion() == null ? 1 : e.rowVersion());
            out.computeIfAbsent(a.id(), k -> new java.util.HashMap<>())
                    .putIfAbsent(a.status().name(), e.changedAt().atZone(zone).toLocalDate());
        }
        return out;
    }

    public Optional<A> find(UUID id) {
        return store.findAll().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public AssetKind<A> kind() {
        return kind;
    }

    public LocationRules locations() {
        return locations;
    }

    /** Issues of an asset as it would be saved now (for the form, before saving). */
    public List<ValidationIssue> validate(A asset) {
        Optional<A> previous = asset.version() == 0 ? Optional.empty() : find(asset.id());
        return kind.validate(asset, previous);
    }

    public synchronized A create(A asset) {
        AssetValidationException.throwIfErrors(kind.noun(), kind.validate(asset, Optional.empty()));
        ChangeSet cs = ChangeSet.start(user.get(), clock, kind.noun() + " angelegt: " + asset.name());
        A saved = kind.withVersion(asset, 1);
        db.inTransaction(tx -> {
            if (store.storedVersion(tx, asset.id()) != 0) {
                throw new IllegalStateException(kind.noun() + " " + asset.id() + " gibt es bereits.");
            }
            insert(tx, cs, saved);
        });
        session.push(this, cs);
        return saved;
    }

    public synchronized A update(A asset) {
        ChangeSet cs = ChangeSet.start(user.get(), clock, kind.noun() + " geändert: " + asset.name());
        A saved = db.inTransactionResult(tx -> updateIn(tx, cs, asset));
        session.push(this, cs);
        return saved;
    }

    /** Moves the asset to {@code to} (e.g. dragged on the map); the Gemeinde follows the point. */
    public synchronized A move(UUID id, GeoPoint to) {
        A current = find(id).orElseThrow(() -> new IllegalStateException(kind.noun() + " " + id + " gibt es nicht (mehr)."));
        A moved = kind.moved(current, to, locations.gemeindeFor(to, null));
        ChangeSet cs = ChangeSet.start(user.get(), clock, kind.noun() + " verschoben: " + current.name());
        A saved = db.inTransactionResult(tx -> updateIn(tx, cs, moved));
        session.push(this, cs);
        return saved;
    }

    public synchronized void delete(UUID id) {
        ChangeSet cs = ChangeSet.start(user.get(), clock, kind.noun() + " gelöscht: "
                + find(id).map(LocatedAsset::name).orElse(id.toString()));
        db.inTransaction(tx -> {
            A old = store.find(tx, id).orElseThrow(() ->
                    new IllegalStateException(kind.noun() + " " + id + " gibt es nicht (mehr)."));
            int version = store.storedVersion(tx, id) + 1;
            store.markDeleted(tx, id, version, cs.user());
            audit.recordDelete(tx, cs, kind.table(), id.toString(), version, kind.values(old));
        });
        session.push(this, cs);
    }

    /** The stored asset inside the caller's transaction (for imports). */
    public Optional<A> find(Transaction tx, UUID id) {
        return store.find(tx, id);
    }

    /**
     * Saves an imported asset – new when {@code previous} is empty, else a change of it – inside the
     * caller's transaction, audited under {@code cs} in the same format as the form's edits (so the
     * window-wide undo and {@link #asOf} see imported rows like any other). The caller has validated
     * it; returns the saved asset. Not pushed on the session undo stack: the import is undone as a
     * whole through {@link #revert}.
     */
    public A saveImported(Transaction tx, ChangeSet cs, A asset, Optional<A> previous) {
        int version = store.storedVersion(tx, asset.id()) + 1;
        A next = kind.withVersion(asset, version);
        store.save(tx, next, version, cs.user());
        if (previous.isPresent()) {
            audit.recordUpdate(tx, cs, kind.table(), next.id().toString(), version, kind.values(previous.get()),
                    kind.values(next));
        } else {
            audit.recordInsert(tx, cs, kind.table(), next.id().toString(), version, kind.values(next));
        }
        return next;
    }

    private void insert(Transaction tx, ChangeSet cs, A saved) {
        store.save(tx, saved, 1, cs.user());
        audit.recordInsert(tx, cs, kind.table(), saved.id().toString(), 1, kind.values(saved));
    }

    private A updateIn(Transaction tx, ChangeSet cs, A asset) {
        A old = store.find(tx, asset.id()).orElseThrow(() ->
                new AssetConflictException(kind.noun() + " „" + asset.name() + "“ gibt es nicht (mehr)."));
        if (old.version() != asset.version()) {
            throw new AssetConflictException(kind.noun() + " „" + asset.name() + "“ wurde inzwischen geändert "
                    + "(Version " + old.version() + " statt " + asset.version() + "); bitte neu laden.");
        }
        AssetValidationException.throwIfErrors(kind.noun(), kind.validate(asset, Optional.of(old)));
        A next = kind.withVersion(asset, old.version() + 1);
        store.save(tx, next, next.version(), cs.user());
        audit.recordUpdate(tx, cs, kind.table(), next.id().toString(), next.version(), kind.values(old),
                kind.values(next));
        return next;
    }

    @Override
    public SessionUndo session() {
        return session;
    }

    @Override
    public synchronized void takeBack(List<AuditEntry> entriesNewestFirst, ChangeSet undo) {
        db.inTransaction(tx -> revert(tx, undo, entriesNewestFirst));
    }

    /**
     * Reverts this register's audit entries (newest first; entries of other tables are ignored) inside
     * the caller's transaction, audited under {@code cs}: the session undo and the undo of an import
     * (exchange) share this.
     */
    public void revert(Transaction tx, ChangeSet cs, List<AuditEntry> entriesNewestFirst) {
        AuditRevert.revert(tx, cs, audit, kind.table(), store, kind, entriesNewestFirst);
    }

    /**
     * The register as it stood at {@code at}, from the audit history: each asset in the state of
     * its latest audit row at or before that instant (deleted ones left out). Demo assets loaded
     * after the instant stand for a synthetic past and are included as they are now, so a report
     * on demo data is never empty just because the demo set was loaded today. Reads only.
     */
    public List<A> asOf(java.time.Instant at) {
        java.util.SortedMap<String, AuditEntry> latest = audit.latestPerKey(db, kind.table(), at);
        List<A> out = new java.util.ArrayList<>();
        for (AuditEntry e : latest.values()) {
            if (e.action() != AuditAction.DELETE && e.newValues() != null) {
                out.add(kind.fromValues(e.newValues(), e.rowVersion() == null ? 1 : e.rowVersion()));
            }
        }
        for (A a : store.findAll()) {
            if (a.demo() && !latest.containsKey(a.id().toString())) {
                out.add(a);
            }
        }
        out.sort(java.util.Comparator.comparing((A a) -> a.name() == null ? "" : a.name())
                .thenComparing(a -> a.id().toString()));
        return out;
    }

    public boolean hasDemo() {
        return store.countDemo() > 0;
    }

    /** Replaces the demo assets of this register with {@code demo} (all flagged demo); audited, not undoable. */
    public synchronized int loadDemo(List<A> demo, String description) {
        ChangeSet cs = ChangeSet.start(user.get(), clock, description);
        return db.inTransactionResult(tx -> loadDemoIn(tx, cs, demo));
    }

    /**
     * Replaces this register's demo assets by {@code demo} inside the caller's transaction, so that
     * the whole demo data set of all registers lands or none of it does.
     */
    public synchronized int loadDemoIn(Transaction tx, ChangeSet cs, List<A> demo) {
        removeDemoIn(tx, cs);
        for (A a : demo) {
            if (!a.demo()) {
                throw new IllegalArgumentException("Kein Demodatensatz: " + a.name());
            }
            insert(tx, cs, kind.withVersion(a, 1));
        }
        return demo.size();
    }

    /** Removes exactly this register's demo assets; returns how many. */
    public synchronized int removeDemo(String description) {
        ChangeSet cs = ChangeSet.start(user.get(), clock, description);
        return db.inTransactionResult(tx -> removeDemoIn(tx, cs));
    }

    /** Removes exactly this register's demo assets inside the caller's transaction; returns how many. */
    public synchronized int removeDemoIn(Transaction tx, ChangeSet cs) {
        for (A a : store.findAll()) {
            if (a.demo()) {
                audit.recordDelete(tx, cs, kind.table(), a.id().toString(), a.version(), kind.values(a));
            }
        }
        return store.deleteDemo(tx);
    }
}
