package de.netzatlas.fibre;

import static de.netzatlas.store.schema.Tables.FIBRE_MILESTONE;
import static de.netzatlas.store.schema.Tables.FIBRE_PROJECT;
import static de.netzatlas.store.schema.Tables.FIBRE_PROJECT_GEMEINDE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import de.netzatlas.store.Database;
import de.netzatlas.store.AuditRevert;
import de.netzatlas.store.Transaction;
import de.netzatlas.store.schema.tables.records.FibreProjectRecord;

/**
 * The only place that reads and writes projects, their Gemeinden and milestones. A project is
 * stored as one aggregate: saving it rewrites its Gemeinde and milestone rows in the same
 * transaction. Deletion is a tombstone; only demo rows are ever removed physically.
 */
public final class FibreProjectRepository implements AuditRevert.Rows<FibreProject> {

    private final Database db;
    private final Clock clock;

    public FibreProjectRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<FibreProject> findAll() {
        return find(db.dsl(), FIBRE_PROJECT.DELETED.isFalse());
    }

    public Optional<FibreProject> find(UUID id) {
        return find(db.dsl(), FIBRE_PROJECT.ID.eq(id).and(FIBRE_PROJECT.DELETED.isFalse())).stream().findFirst();
    }

    /** Reads inside a transaction (e.g. the stored state before an update). */
    @Override
    public Optional<FibreProject> find(Transaction tx, UUID id) {
        return find(tx.dsl(), FIBRE_PROJECT.ID.eq(id).and(FIBRE_PROJECT.DELETED.isFalse())).stream().findFirst();
    }

    private List<FibreProject> find(DSLContext dsl, Condition condition) {
        List<FibreProjectRecord> rows = dsl.selectFrom(FIBRE_PROJECT).where(condition)
                .orderBy(FIBRE_PROJECT.KREIS_AGS, FIBRE_PROJECT.NAME).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(FibreProjectRecord::getId).toList();
        Map<UUID, List<String>> gemeinden = dsl.selectFrom(FIBRE_PROJECT_GEMEINDE)
                .where(FIBRE_PROJECT_GEMEINDE.PROJECT_ID.in(ids).and(FIBRE_PROJECT_GEMEINDE.DELETED.isFalse()))
                .orderBy(FIBRE_PROJECT_GEMEINDE.AGS)
                .fetchGroups(FIBRE_PROJECT_GEMEINDE.PROJECT_ID, FIBRE_PROJECT_GEMEINDE.AGS);
        Map<UUID, List<Milestone>> milestones = dsl.selectFrom(FIBRE_MILESTONE)
                .where(FIBRE_MILESTONE.PROJECT_ID.in(ids).and(FIBRE_MILESTONE.DELETED.isFalse()))
                .orderBy(FIBRE_MILESTONE.POSITION)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getProjectId(), Collectors.mapping(
                        r -> new Milestone(r.getId(), r.getName(), r.getPlannedDate(), r.getActualDate()),
                        Collectors.toList())));
        WKBReader wkb = new WKBReader(ProjectAreas.WGS84);
        List<FibreProject> out = new ArrayList<>(rows.size());
        for (FibreProjectRecord r : rows) {
            out.add(new FibreProject(r.getId(), r.getName(), r.getKreisAgs(),
                    gemeinden.getOrDefault(r.getId(), List.of()), area(wkb, r.getAreaWkb()),
                    FundingModel.valueOf(r.getModel()), Programme.valueOf(r.getProgramme()), r.getOperator(),
                    r.getHouseholds(), r.getBusinesses(), r.getSchools(),
                    new Funding(r.getCostTotal(), r.getShareBund(), r.getShareLand(), r.getShareKommune(),
                            r.getShareOperator()),
                    r.getWeakArea(), ProjectStatus.valueOf(r.getStatus()), r.getStatusSince(), r.getStartDate(),
                    r.getPlannedCompletion(), r.getActualCompletion(),
                    milestones.getOrDefault(r.getId(), List.of()), r.getNotes(), r.getDemo(), r.getVersion()));
        }
        return out;
    }

    private static Geometry area(WKBReader reader, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return reader.read(bytes);
        } catch (ParseException e) {
            throw new IllegalStateException("Beschädigte Projektfläche in der Datenbank", e);
        }
    }

    /** The stored version of a project including tombstoned ones, or 0 if it never existed. */
    @Override
    public int storedVersion(Transaction tx, UUID id) {
        Integer v = tx.dsl().select(FIBRE_PROJECT.VERSION).from(FIBRE_PROJECT).where(FIBRE_PROJECT.ID.eq(id))
                .fetchOne(FIBRE_PROJECT.VERSION);
        return v == null ? 0 : v;
    }

    /** Inserts or overwrites the project (live, not deleted) with the given version. */
    @Override
    public void save(Transaction tx, FibreProject p, int version, String user) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Envelope env = p.area() == null ? null : p.area().getEnvelopeInternal();
        FibreProjectRecord r = tx.dsl().newRecord(FIBRE_PROJECT);
        r.setId(p.id());
        r.setName(p.name());
        r.setKreisAgs(p.kreisAgs());
        r.setAreaWkb(p.area() == null ? null : new WKBWriter().write(p.area()));
        r.setMinLat(env == null ? null : env.getMinY());
        r.setMinLon(env == null ? null : env.getMinX());
        r.setMaxLat(env == null ? null : env.getMaxY());
        r.setMaxLon(env == null ? null : env.getMaxX());
        r.setModel(p.model().name());
        r.setProgramme(p.programme().name());
        r.setOperator(p.operator());
        r.setHouseholds(p.households());
        r.setBusinesses(p.businesses());
        r.setSchools(p.schools());
        r.setCostTotal(p.funding().costTotal());
        r.setShareBund(p.funding().bund());
        r.setShareLand(p.funding().land());
        r.setShareKommune(p.funding().kommune());
        r.setShareOperator(p.funding().operator());
        r.setWeakArea(p.weakArea());
        r.setStatus(p.status().name());
        r.setStatusSince(p.statusSince());
        r.setStartDate(p.start());
        r.setPlannedCompletion(p.plannedCompletion());
        r.setActualCompletion(p.actualCompletion());
        r.setNotes(p.notes());
        r.setDemo(p.demo());
        r.setVersion(version);
        r.setUpdatedAt(now);
        r.setUpdatedBy(user);
        r.setDeleted(false);
        de.netzatlas.store.ColumnLengths.check(r, java.util.Map.of("name", "Projektname", "operator", "Betreiber", "notes", "Bemerkungen"));
        tx.dsl().insertInto(FIBRE_PROJECT).set(r).onDuplicateKeyUpdate().set(r).execute();
        replaceChildren(tx, p, version, user, now);
    }

    private static void replaceChildren(Transaction tx, FibreProject p, int version, String user, OffsetDateTime now) {
        DSLContext dsl = tx.dsl();
        dsl.deleteFrom(FIBRE_PROJECT_GEMEINDE).where(FIBRE_PROJECT_GEMEINDE.PROJECT_ID.eq(p.id())).execute();
        dsl.deleteFrom(FIBRE_MILESTONE).where(FIBRE_MILESTONE.PROJECT_ID.eq(p.id())).execute();
        for (String ags : p.gemeinden()) {
            dsl.insertInto(FIBRE_PROJECT_GEMEINDE)
                    .set(FIBRE_PROJECT_GEMEINDE.PROJECT_ID, p.id()).set(FIBRE_PROJECT_GEMEINDE.AGS, ags)
                    .set(FIBRE_PROJECT_GEMEINDE.DEMO, p.demo()).set(FIBRE_PROJECT_GEMEINDE.VERSION, version)
                    .set(FIBRE_PROJECT_GEMEINDE.UPDATED_AT, now).set(FIBRE_PROJECT_GEMEINDE.UPDATED_BY, user)
                    .execute();
        }
        int position = 0;
        for (Milestone m : p.milestones()) {
            de.netzatlas.store.ColumnLengths.check(FIBRE_MILESTONE.NAME, "Meilenstein", m.name());
            dsl.insertInto(FIBRE_MILESTONE)
                    .set(FIBRE_MILESTONE.ID, m.id()).set(FIBRE_MILESTONE.PROJECT_ID, p.id())
                    .set(FIBRE_MILESTONE.POSITION, position++).set(FIBRE_MILESTONE.NAME, m.name())
                    .set(FIBRE_MILESTONE.PLANNED_DATE, m.planned()).set(FIBRE_MILESTONE.ACTUAL_DATE, m.actual())
                    .set(FIBRE_MILESTONE.DEMO, p.demo()).set(FIBRE_MILESTONE.VERSION, version)
                    .set(FIBRE_MILESTONE.UPDATED_AT, now).set(FIBRE_MILESTONE.UPDATED_BY, user)
                    .execute();
        }
    }

    /** Tombstones the project and its children. */
    @Override
    public void markDeleted(Transaction tx, UUID id, int version, String user) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        tx.dsl().update(FIBRE_PROJECT).set(FIBRE_PROJECT.DELETED, true).set(FIBRE_PROJECT.VERSION, version)
                .set(FIBRE_PROJECT.UPDATED_AT, now).set(FIBRE_PROJECT.UPDATED_BY, user)
                .where(FIBRE_PROJECT.ID.eq(id)).execute();
        tx.dsl().update(FIBRE_PROJECT_GEMEINDE).set(FIBRE_PROJECT_GEMEINDE.DELETED, true)
                .where(FIBRE_PROJECT_GEMEINDE.PROJECT_ID.eq(id)).execute();
        tx.dsl().update(FIBRE_MILESTONE).set(FIBRE_MILESTONE.DELETED, true)
                .where(FIBRE_MILESTONE.PROJECT_ID.eq(id)).execute();
    }

    public int countDemo() {
        return db.dsl().fetchCount(FIBRE_PROJECT, FIBRE_PROJECT.DEMO.isTrue());
    }

    public int countReal() {
        return db.dsl().fetchCount(FIBRE_PROJECT, FIBRE_PROJECT.DEMO.isFalse().and(FIBRE_PROJECT.DELETED.isFalse()));
    }

    /** Physically removes every demo project with its children; returns the number of projects. */
    public int deleteDemo(Transaction tx) {
        var demoIds = DSL.select(FIBRE_PROJECT.ID).from(FIBRE_PROJECT).where(FIBRE_PROJECT.DEMO.isTrue());
        tx.dsl().deleteFrom(FIBRE_MILESTONE).where(FIBRE_MILESTONE.PROJECT_ID.in(demoIds)).execute();
        tx.dsl().deleteFrom(FIBRE_PROJECT_GEMEINDE).where(FIBRE_PROJECT_GEMEINDE.PROJECT_ID.in(demoIds)).execute();
        return tx.dsl().deleteFrom(FIBRE_PROJECT).where(FIBRE_PROJECT.DEMO.isTrue()).execute();
    }
}
