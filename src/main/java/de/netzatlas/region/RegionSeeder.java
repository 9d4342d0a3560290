package de.netzatlas.region;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Database;

/**
 * Fills an empty database with the real Land, 14 Kreise and 218 Gemeinden from the bundled data:
 * boundaries from VG250, population 31.12.2019 from Destatis GV-ISys (Kreis and Land populations
 * are the sums over their Gemeinden, so all three levels share one stand). One audited change set.
 */
public final class RegionSeeder {

    static final LocalDate POPULATION_DATE = LocalDate.of(2019, 12, 31);
    static final LocalDate BOUNDARY_DATE = LocalDate.of(2016, 1, 1);
    static final String LAND_AGS = "15";

    private final Database db;
    private final RegionRepository repository;
    private final Clock clock;

    public RegionSeeder(Database db, RegionRepository repository, Clock clock) {
        this.db = db;
        this.repository = repository;
        this.clock = clock;
    }

    /** Seeds when the region table is empty; returns whether it did. */
    public boolean seedIfEmpty(String user) {
        if (!repository.isEmpty()) {
            return false;
        }
        List<RegionRepository.NewRegion> regions = load();
        ChangeSet cs = ChangeSet.start(user, clock, "Erstbefüllung aus den gebündelten Geodaten (VG250, GV-ISys)");
        db.inTransaction(tx -> {
            for (RegionRepository.NewRegion r : regions) {
                repository.insert(tx, cs, r);
            }
            repository.upsertDataStand(tx, cs, new DataStand(DataStand.POPULATION, "Bevölkerung",
                    POPULATION_DATE,
                    "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys",
                    "Datenlizenz Deutschland – Namensnennung – 2.0", false));
            repository.upsertDataStand(tx, cs, new DataStand(DataStand.BOUNDARIES, "Verwaltungsgrenzen",
                    BOUNDARY_DATE, "© GeoBasis-DE / BKG 2016 (Daten verändert), VG250",
                    "GeoNutzV / dl-de/by-2-0", false));
        });
        return true;
    }

    /** The Land first, then Kreise, then Gemeinden, so parents exist before their children. */
    List<RegionRepository.NewRegion> load() {
        Map<String, CSVRecord> kreisStats = BundledGeodata.csvByKey(BundledGeodata.KREISE_STATISTICS, "ags");
        Map<String, CSVRecord> gemeindeStats = BundledGeodata.csvByKey(BundledGeodata.GEMEINDEN_STATISTICS, "ags");
        List<RegionRepository.NewRegion> result = new ArrayList<>();

        GeoJsonFeatures.Feature land = BundledGeodata.features(BundledGeodata.LAND).get(0);
        int landPopulation = gemeindeStats.values().stream().mapToInt(r -> Integer.parseInt(r.get("population"))).sum();
        double landArea = kreisStats.values().stream().mapToDouble(r -> Double.parseDouble(r.get("area_km2"))).sum();
        Point landCenter = land.geometry().getInteriorPoint();
        result.add(new RegionRepository.NewRegion(new Region(LAND_AGS, RegionLevel.LAND, land.property("name"),
                "Land Sachsen-Anhalt", "Land", null, null, null, landPopulation, POPULATION_DATE, null, null,
                round2(landArea), landCenter.getY(), landCenter.getX(), bounds(land.geometry())),
                null, null, land.geometry()));

        for (GeoJsonFeatures.Feature f : BundledGeodata.features(BundledGeodata.KREISE)) {
            String ags = f.property("ags");
            CSVRecord s = required(kreisStats, ags, BundledGeodata.KREISE_STATISTICS);
            Point center = f.geometry().getInteriorPoint();
            result.add(new RegionRepository.NewRegion(new Region(ags, RegionLevel.KREIS, s.get("name"),
                    s.get("name_official"), s.get("type"), LAND_AGS, null, null,
                    Integer.parseInt(s.get("population_2019_sum_gemeinden")), POPULATION_DATE, null, null,
                    Double.parseDouble(s.get("area_km2")), center.getY(), center.getX(), bounds(f.geometry())),
                    f.property("ars"), null, f.geometry()));
        }

        for (GeoJsonFeatures.Feature f : BundledGeodata.features(BundledGeodata.GEMEINDEN)) {
            String ags = f.property("ags");
            CSVRecord s = required(gemeindeStats, ags, BundledGeodata.GEMEINDEN_STATISTICS);
            result.add(new RegionRepository.NewRegion(new Region(ags, RegionLevel.GEMEINDE, s.get("name"),
                    s.get("name_official"), s.get("type"), s.get("kreis_ags"), s.get("verband_name"),
                    s.get("verband_type"), Integer.parseInt(s.get("population")), POPULATION_DATE, null, null,
                    Double.parseDouble(s.get("area_km2")), Double.parseDouble(s.get("center_lat")),
                    Double.parseDouble(s.get("center_lon")), bounds(f.geometry())),
                    s.get("ars"), s.get("verband_ars"), f.geometry()));
        }
        return result;
    }

    private static CSVRecord required(Map<String, CSVRecord> stats, String ags, String file) {
        CSVRecord r = stats.get(ags);
        if (r == null) {
            throw new IllegalStateException(file + ": keine Zeile für AGS " + ags);
        }
        return r;
    }

    static GeoBounds bounds(Geometry g) {
        Envelope e = g.getEnvelopeInternal();
        return new GeoBounds(e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX());
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
