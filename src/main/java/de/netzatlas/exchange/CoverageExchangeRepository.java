package de.netzatlas.exchange;

import static de.netzatlas.store.schema.Tables.COVERAGE;
import static de.netzatlas.store.schema.Tables.COVERAGE_STAND;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
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
 * Coverage rows as the exchange framework reads and writes them: bulk inserts as plain JDBC
 * batches on the import's connection (the import path must keep up with H2's CSVREAD), single-row
 * update/delete for overwrite and undo, and whole-stand delete for undoing a new stand.
 */
public final class CoverageExchangeRepository {

    private static final String INSERT = "INSERT INTO coverage (stand_id, ags, households, businesses, businesses_1000, "
            + "schools, schools_1000, hh_30, hh_50, hh_100, hh_200, hh_400, hh_1000, hh_ftth, hh_fttb, hh_hfc, hh_dsl, "
            + "homes_passed, homes_connected, demo, version, updated_at, updated_by) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 1, ?, ?)";

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

    /**
     * Inserts rows with one JDBC batch on the transaction's connection. Values the rows share (the
     * stand while it stays the same, the time and user) are bound once: JDBC keeps a parameter until
     * it is set again.
     */
    public void insertBatch(Transaction tx, List<UUID> standIds, List<GemeindeCoverage> rows, String user) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        tx.dsl().connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                ps.setObject(20, now);
                ps.setString(21, user);
                UUID stand = null;
                for (int i = 0; i < rows.size(); i++) {
                    GemeindeCoverage g = rows.get(i);
                    if (!standIds.get(i).equals(stand)) {
                        stand = standIds.get(i);
                        ps.setObject(1, stand);
                    }
                    ps.setString(2, g.ags());
                    ps.setInt(3, g.households());
                    setInt(ps, 4, g.businesses());
                    setInt(ps, 5, g.businessesGigabit());
                    setInt(ps, 6, g.schools());
                    setInt(ps, 7, g.schoolsGigabit());
                    ps.setInt(8, g.hh30());
                    ps.setInt(9, g.hh50());
                    ps.setInt(10, g.hh100());
                    ps.setInt(11, g.hh200());
                    ps.setInt(12, g.hh400());
                    ps.setInt(13, g.hh1000());
                    ps.setInt(14, g.ftth());
                    ps.setInt(15, g.fttb());
                    ps.setInt(16, g.hfc());
                    ps.setInt(17, g.dsl());
                    setInt(ps, 18, g.homesPassed());
                    setInt(ps, 19, g.homesConnected());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
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
