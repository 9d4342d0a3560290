package de.netzatlas.asset;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Table;
import org.jooq.UpdatableRecord;

import de.netzatlas.store.ColumnLengths;
import de.netzatlas.store.Database;
import de.netzatlas.store.Transaction;

/**
 * The part of a register's repository that is the same for every register table ({@code school},
 * {@code itn_site}, {@code mobile_site}): live rows with their status history (via
 * {@link AssetStatusRepository}, same transaction), versions, save as insert-or-overwrite,
 * deletion as a tombstone, and the demo rows, which alone are removed physically. The register's
 * repository maps its own columns to and from its record.
 *
 * <p>The shared columns are found by the names every register table has by the schema's convention
 * ({@code ID, GEMEINDE_AGS, LAT, LON, STATUS, DEMO, VERSION, UPDATED_AT, UPDATED_BY, DELETED}).
 */
public abstract class AssetRepository<A extends LocatedAsset<S>, S extends Enum<S> & AssetStatus,
        R extends UpdatableRecord<R>> implements AssetStore<A> {

    private final Database db;
    private final Clock clock;
    private final AssetStatusRepository statuses;
    private final Table<R> table;
    private final String assetTable;
    private final Class<S> statusType;
    private final Map<String, String> columnLabels;
    private final List<? extends OrderField<?>> order;
    private final Field<UUID> id;
    private final Field<String> gemeindeAgs;
    private final Field<Double> lat;
    private final Field<Double> lon;
    private final Field<String> status;
    private final Field<Boolean> demo;
    private final Field<Integer> version;
    private final Field<OffsetDateTime> updatedAt;
    private final Field<String> updatedBy;
    private final Field<Boolean> deleted;

    /**
     * @param assetTable   the register's name in the shared history table (e.g. {@code school})
     * @param columnLabels column → German label for the length check on save
     * @param order        the order of {@link #findAll()}
     */
    protected AssetRepository(Database db, Clock clock, AssetStatusRepository statuses, Table<R> table,
                              String assetTable, Class<S> statusType, Map<String, String> columnLabels,
                              List<? extends OrderField<?>> order) {
        this.db = db;
        this.clock = clock;
        this.statuses = statuses;
        this.table = table;
        this.assetTable = assetTable;
        this.statusType = statusType;
        this.columnLabels = Map.copyOf(columnLabels);
        this.order = List.copyOf(order);
        this.id = column("ID", UUID.class);
        this.gemeindeAgs = column("GEMEINDE_AGS", String.class);
        this.lat = column("LAT", Double.class);
        this.lon = column("LON", Double.class);
        this.status = column("STATUS", String.class);
        this.demo = column("DEMO", Boolean.class);
        this.version = column("VERSION", Integer.class);
        this.updatedAt = column("UPDATED_AT", OffsetDateTime.class);
        this.updatedBy = column("UPDATED_BY", String.class);
        this.deleted = column("DELETED", Boolean.class);
    }

    /** The table's own field (not a coerced copy, so that records accept it). */
    @SuppressWarnings("unchecked")
    private <T> Field<T> column(String name, Class<T> type) {
        Field<?> f = table.field(name);
        if (f == null || f.getType() != type) {
            throw new IllegalArgumentException(table.getName() + " has no column " + name + " of type " + type.getName());
        }
        return (Field<T>) f;
    }

    /** The asset of a stored row, with its resolved status history. */
    protected abstract A toAsset(R row, StatusHistory<S> history);

    /** Sets the register's own columns of {@code row} from {@code asset} (the shared ones are set here). */
    protected abstract void fill(R row, A asset);

    protected abstract StatusHistory<S> history(A asset);

    /**
     * The history to show for a row: the stored one, or – for a row without one – a history of the
     * row's status column alone.
     */
    protected StatusHistory<S> resolve(StatusHistory<S> stored, S current) {
        return stored != null ? stored : StatusHistory.of(current, null);
    }

    /** The database, for a register's own queries. */
    protected final Database db() {
        return db;
    }

    @Override
    public final List<A> findAll() {
        return read(db.dsl(), deleted.isFalse(), statuses.findAll(assetTable, statusType));
    }

    @Override
    public final Optional<A> find(Transaction tx, UUID assetId) {
        StatusHistory<S> h = statuses.find(tx, assetTable, assetId, statusType);
        return read(tx.dsl(), id.eq(assetId).and(deleted.isFalse()), h == null ? Map.of() : Map.of(assetId, h))
                .stream().findFirst();
    }

    private List<A> read(DSLContext dsl, Condition condition, Map<UUID, StatusHistory<S>> histories) {
        return dsl.selectFrom(table).where(condition).orderBy(order).fetch(r ->
                toAsset(r, resolve(histories.get(r.get(id)), Enum.valueOf(statusType, r.get(status)))));
    }

    @Override
    public final int storedVersion(Transaction tx, UUID assetId) {
        Integer v = tx.dsl().select(version).from(table).where(id.eq(assetId)).fetchOne(version);
        return v == null ? 0 : v;
    }

    @Override
    public final void save(Transaction tx, A asset, int newVersion, String user) {
        R r = tx.dsl().newRecord(table);
        r.set(id, asset.id());
        r.set(gemeindeAgs, asset.gemeindeAgs());
        r.set(lat, asset.location().lat());
        r.set(lon, asset.location().lon());
        r.set(status, asset.status().name());
        fill(r, asset);
        r.set(demo, asset.demo());
        r.set(version, newVersion);
        r.set(updatedAt, OffsetDateTime.now(clock));
        r.set(updatedBy, user);
        r.set(deleted, false);
        ColumnLengths.check(r, columnLabels);
        tx.dsl().insertInto(table).set(r).onDuplicateKeyUpdate().set(r).execute();
        statuses.save(tx, assetTable, asset.id(), history(asset), asset.demo(), newVersion, user);
    }

    @Override
    public final void markDeleted(Transaction tx, UUID assetId, int newVersion, String user) {
        tx.dsl().update(table).set(deleted, true).set(version, newVersion)
                .set(updatedAt, OffsetDateTime.now(clock)).set(updatedBy, user)
                .where(id.eq(assetId)).execute();
        statuses.markDeleted(tx, assetTable, assetId);
    }

    @Override
    public final int deleteDemo(Transaction tx) {
        statuses.deleteDemo(tx, assetTable);
        return tx.dsl().deleteFrom(table).where(demo.isTrue()).execute();
    }

    @Override
    public final int countDemo() {
        return db.dsl().fetchCount(table, demo.isTrue());
    }
}
