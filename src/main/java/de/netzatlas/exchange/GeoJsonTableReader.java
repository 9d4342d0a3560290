package de.netzatlas.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads GeoJSON (RFC 7946: WGS84 longitude/latitude; also the older {@code crs} member) as a table:
 * one row per feature (number = position in the file, from 1), properties flattened
 * ({@code {"a":{"b":1}}} becomes column {@code a.b}), the geometry alongside. A projected CRS (e.g.
 * EPSG:25832) or coordinates that are not degrees, and features outside Sachsen-Anhalt, are reported
 * as errors and never imported in the wrong place.
 */
public final class GeoJsonTableReader implements TableReader {

    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** Sachsen-Anhalt with a margin, in degrees (lon/lat). */
    static final Envelope SACHSEN_ANHALT = new Envelope(10.4, 13.4, 50.8, 53.2);
    private static final Pattern EPSG = Pattern.compile("EPSG:{1,2}(?:[\\d.]*:)?(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final List<String> header;
    private final List<SourceRow> rows;
    private int cursor;

    private GeoJsonTableReader(List<String> header, List<SourceRow> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static GeoJsonTableReader open(Path file, Problems problems) {
        JsonNode root;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.error(0, "-", null, "Die GeoJSON-Datei ist größer als " + MAX_FILE_BYTES / 1024 / 1024 + " MB.");
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                root = new ObjectMapper().readTree(in);
            }
        } catch (JacksonException e) {
            problems.error(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "-", null,
                    "Die Datei ist kein lesbares GeoJSON (JSON-Fehler: " + e.getOriginalMessage() + ").");
            return null;
        } catch (IOException | RuntimeException e) {
            problems.error(0, "-", null, "Die Datei kann nicht gelesen werden (" + e.getClass().getSimpleName() + ").");
            return null;
        }
        if (root == null || !root.isObject() || !root.path("type").isTextual()) {
            problems.error(0, "-", null, "Die Datei ist kein GeoJSON (Objekt mit „type“ erwartet).");
            return null;
        }
        String crs = crsOf(root);
        if (crs != null) {
            problems.error(0, "crs", crs, "Koordinatensystem " + crs + " ist kein WGS84: die Datei liegt in einem "
                    + "projizierten System. Bitte nach WGS84 (EPSG:4326, Länge/Breite in Grad) umwandeln – es wird nichts importiert.");
            return null;
        }
        List<JsonNode> features = new ArrayList<>();
        switch (root.path("type").asText()) {
            case "FeatureCollection" -> {
                JsonNode fs = root.path("features");
                if (!fs.isArray()) {
                    problems.error(0, "features", null, "FeatureCollection ohne Liste „features“.");
                    return null;
                }
                fs.forEach(features::add);
            }
            case "Feature" -> features.add(root);
            default -> {
                ObjectMapper m = new ObjectMapper();
                var f = m.createObjectNode();
                f.put("type", "Feature");
                f.set("geometry", root);
                f.set("properties", m.createObjectNode());
                features.add(f);
            }
        }
        Set<String> columns = new LinkedHashSet<>();
        List<Map<String, String>> props = new ArrayList<>();
        List<Geometry> geometries = new ArrayList<>();
        GeoJsonReader geo = new GeoJsonReader(WGS84);
        boolean projected = false;
        for (int i = 0; i < features.size(); i++) {
            long n = i + 1L;
            JsonNode f = features.get(i);
            Map<String, String> flat = new LinkedHashMap<>();
            if (f.has("id") && !f.get("id").isNull()) {
                flat.put("id", f.get("id").asText());
            }
            flatten("", f.path("properties"), flat);
            columns.addAll(flat.keySet());
            props.add(flat);
            JsonNode g = f.path("geometry");
            Geometry geometry = null;
            if (!g.isMissingNode() && !g.isNull()) {
                try {
                    geometry = geo.read(g.toString());
                } catch (org.locationtech.jts.io.ParseException | RuntimeException e) {
                    problems.error(n, "geometry", null, "Geometrie von Objekt " + n + " ist nicht lesbar ("
                            + e.getMessage() + ").");
                }
            }
            if (geometry != null && !geometry.isEmpty()) {
                Envelope env = geometry.getEnvelopeInternal();
                if (Math.abs(env.getMaxX()) > 180 || Math.abs(env.getMinX()) > 180 || Math.abs(env.getMaxY()) > 90
                        || Math.abs(env.getMinY()) > 90) {
                    projected = true;
                    Coordinate c = geometry.getCoordinate();
                    problems.error(n, "geometry", c.x + " " + c.y, "Koordinaten sind keine Grad (WGS84): die Datei ist "
                            + "vermutlich projiziert (z. B. ETRS89/UTM 32N, EPSG:25832). Bitte nach WGS84 umwandeln.");
                    geometry = null;
                } else if (!SACHSEN_ANHALT.contains(env)) {
                    Coordinate c = geometry.getCoordinate();
                    problems.error(n, "geometry", String.format(Locale.ROOT, "%.5f %.5f", c.x, c.y),
                            "Objekt " + n + " liegt außerhalb Sachsen-Anhalts (Länge/Breite vertauscht?).");
                    geometry = null;
                }
            }
            geometries.add(geometry);
            if (projected && i > 20) {
                break;
            }
        }
        List<String> header = List.copyOf(columns);
        List<SourceRow> rows = new ArrayList<>(props.size());
        for (int i = 0; i < props.size(); i++) {
            List<String> cells = new ArrayList<>(header.size());
            for (String c : header) {
                cells.add(props.get(i).getOrDefault(c, ""));
            }
            rows.add(new SourceRow(i + 1L, cells, geometries.get(i)));
        }
        return new GeoJsonTableReader(header, rows);
    }

    /** The declared CRS if it is not WGS84 lon/lat (CRS84, EPSG:4326), else null. */
    static String crsOf(JsonNode root) {
        JsonNode crs = root.path("crs");
        if (crs.isMissingNode() || crs.isNull()) {
            return null;
        }
        String name = crs.path("properties").path("name").asText(crs.path("properties").path("href").asText(""));
        if (name.toUpperCase(Locale.ROOT).contains("CRS84") || name.isEmpty()) {
            return null;
        }
        Matcher m = EPSG.matcher(name);
        if (m.find()) {
            return "4326".equals(m.group(1)) ? null : "EPSG:" + m.group(1);
        }
        return name;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                if (e.getValue().isObject()) {
                    flatten(key, e.getValue(), out);
                } else if (e.getValue().isArray()) {
                    List<String> parts = new ArrayList<>();
                    e.getValue().forEach(v -> parts.add(v.isValueNode() ? v.asText() : v.toString()));
                    out.put(key, String.join(",", parts));
                } else if (!e.getValue().isNull()) {
                    out.put(key, e.getValue().asText());
                }
            }
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerRow() {
        return 0;
    }

    @Override
    public SourceRow next() {
        return cursor < rows.size() ? rows.get(cursor++) : null;
    }

    @Override
    public void close() {
        // everything is in memory
    }
}
