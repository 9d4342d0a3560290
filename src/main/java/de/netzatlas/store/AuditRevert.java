package de.netzatlas.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes audited rows back to the state before their audit entries, inside the caller's transaction:
 * an inserted row is tombstoned, an updated or deleted one gets its old values back (under the next
 * version), each step audited under the undoing change set. The one revert the session undo and the
 * undo of an import use for projects and every register; the rows are reached through {@link Rows}.
 */
public final class AuditRevert {

    /** How a service reaches its versioned, tombstoned rows (keys are UUIDs). */
    public interface Rows<T> {

        Optional<T> find(Transaction tx, UUID id);

        /** The highest version stored for {@code id} (tombstones included), 0 if none. */
        int storedVersion(Transaction tx, UUID id);

        void save(Transaction tx, T row, int version, String user);

        void markDeleted(Transaction tx, UUID id, int version, String user);
    }

    /** How a row and its audited values map onto each other. */
    public interface Values<T> {

        /** The row's values as the audit log keeps them. */
        Map<String, Object> values(T row);

        /** The row from an audit entry's values, carrying {@code version}. */
        T fromValues(Map<String, Object> values, int version);
    }

    private AuditRevert() {
    }

    /** Reverts the entries of {@code table} in {@code entriesNewestFirst} (others are ignored). */
    public static <T> void revert(Transaction tx, ChangeSet cs, AuditLog audit, String table, Rows<T> rows,
                                  Values<T> values, List<AuditEntry> entriesNewestFirst) {
        for (AuditEntry e : entriesNewestFirst) {
            if (!table.equals(e.table())) {
                continue;
            }
            UUID id = UUID.fromString(e.rowKey());
            int version = rows.storedVersion(tx, id) + 1;
            Optional<T> current = rows.find(tx, id);
            if (e.action() == AuditAction.INSERT) {
                rows.markDeleted(tx, id, version, cs.user());
                audit.recordDelete(tx, cs, table, e.rowKey(), version, e.newValues());
            } else {
                T previous = values.fromValues(e.oldValues(), version);
                rows.save(tx, previous, version, cs.user());
                Map<String, Object> now = values.values(previous);
                if (current.isPresent()) {
                    audit.recordUpdate(tx, cs, table, e.rowKey(), version, values.values(current.get()), now);
                } else {
                    audit.recordInsert(tx, cs, table, e.rowKey(), version, now);
                }
            }
        }
    }
}
