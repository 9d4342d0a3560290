package de.netzatlas.fibre;

import static de.netzatlas.store.schema.Tables.COVERAGE;
import static de.netzatlas.store.schema.Tables.COVERAGE_STAND;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

import de.netzatlas.store.Database;
import de.netzatlas.store.Transaction;
import de.netzatlas.store.schema.tables.records.CoverageRecord;

/** The only place that reads and writes coverage stands and coverage rows. Writes use JDBC batches. */
public final class CoverageRepository {

    private static final int BATCH = 1_000;

    private final Database db;
    private final Clock clock;

    public CoverageRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** All live stands, oldest first. */
    public List<CoverageStand> stands() {
        return db.dsl().selectFrom(COVERAGE_STAND).where(COVERAGE_STAND.DELETED.isFalse())
                .orderBy(COVERAGE_STAND.STAND_DATE, COVERAGE_STAND.DEMO)
                .fetch(r -> new CoverageStand(r.getId(), r.getStandDate(), r.getSource(), r.getDemo()));
    }

    public Optional<CoverageStand> findStand(Transaction tx, LocalDate date, boolean demo) {
        return tx.dsl().selectFrom(COVERAGE_STAND)
                .where(COVERAGE_STAND.STAND_DATE.eq(date).and(COVERAGE_STAND.DEMO.eq(demo)))
                .fetchOptional(r -> new CoverageStand(r.getId(), r.getStandDate(), r.getSource(), r.getDemo()));
    }

    public void insertStand(Transaction tx, CoverageStand stand, String user) {
        tx.dsl().insertInto(COVERAGE_STAND)
                .set(COVERAGE_STAND.ID, stand.id()).set(COVERAGE_STAND.STAND_DATE, stand.date())
                .set(COVERAGE_STAND.SOURCE, stand.source()).set(COVERAGE_STAND.DEMO, stand.demo())
                .set(COVERAGE_STAND.VERSION, 1).set(COVERAGE_STAND.UPDATED_AT, OffsetDateTime.now(clock))
                .set(COVERAGE_STAND.UPDATED_BY, user).execute();
    }

    /** Marks a stand as changed by a new import (new source, version + 1, revived if tombstoned). */
    public int touchStand(Transaction tx, UUID id, String source, String user) {
        tx.dsl().update(COVERAGE_STAND).set(COVERAGE_STAND.SOURCE, source)
                .set(COVERAGE_STAND.VERSION, COVERAGE_STAND.VERSION.plus(1)).set(COVERAGE_STAND.DELETED, false)
                .set(COVERAGE_STAND.UPDATED_AT, OffsetDateTime.now(clock)).set(COVERAGE_STAND.UPDATED_BY, user)
                .where(COVERAGE_STAND.ID.eq(id)).execute();
        return tx.dsl().select(COVERAGE_STAND.VERSION).from(COVERAGE_STAND).where(COVERAGE_STAND.ID.eq(id))
                .fetchOne(COVERAGE_STAND.VERSION);
    }

    /** Replaces the rows of the given Gemeinden in a stand (other Gemeinden of the stand stay). */
    public void replaceRows(Transaction tx, UUID standId, List<GemeindeCoverage> rows, boolean demo, String user) {
        List<String> ags = rows.stream().map(GemeindeCoverage::ags).toList();
        tx.dsl().deleteFrom(COVERAGE).where(COVERAGE.STAND_ID.eq(standId).and(COVERAGE.AGS.in(ags))).execute();
        insertRows(tx, standId, rows, demo, user);
    }

    /** Inserts the rows of a new stand (JDBC batches of 1 000). */
    public void insertRows(Transaction tx, UUID standId, List<GemeindeCoverage> rows, boolean demo, String user) {
        DSLContext dsl = tx.dsl();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int from = 0; from < rows.size(); from += BATCH) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(COVERAGE, COVERAGE.STAND_ID, COVERAGE.AGS,
                    COVERAGE.HOUSEHOLDS, COVERAGE.BUSINESSES, COVERAGE.BUSINESSES_1000, COVERAGE.SCHOOLS,
                    COVERAGE.SCHOOLS_1000, COVERAGE.HH_30, COVERAGE.HH_50, COVERAGE.HH_100, COVERAGE.HH_200,
                    COVERAGE.HH_400, COVERAGE.HH_1000, COVERAGE.HH_FTTH, COVERAGE.HH_FTTB, COVERAGE.HH_HFC,
                    COVERAGE.HH_DSL, COVERAGE.HOMES_PASSED, COVERAGE.HOMES_CONNECTED, COVERAGE.DEMO,
                    COVERAGE.VERSION, COVERAGE.UPDATED_AT, COVERAGE.UPDATED_BY)
                    .values((UUID) null, null, null, null, null, null, null, null, null, null, null, null, null,
                            null, null, null, null, null, null, null, null, null, null));
            for (GemeindeCoverage c : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                batch.bind(standId, c.ags(), c.households(), c.businesses(), c.businessesGigabit(), c.schools(),
                        c.schoolsGigabit(), c.hh30(), c.hh50(), c.hh100(), c.hh200(), c.hh400(), c.hh1000(),
                        c.ftth(), c.fttb(), c.hfc(), c.dsl(), c.homesPassed(), c.homesConnected(), demo, 1, now,
                        user);
            }
            batch.execute();
        }
    }

    public List<GemeindeCoverage> rows(UUID standId) {
        return db.dsl().selectFrom(COVERAGE).where(COVERAGE.STAND_ID.eq(standId).and(COVERAGE.DELETED.isFalse()))
                .orderBy(COVERAGE.AGS).fetch(CoverageRepository::toCoverage);
    }

    public int rowCount(Transaction tx, UUID standId) {
        return tx.dsl().fetchCount(COVERAGE, COVERAGE.STAND_ID.eq(standId));
    }

    private static GemeindeCoverage toCoverage(CoverageRecord r) {
        return new GemeindeCoverage(r.getAgs(), r.getHouseholds(), r.getBusinesses(), r.getBusinesses_1000(),
                r.getSchools(), r.getSchools_1000(), r.getHh_30(), r.getHh_50(), r.getHh_100(), r.getHh_200(),
                r.getHh_400(), r.getHh_1000(), r.getHhFtth(), r.getHhFttb(), r.getHhHfc(), r.getHhDsl(),
                r.getHomesPassed(), r.getHomesConnected());
    }

    public int countStands(boolean demo) {
        return db.dsl().fetchCount(COVERAGE_STAND, COVERAGE_STAND.DEMO.eq(demo).and(COVERAGE_STAND.DELETED.isFalse()));
    }

    /** Physically removes every demo stand with its rows; returns the number of stands. */
    public int deleteDemo(Transaction tx) {
        tx.dsl().deleteFrom(COVERAGE).where(COVERAGE.STAND_ID.in(
                tx.dsl().select(COVERAGE_STAND.ID).from(COVERAGE_STAND).where(COVERAGE_STAND.DEMO.isTrue())))
                .execute();
        tx.dsl().deleteFrom(COVERAGE).where(COVERAGE.DEMO.isTrue()).execute();
        return tx.dsl().deleteFrom(COVERAGE_STAND).where(COVERAGE_STAND.DEMO.isTrue()).execute();
    }
}
