package de.netzatlas.region;

import static de.netzatlas.store.schema.Tables.DATA_STAND;
import static de.netzatlas.store.schema.Tables.REGION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import de.netzatlas.store.AuditLog;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Database;
import de.netzatlas.store.Transaction;
import de.netzatlas.store.schema.tables.records.RegionRecord;

/** The only place that reads and writes the region and data_stand tables. */
public final class RegionRepository {

    static final String TABLE = "region";
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;

    public RegionRepository(Database db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** A region to insert together with the keys and geometry the domain record does not carry. */
    public record NewRegion(Region region, String ars, String verbandArs, Geometry boundary) {
    }

    public boolean isEmpty() {
        return db.dsl().fetchCount(REGION) == 0;
    }

    public List<Region> findAll() {
        return db.dsl().select(REGION.asterisk().except(REGION.BOUNDARY_WKB)).from(REGION)
                .where(REGION.DELETED.isFalse())
                .orderBy(REGION.AGS)
                .fetch(r -> toRegion(r.into(REGION)));
    }

    public Optional<Region> findByAgs(String ags) {
        return db.dsl().select(REGION.asterisk().except(REGION.BOUNDARY_WKB)).from(REGION)
                .where(REGION.AGS.eq(ags).and(REGION.DELETED.isFalse()))
                .fetchOptional(r -> toRegion(r.into(REGION)));
    }

    public List<RegionBoundary> boundaries(RegionLevel level) {
        WKBReader reader = new WKBReader(WGS84);
        return db.dsl().select(REGION.AGS, REGION.BOUNDARY_WKB).from(REGION)
                .where(REGION.LEVEL.eq(level.name()).and(REGION.DELETED.isFalse())
                        .and(REGION.BOUNDARY_WKB.isNotNull()))
                .orderBy(REGION.AGS)
                .fetch(r -> new RegionBoundary(r.value1(), level, parse(reader, r.value1(), r.value2())));
    }

    public Optional<Geometry> boundary(String ags) {
        return db.dsl().select(REGION.BOUNDARY_WKB).from(REGION)
                .where(REGION.AGS.eq(ags).and(REGION.DELETED.isFalse()).and(REGION.BOUNDARY_WKB.isNotNull()))
                .fetchOptional(r -> parse(new WKBReader(WGS84), ags, r.value1()));
    }

    private static Geometry parse(WKBReader reader, String ags, byte[] wkb) {
        try {
            return reader.read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("Ungültige Geometrie für AGS " + ags, e);
        }
    }

    public void insert(Transaction tx, ChangeSet cs, NewRegion n) {
        Region r = n.region();
        RegionRecord rec = tx.dsl().newRecord(REGION);
        rec.setAgs(r.ags());
        rec.setLevel(r.level().name());
        rec.setName(r.name());
        rec.setOfficialName(r.officialName());
        rec.setRegionType(r.type());
        rec.setParentAgs(r.parentAgs());
        rec.setArs(n.ars());
        rec.setVerbandArs(n.verbandArs());
        rec.setVerbandName(r.verbandName());
        rec.setVerbandType(r.verbandType());
        rec.setPopulation(r.population());
        rec.setPopulationDate(r.populationDate());
        rec.setHouseholds(r.households());
        rec.setHouseholdsDate(r.householdsDate());
        rec.setAreaKm2(r.areaKm2());
        rec.setCenterLat(r.centerLat());
        rec.setCenterLon(r.centerLon());
        rec.setMinLat(r.bounds().minLat());
        rec.setMinLon(r.bounds().minLon());
        rec.setMaxLat(r.bounds().maxLat());
        rec.setMaxLon(r.bounds().maxLon());
        rec.setBoundaryWkb(n.boundary() == null ? null : new WKBWriter(2).write(n.boundary()));
        rec.setVersion(1);
        rec.setUpdatedAt(OffsetDateTime.now(clock));
        rec.setUpdatedBy(cs.user());
        rec.setDeleted(false);
        rec.insert();
        audit.recordInsert(tx, cs, TABLE, r.ags(), 1, auditValues(rec));
    }

    /** The row as audit JSON; the boundary is summarised (its WKB would bloat the log). */
    private static Map<String, Object> auditValues(RegionRecord rec) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (var field : rec.fields()) {
            Object value = rec.get(field);
            if (field.equals(REGION.BOUNDARY_WKB)) {
                value = value == null ? null : "WKB, " + ((byte[]) value).length + " Bytes";
            }
            values.put(field.getName().toLowerCase(java.util.Locale.ROOT), value);
        }
        return values;
    }

    public void upsertDataStand(Transaction tx, ChangeSet cs, DataStand stand) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        tx.dsl().mergeInto(DATA_STAND)
                .using(tx.dsl().selectOne())
                .on(DATA_STAND.DATASET.eq(stand.dataset()))
                .whenMatchedThenUpdate()
                .set(DATA_STAND.TITLE, stand.title())
                .set(DATA_STAND.REFERENCE_DATE, stand.referenceDate())
                .set(DATA_STAND.SOURCE, stand.source())
                .set(DATA_STAND.LICENCE, stand.licence())
                .set(DATA_STAND.DEMO, stand.demo())
                .set(DATA_STAND.VERSION, DATA_STAND.VERSION.plus(1))
                .set(DATA_STAND.UPDATED_AT, now)
                .set(DATA_STAND.UPDATED_BY, cs.user())
                .whenNotMatchedThenInsert(DATA_STAND.DATASET, DATA_STAND.TITLE, DATA_STAND.REFERENCE_DATE,
                        DATA_STAND.SOURCE, DATA_STAND.LICENCE, DATA_STAND.DEMO, DATA_STAND.VERSION,
                        DATA_STAND.UPDATED_AT, DATA_STAND.UPDATED_BY)
                .values(stand.dataset(), stand.title(), stand.referenceDate(), stand.source(), stand.licence(),
                        stand.demo(), 1, now, cs.user())
                .execute();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", stand.title());
        values.put("reference_date", stand.referenceDate());
        values.put("source", stand.source());
        values.put("licence", stand.licence());
        values.put("demo", stand.demo());
        audit.recordInsert(tx, cs, "data_stand", stand.dataset(), null, values);
    }

    public Optional<DataStand> dataStand(String dataset) {
        return db.dsl().selectFrom(DATA_STAND).where(DATA_STAND.DATASET.eq(dataset))
                .fetchOptional(r -> new DataStand(r.getDataset(), r.getTitle(), r.getReferenceDate(),
                        r.getSource(), r.getLicence(), r.getDemo()));
    }

    private static Region toRegion(RegionRecord r) {
        return new Region(r.getAgs(), RegionLevel.valueOf(r.getLevel()), r.getName(), r.getOfficialName(),
                r.getRegionType(), r.getParentAgs(), r.getVerbandName(), r.getVerbandType(), r.getPopulation(),
                r.getPopulationDate(), r.getHouseholds(), r.getHouseholdsDate(), r.getAreaKm2(),
                r.getCenterLat(), r.getCenterLon(),
                new GeoBounds(r.getMinLat(), r.getMinLon(), r.getMaxLat(), r.getMaxLon()));
    }
}
