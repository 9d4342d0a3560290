package de.netzatlas.store;

import static de.netzatlas.store.schema.Tables.AUDIT_LOG;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import de.netzatlas.store.schema.tables.records.AuditLogRecord;

/**
 * Writes and reads the audit trail. Every service that inserts, updates or deletes a row records
 * it here in the same transaction, with the row's old and new values as JSON objects; history,
 * undo, "as of" report snapshots and merging of field edits are built on these rows.
 */
public final class AuditLog {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public void recordInsert(Transaction tx, ChangeSet cs, String table, String rowKey, Integer version,
                             Map<String, ?> newValues) {
        write(tx, cs, table, rowKey, AuditAction.INSERT, version, null, newValues);
    }

    public void recordUpdate(Transaction tx, ChangeSet cs, String table, String rowKey, Integer version,
                             Map<String, ?> oldValues, Map<String, ?> newValues) {
        write(tx, cs, table, rowKey, AuditAction.UPDATE, version, oldValues, newValues);
    }

    public void recordDelete(Transaction tx, ChangeSet cs, String table, String rowKey, Integer version,
                             Map<String, ?> oldValues) {
        write(tx, cs, table, rowKey, AuditAction.DELETE, version, oldValues, null);
    }

    private void write(Transaction tx, ChangeSet cs, String table, String rowKey, AuditAction action,
                       Integer version, Map<String, ?> oldValues, Map<String, ?> newValues) {
        tx.dsl().insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.CHANGE_SET, cs.id())
                .set(AUDIT_LOG.CHANGED_AT, cs.at().atOffset(ZoneOffset.UTC))
                .set(AUDIT_LOG.CHANGED_BY, cs.user())
                .set(AUDIT_LOG.TABLE_NAME, table)
                .set(AUDIT_LOG.ROW_KEY, rowKey)
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.ROW_VERSION, version)
                .set(AUDIT_LOG.OLD_VALUES, toJson(oldValues))
                .set(AUDIT_LOG.NEW_VALUES, toJson(newValues))
                .set(AUDIT_LOG.DESCRIPTION, cs.description())
                .execute();
    }

    /** The history of one row, oldest first. */
    public List<AuditEntry> history(Database db, String table, String rowKey) {
        return db.dsl().selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(table).and(AUDIT_LOG.ROW_KEY.eq(rowKey)))
                .orderBy(AUDIT_LOG.ID)
                .fetch(this::toEntry);
    }

    /** Every row written by one change set, in the order written. */
    public List<AuditEntry> changeSet(Database db, java.util.UUID changeSet) {
        return db.dsl().selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.CHANGE_SET.eq(changeSet))
                .orderBy(AUDIT_LOG.ID)
                .fetch(this::toEntry);
    }

    /**
     * The latest audit row per row key of {@code table} written at or before {@code at} (an "as of"
     * snapshot: the row's state then is the entry's new values, or gone if it is a DELETE), sorted by key.
     */
    public java.util.SortedMap<String, AuditEntry> latestPerKey(Database db, String table, java.time.Instant at) {
        java.util.SortedMap<String, AuditEntry> latest = new java.util.TreeMap<>();
        db.dsl().selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(table)
                        .and(AUDIT_LOG.CHANGED_AT.le(at.atOffset(ZoneOffset.UTC))))
                .orderBy(AUDIT_LOG.ID)
                .fetch(this::toEntry)
                .forEach(e -> latest.put(e.rowKey(), e));
        return latest;
    }

    /** Every audit row of {@code table}, oldest first. */
    public List<AuditEntry> tableHistory(Database db, String table) {
        return db.dsl().selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(table))
                .orderBy(AUDIT_LOG.ID)
                .fetch(this::toEntry);
    }

    public int count(Database db) {
        return db.dsl().fetchCount(AUDIT_LOG);
    }

    private AuditEntry toEntry(AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getChangeSet(), r.getChangedAt().toInstant(), r.getChangedBy(),
                r.getTableName(), r.getRowKey(), AuditAction.valueOf(r.getAction()), r.getRowVersion(),
                fromJson(r.getOldValues()), fromJson(r.getNewValues()), r.getDescription());
    }

    private String toJson(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Werte nicht als JSON darstellbar: " + values.keySet(), e);
        }
    }

    private Map<String, Object> fromJson(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Beschädigter Protokolleintrag: " + text, e);
        }
    }
}
