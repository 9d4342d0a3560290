package de.netzatlas.exchange;

import static de.netzatlas.store.schema.Tables.COVERAGE;
import static de.netzatlas.store.schema.Tables.COVERAGE_STAND;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.fibre.GemeindeCoverage;
import de.netzatlas.store.Database;
import de.netzatlas.store.Transaction;
import de.netzatlas.store.schema.tables.records.CoverageRecord;

/**
 * Coverage rows as the exchange framework reads and writes them: bulk inserts as one array-bound
 * statement per batch on the import's connection (the import path must keep up with H2's CSVREAD), single-row
 * update/delete for overwrite and undo, and whole-stand delete for undoing a new stand.
 */
public final class CoverageExchangeRepository {

    /** Count columns of a coverage row, in the order of {@link #counts}. */
    private static final String[] COUNT_COLUMNS = {"households", "businesses", "businesses_1000", "schools",
            "schools_1000", "hh_30", "hh_50", "hh_100", "hh_200", "hh_400", "hh_1000", "hh_ftth", "hh_fttb", "hh_hfc",
            "hh_dsl", "homes_passed", "homes_connected"};

    /**
     * One statement per batch: the batch's columns go in as arrays and {@code UNNEST} turns them back
     * into rows (in array order), so a batch binds 19 arrays and 2 values instead of 21 values per row
     * (decision 0018).
     */
    private static final String INSERT = "INSERT INTO coverage (stand_id, ags, " + String.join(", ", COUNT_COLUMNS)
            + ", demo, version, updated_at, updated_by) SELECT t.*, FALSE, 1, ?, ? FROM UNNEST(CAST(? AS UUID ARRAY), "
            + "CAST(? AS VARCHAR(8) ARRAY)" + ", CAST(? AS INTEGER ARRAY)".repeat(COUNT_COLUMNS.length) + ") AS t";

    private final Database db;
    private final Clock clock;

    public CoverageExchangeRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Live and demo stands, oldest first (for export). */
    public List<CoverageStand> stands() {
        return db.dsl().selectFrom(COVERAGE_STAND).where(COVERAGE_STAND.DELETED.isFalse())
                .orderBy(COVERAGE_STAND.STAND_DATE, COVERAGE_STAND.DEMO)
                .fetch(r -> new CoverageStand(r.getId(), r.getStandDate(), r.getSource(), r.getDemo()));
    }

    public Optional<CoverageStand> findStand(Transaction tx, LocalDate date) {
        return tx.dsl().selectFrom(COVERAGE_STAND)
                .where(COVERAGE_STAND.STAND_DATE.eq(date).and(COVERAGE_STAND.DEMO.isFalse()))
                .fetchOptional(r -> new CoverageStand(r.getId(), r.getStandDate(), r.getSource(), r.getDemo()));
    }

    public void insertStand(Transaction tx, CoverageStand stand, String user) {
        tx.dsl().insertInto(COVERAGE_STAND)
                .set(COVERAGE_STAND.ID, stand.id()).set(COVERAGE_STAND.STAND_DATE, stand.date())
                .set(COVERAGE_STAND.SOURCE, stand.source()).set(COVERAGE_STAND.DEMO, false)
                .set(COVERAGE_STAND.VERSION, 1).set(COVERAGE_STAND.UPDATED_AT, OffsetDateTime.now(clock))
                .set(COVERAGE_STAND.UPDATED_BY, user).execute();
    }

    /** The live rows of a stand by AGS, read inside the transaction. */
    public Map<String, GemeindeCoverage> rows(Transaction tx, UUID standId) {
        Map<String, GemeindeCoverage> out = new HashMap<>();
        tx.dsl().selectFrom(COVERAGE).where(COVERAGE.STAND_ID.eq(standId).and(COVERAGE.DELETED.isFalse()))
                .forEach(r -> out.put(r.getAgs(), toCoverage(r)));
        return out;
    }

    /** Rows of a stand sorted by AGS (export). */
    public List<GemeindeCoverage> rows(UUID standId) {
        return db.dsl().selectFrom(COVERAGE).where(COVERAGE.STAND_ID.eq(standId).and(COVERAGE.DELETED.isFalse()))
                .orderBy(COVERAGE.AGS).fetch(CoverageExchangeRepository::toCoverage);
    }

    /** Inserts rows with one statement on the transaction's connection. */
    public void insertBatch(Transaction tx, List<UUID> standIds, List<GemeindeCoverage> rows, String user) {
        int n = rows.size();
        String[] ags = new String[n];
        Integer[][] counts = new Integer[COUNT_COLUMNS.length][n];
        for (int i = 0; i < n; i++) {
            GemeindeCoverage g = rows.get(i);
            ags[i] = g.ags();
            Integer[] c = counts(g);
            for (int k = 0; k < c.length; k++) {
                counts[k][i] = c[k];
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        tx.dsl().connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                ps.setObject(1, now);
                ps.setString(2, user);
                ps.setObject(3, standIds.toArray(new UUID[0]));
                ps.setObject(4, ags);
                for (int k = 0; k < counts.length; k++) {
                    ps.setObject(5 + k, counts[k]);
                }
                ps.executeUpdate();
            }
        });
    }

    private static Integer[] counts(GemeindeCoverage g) {
        return new Integer[] {g.households(), g.businesses(), g.businessesGigabit(), g.schools(), g.schoolsGigabit(),
            g.hh30(), g.hh50(), g.hh100(), g.hh200(), g.hh400(), g.hh1000(), g.ftth(), g.fttb(), g.hfc(), g.dsl(),
            g.homesPassed(), g.homesConnected()};
    }

    public void update(Transaction tx, UUID standId, GemeindeCoverage g, String user) {
        tx.dsl().update(COVERAGE).set(COVERAGE.HOUSEHOLDS, g.households()).set(COVERAGE.BUSINESSES, g.businesses())
                .set(COVERAGE.BUSINESSES_1000, g.businessesGigabit()).set(COVERAGE.SCHOOLS, g.schools())
                .set(COVERAGE.SCHOOLS_1000, g.schoolsGigabit()).set(COVERAGE.HH_30, g.hh30())
                .set(COVERAGE.HH_50, g.hh50()).set(COVERAGE.HH_100, g.hh100()).set(COVERAGE.HH_200, g.hh200())
                .set(COVERAGE.HH_400, g.hh400()).set(COVERAGE.HH_1000, g.hh1000()).set(COVERAGE.HH_FTTH, g.ftth())
                .set(COVERAGE.HH_FTTB, g.fttb()).set(COVERAGE.HH_HFC, g.hfc()).set(COVERAGE.HH_DSL, g.dsl())
                .set(COVERAGE.HOMES_PASSED, g.homesPassed()).set(COVERAGE.HOMES_CONNECTED, g.homesConnected())
                .set(COVERAGE.VERSION, COVERAGE.VERSION.plus(1)).set(COVERAGE.UPDATED_AT, OffsetDateTime.now(clock))
                .set(COVERAGE.UPDATED_BY, user)
                .where(COVERAGE.STAND_ID.eq(standId).and(COVERAGE.AGS.eq(g.ags()))).execute();
    }

    public void deleteRow(Transaction tx, UUID standId, String ags) {
        tx.dsl().deleteFrom(COVERAGE).where(COVERAGE.STAND_ID.eq(standId).and(COVERAGE.AGS.eq(ags))).execute();
    }

    /** Removes a stand with all its rows (undo of an import that created it). */
    public void deleteStand(Transaction tx, UUID standId) {
        tx.dsl().deleteFrom(COVERAGE).where(COVERAGE.STAND_ID.eq(standId)).execute();
        tx.dsl().deleteFrom(COVERAGE_STAND).where(COVERAGE_STAND.ID.eq(standId)).execute();
    }

    public int rowCount() {
        return db.dsl().fetchCount(COVERAGE);
    }

    private static GemeindeCoverage toCoverage(CoverageRecord r) {
        return new GemeindeCoverage(r.getAgs(), r.getHouseholds(), r.getBusinesses(), r.getBusinesses_1000(),
                r.getSchools(), r.getSchools_1000(), r.getHh_30(), r.getHh_50(), r.getHh_100(), r.getHh_200(),
                r.getHh_400(), r.getHh_1000(), r.getHhFtth(), r.getHhFttb(), r.getHhHfc(), r.getHhDsl(),
                r.getHomesPassed(), r.getHomesConnected());
    }
}
