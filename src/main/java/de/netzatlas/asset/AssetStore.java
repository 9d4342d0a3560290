package de.netzatlas.asset;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.netzatlas.store.Transaction;

/**
 * What {@link AssetService} needs from a register's repository: live rows, versions, save,
 * tombstone and the demo rows. Implemented by e.g. {@code SchoolRepository}.
 */
public interface AssetStore<A> {

    /** Every live (not deleted) asset. */
    List<A> findAll();

    Optional<A> find(Transaction tx, UUID id);

    /** The stored version including tombstoned rows, 0 if the asset never existed. */
    int storedVersion(Transaction tx, UUID id);

    /** Inserts or overwrites the asset (live) with the given version, including its status history. */
    void save(Transaction tx, A asset, int version, String user);

    void markDeleted(Transaction tx, UUID id, int version, String user);

    /** Physically removes every demo row; returns how many assets went. */
    int deleteDemo(Transaction tx);

    int countDemo();
}
