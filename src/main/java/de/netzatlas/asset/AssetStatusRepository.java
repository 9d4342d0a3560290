package de.netzatlas.asset;

import static de.netzatlas.store.schema.Tables.ASSET_STATUS_CHANGE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;

import de.netzatlas.store.Database;
import de.netzatlas.store.Transaction;
import de.netzatlas.store.schema.tables.records.AssetStatusChangeRecord;

/**
 * Reads and writes the status histories of all registers (table {@code asset_status_change}); the
 * register's table name (e.g. {@code school}) keeps them apart. A register's repository calls this
 * in the same transaction as it saves the asset: saving rewrites the asset's history.
 */
public final class AssetStatusRepository {

    private final Database db;
    private final Clock clock;

    public AssetStatusRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The live histories of every asset of one register, keyed by asset id. */
    public <S extends Enum<S> & AssetStatus> Map<UUID, StatusHistory<S>> findAll(String assetTable, Class<S> type) {
        return read(db.dsl(), assetTable, null, type);
    }

    /** The history of one asset, read inside a transaction; null if it has none. */
    public <S extends Enum<S> & AssetStatus> StatusHistory<S> find(Transaction tx, String assetTable, UUID id,
                                                                  Class<S> type) {
        return read(tx.dsl(), assetTable, id, type).get(id);
    }

    private static <S extends Enum<S> & AssetStatus> Map<UUID, StatusHistory<S>> read(DSLContext dsl, String assetTable,
                                                                                     UUID id, Class<S> type) {
        var condition = ASSET_STATUS_CHANGE.ASSET_TABLE.eq(assetTable).and(ASSET_STATUS_CHANGE.DELETED.isFalse());
        if (id != null) {
            condition = condition.and(ASSET_STATUS_CHANGE.ASSET_ID.eq(id));
        }
        Map<UUID, List<StatusChange<S>>> byAsset = new HashMap<>();
        for (AssetStatusChangeRecord r : dsl.selectFrom(ASSET_STATUS_CHANGE).where(condition)
                .orderBy(ASSET_STATUS_CHANGE.ASSET_ID, ASSET_STATUS_CHANGE.POSITION).fetch()) {
            byAsset.computeIfAbsent(r.getAssetId(), k -> new ArrayList<>())
                    .add(new StatusChange<>(Enum.valueOf(type, r.getStatus()), r.getSince()));
        }
        Map<UUID, StatusHistory<S>> out = new HashMap<>();
        byAsset.forEach((k, v) -> out.put(k, new StatusHistory<>(v)));
        return out;
    }

    /** Replaces the stored history of one asset (live rows) with {@code history}. */
    public void save(Transaction tx, String assetTable, UUID id, StatusHistory<?> history, boolean demo, int version,
                     String user) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        tx.dsl().deleteFrom(ASSET_STATUS_CHANGE).where(ASSET_STATUS_CHANGE.ASSET_TABLE.eq(assetTable)
                .and(ASSET_STATUS_CHANGE.ASSET_ID.eq(id))).execute();
        var insert = tx.dsl().insertInto(ASSET_STATUS_CHANGE, ASSET_STATUS_CHANGE.ASSET_TABLE,
                ASSET_STATUS_CHANGE.ASSET_ID, ASSET_STATUS_CHANGE.POSITION, ASSET_STATUS_CHANGE.STATUS,
                ASSET_STATUS_CHANGE.SINCE, ASSET_STATUS_CHANGE.DEMO, ASSET_STATUS_CHANGE.VERSION,
                ASSET_STATUS_CHANGE.UPDATED_AT, ASSET_STATUS_CHANGE.UPDATED_BY);
        int position = 0;
        for (StatusChange<?> c : history.changes()) {
            insert = insert.values(assetTable, id, position++, c.status().name(), c.since(), demo, version, now, user);
        }
        insert.execute();
    }

    /** Tombstones the history of a deleted asset. */
    public void markDeleted(Transaction tx, String assetTable, UUID id) {
        tx.dsl().update(ASSET_STATUS_CHANGE).set(ASSET_STATUS_CHANGE.DELETED, true)
                .where(ASSET_STATUS_CHANGE.ASSET_TABLE.eq(assetTable).and(ASSET_STATUS_CHANGE.ASSET_ID.eq(id)))
                .execute();
    }

    /** Physically removes the histories of all demo assets of a register. */
    public int deleteDemo(Transaction tx, String assetTable) {
        return tx.dsl().deleteFrom(ASSET_STATUS_CHANGE).where(ASSET_STATUS_CHANGE.ASSET_TABLE.eq(assetTable)
                .and(ASSET_STATUS_CHANGE.DEMO.isTrue())).execute();
    }
}
