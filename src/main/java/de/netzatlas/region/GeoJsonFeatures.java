package de.netzatlas.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a GeoJSON FeatureCollection into features (geometry + flat string properties): Jackson
 * walks the collection, JTS's GeoJSON reader builds each geometry.
 */
public final class GeoJsonFeatures {

    /** One feature: its geometry (x = lon, y = lat) and its properties as strings. */
    public record Feature(Geometry geometry, Map<String, String> properties) {

        public String property(String key) {
            return properties.get(key);
        }
    }

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJsonFeatures() {
    }

    public static List<Feature> read(InputStream in, String sourceName) {
        try {
            JsonNode root = new ObjectMapper().readTree(in);
            JsonNode features = root.path("features");
            if (!features.isArray()) {
                throw new IllegalArgumentException(sourceName + ": keine GeoJSON-FeatureCollection");
            }
            GeoJsonReader reader = new GeoJsonReader(WGS84);
            List<Feature> result = new ArrayList<>(features.size());
            int index = 0;
            for (JsonNode f : features) {
                index++;
                Map<String, String> props = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : f.path("properties").properties()) {
                    props.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
                }
                Geometry geometry;
                try {
                    geometry = reader.read(f.path("geometry").toString());
                } catch (ParseException e) {
                    throw new IllegalArgumentException(sourceName + ", Objekt " + index
                            + ": ungültige Geometrie – " + de.netzatlas.common.GermanCauses.of(e), e);
                }
                geometry.setSRID(4326);
                result.add(new Feature(geometry, props));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + " kann nicht gelesen werden", e);
        }
    }
}
