package de.netzatlas.schools;

import static de.netzatlas.store.schema.Tables.SCHOOL;

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
import de.netzatlas.store.schema.tables.records.SchoolRecord;

/**
 * The only place that reads and writes schools (table {@code school}) with their status history
 * (shared table, via {@link AssetStatusRepository}). Deletion is a tombstone; only demo rows are
 * removed physically.
 */
public final class SchoolRepository implements AssetStore<School> {

    private final Database db;
    private final Clock clock;
    private final AssetStatusRepository statuses;

    public SchoolRepository(Database db, Clock clock, AssetStatusRepository statuses) {
        this.db = db;
        this.clock = clock;
        this.statuses = statuses;
    }

    @Override
    public List<School> findAll() {
        Map<UUID, StatusHistory<SchoolStatus>> histories = statuses.findAll(SchoolKind.TABLE, SchoolStatus.class);
        return read(db.dsl(), SCHOOL.DELETED.isFalse(), histories);
    }

    @Override
    public Optional<School> find(Transaction tx, UUID id) {
        StatusHistory<SchoolStatus> h = statuses.find(tx, SchoolKind.TABLE, id, SchoolStatus.class);
        return read(tx.dsl(), SCHOOL.ID.eq(id).and(SCHOOL.DELETED.isFalse()), h == null ? Map.of() : Map.of(id, h))
                .stream().findFirst();
    }

    private static List<School> read(DSLContext dsl, Condition condition, Map<UUID, StatusHistory<SchoolStatus>> histories) {
        return dsl.selectFrom(SCHOOL).where(condition).orderBy(SCHOOL.GEMEINDE_AGS, SCHOOL.NAME).fetch(r -> {
            StatusHistory<SchoolStatus> h = histories.getOrDefault(r.getId(),
                    StatusHistory.of(SchoolStatus.valueOf(r.getStatus()), null));
            return new School(r.getId(), r.getSchulnummer(), r.getName(), SchoolType.valueOf(r.getSchoolType()),
                    r.getTraeger(), r.getAddress(), r.getGemeindeAgs(), new GeoPoint(r.getLat(), r.getLon()),
                    r.getPupils(), r.getDownMbit(), r.getUpMbit(), r.getTargetDownMbit(), r.getTargetUpMbit(), h,
                    r.getTechnology() == null ? null : Technology.valueOf(r.getTechnology()),
                    r.getPlannedDate(), r.getActualDate(), r.getCost(),
                    r.getFundingSource() == null ? null : FundingSource.valueOf(r.getFundingSource()),
                    r.getWlanStatus() == null ? null : WlanStatus.valueOf(r.getWlanStatus()),
                    r.getNotes(), r.getDemo(), r.getVersion());
        });
    }

    @Override
    public int storedVersion(Transaction tx, UUID id) {
        Integer v = tx.dsl().select(SCHOOL.VERSION).from(SCHOOL).where(SCHOOL.ID.eq(id)).fetchOne(SCHOOL.VERSION);
        return v == null ? 0 : v;
    }

    @Override
    public void save(Transaction tx, School s, int version, String user) {
        SchoolRecord r = tx.dsl().newRecord(SCHOOL);
        r.setId(s.id());
        r.setSchulnummer(s.schulnummer().trim());
        r.setName(s.name());
        r.setSchoolType(s.type().name());
        r.setTraeger(s.traeger());
        r.setAddress(s.address());
        r.setGemeindeAgs(s.gemeindeAgs());
        r.setLat(s.location().lat());
        r.setLon(s.location().lon());
        r.setPupils(s.pupils());
        r.setDownMbit(s.downMbit());
        r.setUpMbit(s.upMbit());
        r.setTargetDownMbit(s.targetDownMbit());
        r.setTargetUpMbit(s.targetUpMbit());
        r.setStatus(s.status().name());
        r.setTechnology(s.technology() == null ? null : s.technology().name());
        r.setPlannedDate(s.plannedDate());
        r.setActualDate(s.actualDate());
        r.setCost(s.cost());
        r.setFundingSource(s.funding() == null ? null : s.funding().name());
        r.setWlanStatus(s.wlan() == null ? null : s.wlan().name());
        r.setNotes(s.notes());
        r.setDemo(s.demo());
        r.setVersion(version);
        r.setUpdatedAt(OffsetDateTime.now(clock));
        r.setUpdatedBy(user);
        r.setDeleted(false);
        de.netzatlas.store.ColumnLengths.check(r, java.util.Map.of("schulnummer", "Schulnummer", "name", "Name der Schule", "traeger", "Schulträger", "address", "Adresse", "notes", "Bemerkung"));
        tx.dsl().insertInto(SCHOOL).set(r).onDuplicateKeyUpdate().set(r).execute();
        statuses.save(tx, SchoolKind.TABLE, s.id(), s.history(), s.demo(), version, user);
    }

    @Override
    public void markDeleted(Transaction tx, UUID id, int version, String user) {
        tx.dsl().update(SCHOOL).set(SCHOOL.DELETED, true).set(SCHOOL.VERSION, version)
                .set(SCHOOL.UPDATED_AT, OffsetDateTime.now(clock)).set(SCHOOL.UPDATED_BY, user)
                .where(SCHOOL.ID.eq(id)).execute();
        statuses.markDeleted(tx, SchoolKind.TABLE, id);
    }

    @Override
    public int deleteDemo(Transaction tx) {
        statuses.deleteDemo(tx, SchoolKind.TABLE);
        return tx.dsl().deleteFrom(SCHOOL).where(SCHOOL.DEMO.isTrue()).execute();
    }

    @Override
    public int countDemo() {
        return db.dsl().fetchCount(SCHOOL, SCHOOL.DEMO.isTrue());
    }
}
