package de.netzatlas.exchange;

import static de.netzatlas.store.schema.Tables.REGION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import de.netzatlas.store.Database;

import de.netzatlas.store.Transaction;

/** Reads and writes the statistics columns of a region (population, households with dates and source). */
public final class RegionStatisticsRepository {

    /** The statistics of one region as stored. */
    public record Statistics(String ags, Integer population, LocalDate populationDate, Integer households,
                             LocalDate householdsDate, String householdsSource, int version) {
    }

    private final Database db;
    private final Clock clock;

    public RegionStatisticsRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The statistics of every live region by AGS (export). */
    public Map<String, Statistics> all() {
        Map<String, Statistics> out = new HashMap<>();
        db.dsl().select(REGION.AGS, REGION.POPULATION, REGION.POPULATION_DATE, REGION.HOUSEHOLDS,
                        REGION.HOUSEHOLDS_DATE, REGION.HOUSEHOLDS_SOURCE, REGION.VERSION)
                .from(REGION).where(REGION.DELETED.isFalse())
                .forEach(r -> out.put(r.value1(), new Statistics(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7())));
        return out;
    }

    public Optional<Statistics> find(Transaction tx, String ags) {
        return tx.dsl().select(REGION.AGS, REGION.POPULATION, REGION.POPULATION_DATE, REGION.HOUSEHOLDS,
                        REGION.HOUSEHOLDS_DATE, REGION.HOUSEHOLDS_SOURCE, REGION.VERSION)
                .from(REGION).where(REGION.AGS.eq(ags).and(REGION.DELETED.isFalse()))
                .fetchOptional(r -> new Statistics(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** Writes the statistics; returns the new row version. */
    public int update(Transaction tx, Statistics s, String user) {
        tx.dsl().update(REGION).set(REGION.POPULATION, s.population()).set(REGION.POPULATION_DATE, s.populationDate())
                .set(REGION.HOUSEHOLDS, s.households()).set(REGION.HOUSEHOLDS_DATE, s.householdsDate())
                .set(REGION.HOUSEHOLDS_SOURCE, s.householdsSource()).set(REGION.VERSION, REGION.VERSION.plus(1))
                .set(REGION.UPDATED_AT, OffsetDateTime.now(clock)).set(REGION.UPDATED_BY, user)
                .where(REGION.AGS.eq(s.ags())).execute();
        return tx.dsl().select(REGION.VERSION).from(REGION).where(REGION.AGS.eq(s.ags())).fetchOne(REGION.VERSION);
    }
}
