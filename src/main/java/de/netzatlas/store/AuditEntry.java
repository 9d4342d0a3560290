package de.netzatlas.store;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One audited change of one row, with the row's values before and after as column → value. */
public record AuditEntry(long id, UUID changeSet, Instant changedAt, String changedBy, String table,
                         String rowKey, AuditAction action, Integer rowVersion,
                         Map<String, Object> oldValues, Map<String, Object> newValues, String description) {
}
