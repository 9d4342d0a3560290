package de.netzatlas.exchange;

import java.util.List;
import java.util.Set;

import de.netzatlas.store.AuditEntry;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Transaction;

/**
 * What an import writes into: coverage, projects, project areas, regions' statistics and the
 * registers (schools, ITN-XT sites, mobile sites: one generic {@link AssetImportTarget}, decision
 * 0015). A target declares its fields, validates mapped rows (with cross-row state such as duplicate keys), writes
 * valid records inside the import's one transaction – matching existing records by their natural
 * key, honouring skip/overwrite, auditing every change under the import's change set – and can
 * revert its audit entries for "undo import".
 *
 * @param <T> the validated record
 */
public interface ImportTarget<T> {

    /**
     * The CLI name: {@code coverage}, {@code projects}, {@code project-areas}, {@code regions},
     * {@code schools}, {@code sites}, {@code mobile}.
     */
    String id();

    /** German label for menus and messages. */
    String label();

    List<TargetField> fields();

    /** The field that identifies a record (AGS, Schulnummer, Kennung …): {@code --key-column} maps it. */
    default String keyField() {
        return fields().get(0).key();
    }

    /** A validator for one import run. */
    RowValidator<T> validator();

    /** A writer for one import run, inside {@code tx}; it reports skipped records to {@code problems}. */
    TargetWriter<T> writer(Transaction tx, ChangeSet cs, ExistingPolicy policy, Problems problems);

    /** The audit table names this target writes (undo dispatches entries by table). */
    Set<String> auditTables();

    /** Reverts {@code entries} (already in reverse order) inside {@code tx}, audited under {@code cs}. */
    void undo(Transaction tx, ChangeSet cs, List<AuditEntry> entries);

    /** Called after a committed write or undo (e.g. to refresh caches). */
    default void afterCommit() {
    }

    /** Validates one mapped row; returns the record, or null when the row has errors (reported on the row). */
    @FunctionalInterface
    interface RowValidator<T> {
        T validate(MappedRow row);
    }

    /** Writes validated records into the open transaction. */
    interface TargetWriter<T> {
        Outcome write(T record, long row);

        /** After the last record (still inside the transaction). */
        default void finish() {
        }
    }

    enum Outcome { INSERTED, UPDATED, UNCHANGED, SKIPPED }

    /** What to do with an existing record (same natural key) whose values differ. */
    enum ExistingPolicy { OVERWRITE, SKIP }
}
