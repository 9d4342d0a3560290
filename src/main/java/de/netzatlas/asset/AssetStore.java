package de.netzatlas.asset;

import java.util.List;

import de.netzatlas.store.AuditRevert;
import de.netzatlas.store.Transaction;

/**
 * What {@link AssetService} needs from a register's repository: live rows, versions, save,
 * tombstone and the demo rows. Implemented by e.g. {@code SchoolRepository}.
 */
public interface AssetStore<A> extends AuditRevert.Rows<A> {

    /** Every live (not deleted) asset. */
    List<A> findAll();

    /** Inserts or overwrites the asset (live) with the given version, including its status history. */
    @Override
    void save(Transaction tx, A asset, int version, String user);

    /** Physically removes every demo row; returns how many assets went. */
    int deleteDemo(Transaction tx);

    int countDemo();
}
