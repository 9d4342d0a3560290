package de.netzatlas.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.netzatlas.store.AuditAction;
import de.netzatlas.store.AuditEntry;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Database;
import de.netzatlas.store.Transaction;

/**
 * The list of imports, kept in the audit log itself (no extra table, no migration): an import that
 * wrote something adds, in its transaction, one entry for the pseudo-table {@value #TABLE} keyed by the
 * import's change set id (target, file and counts as values); undoing it adds the matching DELETE under
 * the undo's change set. The entry carries its own change set id (same time, user and description), so
 * the import's change set holds only the data rows it changed. The list rolls back with a failed import
 * and travels with the data file like all history.
 */
final class ImportRunLog {

    static final String TABLE = "import";

    private final Database db;
    private final AuditLog audit;

    ImportRunLog(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Records a finished import inside its transaction. */
    void recordRun(Transaction tx, ChangeSet cs, String target, String file, long rows, long inserted, long updated,
                   long unchanged, long skipped) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("target", target);
        values.put("file", file);
        values.put("rows", rows);
        values.put("inserted", inserted);
        values.put("updated", updated);
        values.put("unchanged", unchanged);
        values.put("skipped", skipped);
        audit.recordInsert(tx, new ChangeSet(UUID.randomUUID(), cs.at(), cs.user(), cs.description()), TABLE,
                cs.id().toString(), null, values);
    }

    /** Marks {@code run} as undone inside the undo's transaction. */
    void recordUndo(Transaction tx, ChangeSet undo, AuditEntry run) {
        audit.recordDelete(tx, undo, TABLE, run.rowKey(), null, run.newValues());
    }

    /** The recorded entry of an import's change set, if it was recorded. */
    Optional<AuditEntry> entry(UUID changeSet) {
        return audit.history(db, TABLE, changeSet.toString()).stream()
                .filter(e -> e.action() == AuditAction.INSERT).findFirst();
    }

    /** The most recent imports, newest first. */
    List<ImportRun> recent(int limit) {
        Map<String, AuditEntry> runs = new LinkedHashMap<>();
        Map<String, Instant> undone = new LinkedHashMap<>();
        for (AuditEntry e : audit.tableHistory(db, TABLE)) {
            if (e.action() == AuditAction.INSERT) {
                runs.put(e.rowKey(), e);
            } else if (e.action() == AuditAction.DELETE) {
                undone.put(e.rowKey(), e.changedAt());
            }
        }
        List<ImportRun> out = new ArrayList<>();
        for (AuditEntry e : runs.values()) {
            out.add(0, toRun(e, undone.get(e.rowKey())));
        }
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** The import with this change set, with its undo state. */
    Optional<ImportRun> find(UUID changeSet) {
        List<AuditEntry> history = audit.history(db, TABLE, changeSet.toString());
        Instant undoneAt = history.stream().filter(e -> e.action() == AuditAction.DELETE).map(AuditEntry::changedAt)
                .findFirst().orElse(null);
        return history.stream().filter(e -> e.action() == AuditAction.INSERT).findFirst().map(e -> toRun(e, undoneAt));
    }

    private static ImportRun toRun(AuditEntry e, Instant undoneAt) {
        Map<String, Object> v = e.newValues();
        return new ImportRun(UUID.fromString(e.rowKey()), e.changedAt(), e.changedBy(), String.valueOf(v.get("target")),
                String.valueOf(v.get("file")), number(v.get("rows")), number(v.get("inserted")), number(v.get("updated")),
                undoneAt);
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }
}
