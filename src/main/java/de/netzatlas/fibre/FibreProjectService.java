package de.netzatlas.fibre;

import java.time.Clock;
import java.util.List;
import java.util.Map;
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
 * Creates, updates and deletes rollout projects. Every action is validated (errors block it), written
 * with its audit row in one transaction under one change set, and pushed on the session's undo
 * history ({@link SessionUndo}, shared with the registers). Undo reads the change set back from the audit log and restores each project's previous state from
 * the recorded old values (a new, audited change set "Rückgängig: …"). Thread-safe.
 */
public final class FibreProjectService implements SessionUndo.Owner {

    /** The ministry's time zone: a report's cut-off day ends at midnight there. */
    private static final java.time.ZoneId DEMO_ZONE = java.time.ZoneId.of("Europe/Berlin");

    private final Database db;
    private final FibreProjectRepository repository;
    private final ProjectValidator validator;
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<String> user;
    private final SessionUndo session;

    /** A service with an undo history of its own (tests, tools). */
    public FibreProjectService(Database db, FibreProjectRepository repository, ProjectValidator validator,
                               AuditLog audit, Clock clock, Supplier<String> user) {
        this(db, repository, validator, audit, clock, user, new SessionUndo(db, audit, clock, user));
    }

    /** A service that pushes its changes on the session's shared undo history. */
    public FibreProjectService(Database db, FibreProjectRepository repository, ProjectValidator validator,
                               AuditLog audit, Clock clock, Supplier<String> user, SessionUndo session) {
        this.session = session;
        this.db = db;
        this.repository = repository;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
    }

    public List<FibreProject> all() {
        return repository.findAll();
    }

    /**
     * Every project as it stood at {@code at}, rebuilt from the audit log: the state of the last audit
     * row at or before {@code at} (projects deleted by then, or created later, are absent), sorted by
     * name and id. Demo projects are synthetic pictures of the past whose load time means nothing: a
     * demo project still present but loaded after {@code at} appears as its milestones say it stood
     * then (absent before its market survey). Reads only.
     */
    public List<FibreProject> asOf(java.time.Instant at) {
        java.util.SortedMap<String, AuditEntry> latest = audit.latestPerKey(db, ProjectValues.TABLE, at);
        java.util.Map<String, AuditEntry> demoLoads = new java.util.HashMap<>();
        for (FibreProject p : repository.findAll()) {
            if (p.demo() && !latest.containsKey(key(p))) {
                audit.history(db, ProjectValues.TABLE, key(p)).stream()
                        .filter(e -> e.action() == AuditAction.INSERT)
                        .reduce((a, b) -> b)
                        .ifPresent(e -> demoLoads.put(key(p), e));
            }
        }
        java.util.List<FibreProject> out = new java.util.ArrayList<>();
        latest.values().stream()
                .filter(e -> e.action() != AuditAction.DELETE && e.newValues() != null)
                .forEach(e -> out.add(ProjectValues.from(e.newValues(),
                        e.rowVersion() == null ? 1 : e.rowVersion())));
        // a demo project loaded later stands for a synthetic past: as its milestones say it stood then
        java.time.LocalDate day = at.atZone(DEMO_ZONE).toLocalDate();
        demoLoads.values().stream()
                .filter(e -> e.action() != AuditAction.DELETE && e.newValues() != null)
                .map(e -> ProjectValues.from(e.newValues(), e.rowVersion() == null ? 1 : e.rowVersion()))
                .forEach(p -> DemoProjectGenerator.pictureAt(p, day).ifPresent(out::add));
        out.sort(java.util.Comparator.comparing(FibreProject::name).thenComparing(FibreProject::id));
        return out;
    }

    /** The projects on a day by valid time, and those counted by entry time because they carry no date. */
    public record OnDay(List<FibreProject> projects, int byEntryTime) {
    }

    /**
     * Every current project as it stood on {@code day} by its own dates (valid time, see
     * {@link ProjectValidTime}), sorted by name and id: projects deleted since are gone, a project
     * entered today with a status dated 2022 counts in 2022. Only a project without any status date
     * is taken as the audit log had it at the end of the day (entry time) and counted in
     * {@link OnDay#byEntryTime}. Demo projects are pictured from their milestones. Reads only.
     */
    public OnDay validOn(java.time.LocalDate day) {
        java.util.Map<String, List<FibreProject>> recorded = new java.util.HashMap<>();
        for (AuditEntry e : audit.tableHistory(db, ProjectValues.TABLE)) {
            if (e.action() != AuditAction.DELETE && e.newValues() != null) {
                recorded.computeIfAbsent(e.rowKey(), k -> new java.util.ArrayList<>())
                        .add(ProjectValues.from(e.newValues(), e.rowVersion() == null ? 1 : e.rowVersion()));
            }
        }
        java.time.Instant end = day.plusDays(1).atStartOfDay(DEMO_ZONE).toInstant().minusNanos(1);
        java.util.Set<String> undated = new java.util.HashSet<>();
        java.util.List<FibreProject> out = new java.util.ArrayList<>();
        for (FibreProject p : repository.findAll()) {
            if (p.demo()) {
                DemoProjectGenerator.pictureAt(p, day).ifPresent(out::add);
                continue;
            }
            ProjectValidTime.OnDay on = ProjectValidTime.on(p, recorded.getOrDefault(key(p), List.of()), day);
            if (on.undated()) {
                undated.add(key(p));
            } else {
                on.project().ifPresent(out::add);
            }
        }
        int byEntryTime = 0;
        if (!undated.isEmpty()) {
            for (AuditEntry e : audit.latestPerKey(db, ProjectValues.TABLE, end).values()) {
                if (undated.contains(e.rowKey()) && e.action() != AuditAction.DELETE && e.newValues() != null) {
                    out.add(ProjectValues.from(e.newValues(), e.rowVersion() == null ? 1 : e.rowVersion()));
                    byEntryTime++;
                }
            }
        }
        out.sort(java.util.Comparator.comparing(FibreProject::name).thenComparing(FibreProject::id));
        return new OnDay(List.copyOf(out), byEntryTime);
    }

    public Optional<FibreProject> find(UUID id) {
        return repository.find(id);
    }

    /** Issues of a project as it would be saved now (for the form, before saving). */
    public List<ValidationIssue> validate(FibreProject project) {
        return validator.validate(project, repository.find(project.id()));
    }

    /** Saves a new project; returns it with its stored version, or throws with the errors. */
    public synchronized FibreProject create(FibreProject project) {
        check(validator.validate(project, Optional.empty()));
        ChangeSet cs = ChangeSet.start(user.get(), clock, "Projekt angelegt: " + project.name());
        FibreProject saved = project.withVersion(1);
        db.inTransaction(tx -> {
            if (repository.storedVersion(tx, project.id()) != 0) {
                throw new IllegalStateException("Projekt " + project.id() + " gibt es bereits.");
            }
            repository.save(tx, saved, 1, cs.user());
            audit.recordInsert(tx, cs, ProjectValues.TABLE, key(saved), 1, ProjectValues.of(saved));
        });
        session.push(this, cs);
        return saved;
    }

    /** Saves changes; the project's version must be the stored one (else someone else changed it). */
    public synchronized FibreProject update(FibreProject project) {
        ChangeSet cs = ChangeSet.start(user.get(), clock, "Projekt geändert: " + project.name());
        FibreProject saved = db.inTransactionResult(tx -> {
            FibreProject old = repository.find(tx, project.id()).orElseThrow(() ->
                    new ProjectConflictException("Projekt „" + project.name() + "“ gibt es nicht (mehr)."));
            if (old.version() != project.version()) {
                throw new ProjectConflictException("Projekt „" + project.name() + "“ wurde inzwischen geändert "
                        + "(Version " + old.version() + " statt " + project.version() + "); bitte neu laden.");
            }
            check(validator.validate(project, Optional.of(old)));
            FibreProject next = project.withVersion(old.version() + 1);
            repository.save(tx, next, next.version(), cs.user());
            audit.recordUpdate(tx, cs, ProjectValues.TABLE, key(next), next.version(), ProjectValues.of(old),
                    ProjectValues.of(next));
            return next;
        });
        session.push(this, cs);
        return saved;
    }

    /** Tombstones the project (and its Gemeinden and milestones). */
    public synchronized void delete(UUID id) {
        FibreProject old = repository.find(id).orElseThrow(() ->
                new IllegalStateException("Projekt " + id + " gibt es nicht (mehr)."));
        ChangeSet cs = ChangeSet.start(user.get(), clock, "Projekt gelöscht: " + old.name());
        db.inTransaction(tx -> {
            int version = repository.storedVersion(tx, id) + 1;
            repository.markDeleted(tx, id, version, cs.user());
            audit.recordDelete(tx, cs, ProjectValues.TABLE, key(old), version, ProjectValues.of(old));
        });
        session.push(this, cs);
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
     * Reverts project audit entries (newest first) inside the caller's transaction, audited under
     * {@code cs}: the session undo and the undo of an import (exchange) share this.
     */
    public void revert(Transaction tx, ChangeSet cs, List<AuditEntry> entriesNewestFirst) {
        AuditRevert.revert(tx, cs, audit, ProjectValues.TABLE, repository, ProjectValues.AUDITED, entriesNewestFirst);
    }

    /** The stored project inside the caller's transaction (for imports). */
    public Optional<FibreProject> find(Transaction tx, UUID id) {
        return repository.find(tx, id);
    }

    /**
     * Saves an imported project (new when {@code previous} is empty, else a change of it) inside the
     * caller's transaction, audited under {@code cs}. The caller has validated it; returns the saved project.
     */
    public FibreProject saveImported(Transaction tx, ChangeSet cs, FibreProject project, Optional<FibreProject> previous) {
        int version = repository.storedVersion(tx, project.id()) + 1;
        FibreProject next = project.withVersion(version);
        repository.save(tx, next, version, cs.user());
        if (previous.isPresent()) {
            audit.recordUpdate(tx, cs, ProjectValues.TABLE, key(next), version, ProjectValues.of(previous.get()),
                    ProjectValues.of(next));
        } else {
            audit.recordInsert(tx, cs, ProjectValues.TABLE, key(next), version, ProjectValues.of(next));
        }
        return next;
    }

    /** The audit table of projects. */
    public static String auditTable() {
        return ProjectValues.TABLE;
    }

    private static String key(FibreProject p) {
        return p.id().toString();
    }

    private static void check(List<ValidationIssue> issues) {
        if (issues.stream().anyMatch(ValidationIssue::isError)) {
            throw new ProjectValidationException(issues);
        }
    }
}
