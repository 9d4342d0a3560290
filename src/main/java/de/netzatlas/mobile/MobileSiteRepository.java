package de.netzatlas.mobile;

import static de.netzatlas.store.schema.Tables.MOBILE_SITE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;

import de.netzatlas.asset.AssetStatusRepository;
import de.netzatlas.asset.AssetStore;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.store.Database;
import de.netzatlas.store.Transaction;
import de.netzatlas.store.schema.tables.records.MobileSiteRecord;

/**
 * The only place that reads and writes mobile sites (table {@code mobile_site}); the status history
 * goes to {@code asset_status_change} in the same transaction. Deletion is a tombstone; only demo
 * rows are ever removed physically.
 */
public final class MobileSiteRepository implements AssetStore<MobileSite> {

    private final Database db;
    private final Clock clock;
    private final AssetStatusRepository statuses;

    public MobileSiteRepository(Database db, Clock clock, AssetStatusRepository statuses) {
        this.db = db;
        this.clock = clock;
        this.statuses = statuses;
    }

    @Override
    public List<MobileSite> findAll() {
        Map<UUID, StatusHistory<MobileSiteStatus>> histories = statuses.findAll(MobileSiteKind.TABLE, MobileSiteStatus.class);
        return read(db.dsl(), MOBILE_SITE.DELETED.isFalse(), histories);
    }

    @Override
    public Optional<MobileSite> find(Transaction tx, UUID id) {
        StatusHistory<MobileSiteStatus> h = statuses.find(tx, MobileSiteKind.TABLE, id, MobileSiteStatus.class);
        return read(tx.dsl(), MOBILE_SITE.ID.eq(id).and(MOBILE_SITE.DELETED.isFalse()),
                h == null ? Map.of() : Map.of(id, h)).stream().findFirst();
    }

    /** Whether a live site other than {@code except} has this identifier (case-insensitive). */
    public boolean identifierTaken(String identifier, UUID except) {
        return db.dsl().fetchExists(MOBILE_SITE, MOBILE_SITE.DELETED.isFalse()
                .and(MOBILE_SITE.IDENTIFIER.equalIgnoreCase(identifier))
                .and(except == null ? MOBILE_SITE.ID.isNotNull() : MOBILE_SITE.ID.ne(except)));
    }

    private static List<MobileSite> read(DSLContext dsl, Condition condition,
                                         Map<UUID, StatusHistory<MobileSiteStatus>> histories) {
        List<MobileSite> out = new ArrayList<>();
        for (MobileSiteRecord r : dsl.selectFrom(MOBILE_SITE).where(condition)
                .orderBy(MOBILE_SITE.IDENTIFIER).fetch()) {
            MobileSiteStatus status = MobileSiteStatus.valueOf(r.getStatus());
            StatusHistory<MobileSiteStatus> h = histories.get(r.getId());
            if (h == null || h.current() != status) {
                h = StatusHistory.of(status, null);
            }
            out.add(new MobileSite(r.getId(), r.getIdentifier(), MobileOperator.valueOf(r.getOperator()),
                    RadioTechnology.valueOf(r.getTechnology()), bands(r.getBands()),
                    new GeoPoint(r.getLat(), r.getLon()), r.getGemeindeAgs(), r.getRadiusKm(), r.getFunded(), h,
                    r.getApplicationDate(), r.getPermitDate(), r.getConstructionStart(), r.getOnAirDate(),
                    r.getPlannedOnAir(), r.getNotes(), r.getDemo(), r.getVersion()));
        }
        return out;
    }

    static Set<FrequencyBand> bands(String text) {
        Set<FrequencyBand> out = EnumSet.noneOf(FrequencyBand.class);
        if (text != null && !text.isBlank()) {
            for (String b : text.split(",")) {
                FrequencyBand.parse(b).ifPresent(out::add);
            }
        }
        return out;
    }

    @Override
    public int storedVersion(Transaction tx, UUID id) {
        Integer v = tx.dsl().select(MOBILE_SITE.VERSION).from(MOBILE_SITE).where(MOBILE_SITE.ID.eq(id))
                .fetchOne(MOBILE_SITE.VERSION);
        return v == null ? 0 : v;
    }

    @Override
    public void save(Transaction tx, MobileSite s, int version, String user) {
        MobileSiteRecord r = tx.dsl().newRecord(MOBILE_SITE);
        r.setId(s.id());
        r.setIdentifier(s.identifier().trim());
        r.setOperator(s.operator().name());
        r.setTechnology(s.technology().name());
        r.setBands(s.bands().stream().sorted().map(FrequencyBand::label).collect(Collectors.joining(",")));
        r.setGemeindeAgs(s.gemeindeAgs());
        r.setLat(s.location().lat());
        r.setLon(s.location().lon());
        r.setRadiusKm(s.radiusKm());
        r.setFunded(s.funded());
        r.setStatus(s.status().name());
        r.setApplicationDate(s.applicationDate());
        r.setPermitDate(s.permitDate());
        r.setConstructionStart(s.constructionStart());
        r.setOnAirDate(s.onAirDate());
        r.setPlannedOnAir(s.plannedOnAir());
        r.setNotes(s.notes());
        r.setDemo(s.demo());
        r.setVersion(version);
        r.setUpdatedAt(OffsetDateTime.now(clock));
        r.setUpdatedBy(user);
        r.setDeleted(false);
        de.netzatlas.store.ColumnLengths.check(r, java.util.Map.of("identifier", "Standort-ID", "notes", "Bemerkung"));
        tx.dsl().insertInto(MOBILE_SITE).set(r).onDuplicateKeyUpdate().set(r).execute();
        statuses.save(tx, MobileSiteKind.TABLE, s.id(), s.history(), s.demo(), version, user);
    }

    @Override
    public void markDeleted(Transaction tx, UUID id, int version, String user) {
        tx.dsl().update(MOBILE_SITE).set(MOBILE_SITE.DELETED, true).set(MOBILE_SITE.VERSION, version)
                .set(MOBILE_SITE.UPDATED_AT, OffsetDateTime.now(clock)).set(MOBILE_SITE.UPDATED_BY, user)
                .where(MOBILE_SITE.ID.eq(id)).execute();
        statuses.markDeleted(tx, MobileSiteKind.TABLE, id);
    }

    @Override
    public int deleteDemo(Transaction tx) {
        statuses.deleteDemo(tx, MobileSiteKind.TABLE);
        return tx.dsl().deleteFrom(MOBILE_SITE).where(MOBILE_SITE.DEMO.isTrue()).execute();
    }

    @Override
    public int countDemo() {
        return db.dsl().fetchCount(MOBILE_SITE, MOBILE_SITE.DEMO.isTrue());
    }
}
