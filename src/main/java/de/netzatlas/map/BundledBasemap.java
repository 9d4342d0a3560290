package de.netzatlas.map;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import de.netzatlas.region.BundledGeodata;
import de.netzatlas.region.GeoJsonFeatures;

/**
 * Builds the built-in basemap's inputs from the geodata shipped in the application: place names
 * from GeoNames (without {@code PPLX} city sections), Kreis names at an interior point. Used by
 * the composition root (with boundaries from the database) and directly by tests and benchmarks.
 */
public final class BundledBasemap {

    /** A Kreis name and its area; kreisfreie Städte are skipped (their town label says it). */
    public record AreaName(String name, Geometry area, boolean kreisfreieStadt) {
    }

    /** GeoNames spellings that read oddly on a map of Sachsen-Anhalt. */
    private static final java.util.Map<String, String> DISPLAY_NAMES = java.util.Map.of(
            "Haldensleben I", "Haldensleben",
            "Eisleben Lutherstadt", "Lutherstadt Eisleben");

    private BundledBasemap() {
    }

    /** The basemap entirely from the bundled files (tests, benchmarks, the {@code tile} command). */
    public static BuiltinBasemap create(String dataVersion) {
        Geometry land = BundledGeodata.features(BundledGeodata.LAND).get(0).geometry();
        List<GeoJsonFeatures.Feature> kreisFeatures = BundledGeodata.features(BundledGeodata.KREISE);
        List<Geometry> kreise = kreisFeatures.stream().map(GeoJsonFeatures.Feature::geometry).toList();
        List<Geometry> gemeinden = BundledGeodata.features(BundledGeodata.GEMEINDEN).stream()
                .map(GeoJsonFeatures.Feature::geometry).toList();
        List<AreaName> areas = kreisFeatures.stream().map(f -> new AreaName(f.property("name"), f.geometry(),
                "Kreisfreie Stadt".equals(f.property("bez")))).toList();
        return new BuiltinBasemap(land, kreise, gemeinden, rivers(), labels(areas), dataVersion);
    }

    public static List<Geometry> rivers() {
        return BundledGeodata.features(BundledGeodata.RIVERS).stream().map(GeoJsonFeatures.Feature::geometry).toList();
    }

    /** Place names from the bundled GeoNames extract plus the given Kreis names. */
    public static PlaceLabels labels(List<AreaName> areas) {
        List<PlaceLabels.Candidate> candidates = new ArrayList<>();
        for (CSVRecord r : BundledGeodata.csv(BundledGeodata.PLACES)) {
            if ("PPLX".equals(r.get("feature_code"))) {
                continue;
            }
            double lat = Double.parseDouble(r.get("lat"));
            double lon = Double.parseDouble(r.get("lon"));
            String population = r.get("population_geonames");
            candidates.add(new PlaceLabels.Candidate(DISPLAY_NAMES.getOrDefault(r.get("name"), r.get("name")), WebMercator.worldX(lon), WebMercator.worldY(lat),
                    population.isBlank() ? 0 : Long.parseLong(population), false));
        }
        for (AreaName area : areas) {
            if (!area.kreisfreieStadt()) {
                Coordinate c = InteriorPointArea.getInteriorPoint(area.area());
                candidates.add(new PlaceLabels.Candidate(area.name(), WebMercator.worldX(c.x), WebMercator.worldY(c.y),
                        0, true));
            }
        }
        return new PlaceLabels(candidates);
    }
}
