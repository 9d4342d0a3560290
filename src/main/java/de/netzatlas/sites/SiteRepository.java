package de.netzatlas.sites;

import static de.netzatlas.store.schema.Tables.ITN_SITE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;

import de.netzatlas.asset.AssetStatusRepository;
import de.netzatlas.asset.AssetStore;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.store.Database;
import de.netzatlas.store.Transaction;
import de.netzatlas.store.schema.tables.records.ItnSiteRecord;

/**
 * The only place that reads and writes ITN-XT sites (table {@code itn_site}) with their status
 * history (shared table). Deletion is a tombstone; only demo rows are removed physically.
 */
public final class SiteRepository implements AssetStore<ItnSite> {

    private final Database db;
    private final Clock clock;
    private final AssetStatusRepository statuses;

    public SiteRepository(Database db, Clock clock, AssetStatusRepository statuses) {
        this.db = db;
        this.clock = clock;
        this.statuses = statuses;
    }

    @Override
    public List<ItnSite> findAll() {
        return read(db.dsl(), ITN_SITE.DELETED.isFalse(), statuses.findAll(SiteKind.TABLE, SiteStatus.class));
    }

    @Override
    public Optional<ItnSite> find(Transaction tx, UUID id) {
        StatusHistory<SiteStatus> h = statuses.find(tx, SiteKind.TABLE, id, SiteStatus.class);
        return read(tx.dsl(), ITN_SITE.ID.eq(id).and(ITN_SITE.DELETED.isFalse()), h == null ? Map.of() : Map.of(id, h))
                .stream().findFirst();
    }

    private static List<ItnSite> read(DSLContext dsl, Condition condition, Map<UUID, StatusHistory<SiteStatus>> histories) {
        return dsl.selectFrom(ITN_SITE).where(condition).orderBy(ITN_SITE.GEMEINDE_AGS, ITN_SITE.NAME).fetch(r ->
                new ItnSite(r.getId(), r.getName(), r.getAuthority(), SiteClass.valueOf(r.getSiteClass()), r.getAddress(),
                        r.getGemeindeAgs(), new GeoPoint(r.getLat(), r.getLon()),
                        BandwidthClass.valueOf(r.getBandwidthClass()), Redundancy.valueOf(r.getRedundancy()),
                        histories.getOrDefault(r.getId(), StatusHistory.of(SiteStatus.valueOf(r.getStatus()), null)),
                        r.getPlannedMigration(), r.getMigrationStart(), r.getMigratedDate(), r.getDecommissionedDate(),
                        r.getTelephonyMigrated(), r.getNotes(), r.getDemo(), r.getVersion()));
    }

    @Override
    public int storedVersion(Transaction tx, UUID id) {
        Integer v = tx.dsl().select(ITN_SITE.VERSION).from(ITN_SITE).where(ITN_SITE.ID.eq(id)).fetchOne(ITN_SITE.VERSION);
        return v == null ? 0 : v;
    }

    @Override
    public void save(Transaction tx, ItnSite s, int version, String user) {
        ItnSiteRecord r = tx.dsl().newRecord(ITN_SITE);
        r.setId(s.id());
        r.setName(s.name());
        r.setAuthority(s.authority());
        r.setSiteClass(s.siteClass().name());
        r.setAddress(s.address());
        r.setGemeindeAgs(s.gemeindeAgs());
        r.setLat(s.location().lat());
        r.setLon(s.location().lon());
        r.setBandwidthClass(s.bandwidth().name());
        r.setRedundancy(s.redundancy().name());
        r.setStatus(s.status().name());
        r.setPlannedMigration(s.plannedMigration());
        r.setMigrationStart(s.migrationStart());
        r.setMigratedDate(s.migrated());
        r.setDecommissionedDate(s.decommissioned());
        r.setTelephonyMigrated(s.telephonyMigrated());
        r.setNotes(s.notes());
        r.setDemo(s.demo());
        r.setVersion(version);
        r.setUpdatedAt(OffsetDateTime.now(clock));
        r.setUpdatedBy(user);
        r.setDeleted(false);
        de.netzatlas.store.ColumnLengths.check(r, java.util.Map.of("name", "Name des Standorts", "authority", "Behörde", "address", "Adresse", "notes", "Bemerkung"));
        tx.dsl().insertInto(ITN_SITE).set(r).onDuplicateKeyUpdate().set(r).execute();
        statuses.save(tx, SiteKind.TABLE, s.id(), s.history(), s.demo(), version, user);
    }

    @Override
    public void markDeleted(Transaction tx, UUID id, int version, String user) {
        tx.dsl().update(ITN_SITE).set(ITN_SITE.DELETED, true).set(ITN_SITE.VERSION, version)
                .set(ITN_SITE.UPDATED_AT, OffsetDateTime.now(clock)).set(ITN_SITE.UPDATED_BY, user)
                .where(ITN_SITE.ID.eq(id)).execute();
        statuses.markDeleted(tx, SiteKind.TABLE, id);
    }

    @Override
    public int deleteDemo(Transaction tx) {
        statuses.deleteDemo(tx, SiteKind.TABLE);
        return tx.dsl().deleteFrom(ITN_SITE).where(ITN_SITE.DEMO.isTrue()).execute();
    }

    @Override
    public int countDemo() {
        return db.dsl().fetchCount(ITN_SITE, ITN_SITE.DEMO.isTrue());
    }
}
