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
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.netzatlas.common.GermanCauses;

/**
 * Reads GeoJSON (RFC 7946: WGS84 longitude/latitude; also the older {@code crs} member) as a table:
 * one row per feature (number = position in the file, from 1), properties flattened
 * ({@code {"a":{"b":1}}} becomes column {@code a.b}), the geometry alongside. A projected CRS (e.g.
 * EPSG:25832) or coordinates that are not degrees, and features outside Sachsen-Anhalt, are reported
 * as errors and never imported in the wrong place.
 * <p>
 * A FeatureCollection is streamed with Jackson's {@link JsonParser}, one feature tree at a time, in two
 * passes: the first checks the whole file (JSON syntax, the {@code crs} member wherever it stands –
 * before or after {@code features} – every geometry, and the union of property names, which is the
 * header), so every file-level problem is known before the import writes anything; the second hands
 * the features to the import one by one. Memory stays flat however many features the file has.
 */
public final class GeoJsonTableReader implements TableReader {

    /** A sanity limit only: the file is streamed. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;
    /** More distinct property names than this is not a table. */
    static final int MAX_COLUMNS = 2_000;
    /** After this many features with projected coordinates the check stops (the file is wrong as a whole). */
    private static final int PROJECTED_REPORTS = 21;
    /** Sachsen-Anhalt with a margin, in degrees (lon/lat). */
    static final Envelope SACHSEN_ANHALT = new Envelope(10.4, 13.4, 50.8, 53.2);
    private static final Pattern EPSG = Pattern.compile("EPSG:{1,2}(?:[\\d.]*:)?(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final List<String> header;
    private final long limit;
    private final Problems problems;
    private final GeometryCheck check = new GeometryCheck();
    /** The features array of a FeatureCollection (second pass), or null for a single feature. */
    private final JsonParser parser;
    private JsonNode single;
    private long emitted;
    private boolean failed;

    private GeoJsonTableReader(List<String> header, long limit, JsonParser parser, JsonNode single, Problems problems) {
        this.header = header;
        this.limit = limit;
        this.parser = parser;
        this.single = single;
        this.problems = problems;
    }

    /** What the first pass found. */
    private static final class Scan {
        final ObjectNode root;
        final Set<String> columns = new LinkedHashSet<>();
        final Problems problems;
        boolean featuresArray;
        long features;
        long limit = -1;

        Scan(ObjectNode root, String file) {
            this.root = root;
            this.problems = new Problems(file);
        }
    }

    public static GeoJsonTableReader open(Path file, Problems problems) {
        ObjectMapper mapper = new ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        Scan scan;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.error(0, "-", null, "Die GeoJSON-Datei ist größer als " + MAX_FILE_BYTES / 1024 / 1024 + " MB.");
                return null;
            }
            scan = scan(mapper, file, problems);
        } catch (JacksonException e) {
            problems.error(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "-", null,
                    "Die Datei ist kein lesbares GeoJSON: " + GermanCauses.of(e) + ".");
            return null;
        } catch (IOException | RuntimeException e) {
            problems.error(0, "-", null, "Die Datei kann nicht gelesen werden: " + GermanCauses.of(e) + ".");
            return null;
        }
        if (scan == null) {
            return null;
        }
        ObjectNode root = scan.root;
        if (!root.path("type").isTextual()) {
            problems.error(0, "-", null, "Die Datei ist kein GeoJSON (Objekt mit „type“ erwartet).");
            return null;
        }
        String crs = crsOf(root);
        if (crs != null) {
            problems.error(0, "crs", crs, "Koordinatensystem " + crs + " ist kein WGS84: die Datei liegt in einem "
                    + "projizierten System. Bitte nach WGS84 (EPSG:4326, Länge/Breite in Grad) umwandeln – es wird nichts importiert.");
            return null;
        }
        switch (root.path("type").asText()) {
            case "FeatureCollection" -> {
                if (!scan.featuresArray) {
                    problems.error(0, "features", null, "FeatureCollection ohne Liste „features“.");
                    return null;
                }
                if (scan.columns.size() > MAX_COLUMNS) {
                    problems.error(0, "properties", null, "Die Objekte haben zusammen mehr als " + MAX_COLUMNS
                            + " verschiedene Eigenschaften – das ist keine Tabelle.");
                    return null;
                }
                problems.addAll(scan.problems);
                try {
                    JsonParser p = mapper.createParser(Files.newInputStream(file));
                    toFeatures(p);
                    return new GeoJsonTableReader(List.copyOf(scan.columns),
                            scan.limit >= 0 ? scan.limit : scan.features, p, null, problems);
                } catch (IOException | RuntimeException e) {
                    problems.error(0, "-", null, "Die Datei kann nicht gelesen werden (" + e.getClass().getSimpleName() + ").");
                    return null;
                }
            }
            case "Feature" -> {
                return singleFeature(root, problems);
            }
            default -> {
                ObjectNode f = mapper.createObjectNode();
                f.put("type", "Feature");
                f.set("geometry", root);
                f.set("properties", mapper.createObjectNode());
                return singleFeature(f, problems);
            }
        }
    }

    private static GeoJsonTableReader singleFeature(JsonNode feature, Problems problems) {
        Map<String, String> flat = properties(feature);
        new GeometryCheck().check(feature, 1, problems);
        return new GeoJsonTableReader(List.copyOf(flat.keySet()), 1, null, feature, problems);
    }

    /**
     * First pass: the top-level members (all but {@code features} kept as a tree; they are small), and
     * for the features array one tree at a time: property names and geometry checks (into the scan's own
     * problems, taken over only if the CRS turns out to be fine). Null (problem reported) if the file is
     * not a JSON object.
     */
    private static Scan scan(ObjectMapper mapper, Path file, Problems problems) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = mapper.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.error(0, "-", null, "Die Datei ist kein GeoJSON (Objekt mit „type“ erwartet).");
                return null;
            }
            Scan scan = new Scan(mapper.createObjectNode(), problems.file());
            GeometryCheck checker = new GeometryCheck();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("features".equals(name) && value == JsonToken.START_ARRAY && !scan.featuresArray) {
                    scan.featuresArray = true;
                    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
                        scan.features++;
                        if (scan.limit >= 0) {
                            p.skipChildren();
                            continue;
                        }
                        JsonNode f = p.readValueAsTree();
                        if (scan.columns.size() <= MAX_COLUMNS) {
                            scan.columns.addAll(properties(f).keySet());
                        }
                        checker.check(f, scan.features, scan.problems);
                        if (checker.projectedSeen && scan.features >= PROJECTED_REPORTS + 1) {
                            scan.limit = scan.features;
                        }
                    }
                } else {
                    scan.root.set(name, p.readValueAsTree());
                }
            }
            return scan;
        }
    }

    /** Second pass: moves the parser to the first element of the top-level {@code features} array. */
    private static void toFeatures(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("kein Objekt");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("features".equals(name) && value == JsonToken.START_ARRAY) {
                return;
            }
            p.skipChildren();
        }
        throw new IOException("keine Liste „features“");
    }

    /** The geometry checks, shared by both passes; remembers whether the file looked projected. */
    private static final class GeometryCheck {
        private final GeoJsonReader geo = new GeoJsonReader(WGS84);
        /** Whether a feature with coordinates that are not degrees has been seen (the file is projected). */
        boolean projectedSeen;

        /**
         * The feature's geometry if it is readable, in degrees and inside Sachsen-Anhalt; else null, with
         * the reason reported to {@code report} (null: not reported again, as in the second pass).
         */
        Geometry check(JsonNode f, long n, Problems report) {
            JsonNode g = f.path("geometry");
            if (g.isMissingNode() || g.isNull()) {
                return null;
            }
            Geometry geometry;
            try {
                geometry = geo.read(g.toString());
            } catch (org.locationtech.jts.io.ParseException | RuntimeException e) {
                if (report != null) {
                    report.error(n, "geometry", null, "Geometrie von Objekt " + n + " ist nicht lesbar: " + GermanCauses.of(e) + ".");
                }
                return null;
            }
            if (geometry == null || geometry.isEmpty()) {
                return geometry;
            }
            Envelope env = geometry.getEnvelopeInternal();
            if (Math.abs(env.getMaxX()) > 180 || Math.abs(env.getMinX()) > 180 || Math.abs(env.getMaxY()) > 90
                    || Math.abs(env.getMinY()) > 90) {
                projectedSeen = true;
                if (report != null) {
                    Coordinate c = geometry.getCoordinate();
                    report.error(n, "geometry", c.x + " " + c.y, "Koordinaten sind keine Grad (WGS84): die Datei ist "
                            + "vermutlich projiziert (z. B. ETRS89/UTM 32N, EPSG:25832). Bitte nach WGS84 umwandeln.");
                }
                return null;
            }
            if (!SACHSEN_ANHALT.contains(env)) {
                if (report != null) {
                    Coordinate c = geometry.getCoordinate();
                    report.error(n, "geometry", String.format(Locale.ROOT, "%.5f %.5f", c.x, c.y),
                            "Objekt " + n + " liegt außerhalb Sachsen-Anhalts (Länge/Breite vertauscht?).");
                }
                return null;
            }
            return geometry;
        }
    }

    private static Map<String, String> properties(JsonNode f) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (f.has("id") && !f.get("id").isNull()) {
            flat.put("id", f.get("id").asText());
        }
        flatten("", f.path("properties"), flat);
        return flat;
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
                    e.getValue().forEach(v -> parts.add(v.isValueNode() ? text(v) : v.toString()));
                    out.put(key, String.join(",", parts));
                } else if (!e.getValue().isNull()) {
                    out.put(key, text(e.getValue()));
                }
            }
        }
    }

    /**
     * A property value as the cell text the column mapping reads: numbers in plain notation
     * ({@code 32506850}, never Jackson's {@code 3.250685E7}), so large figures (households, euros)
     * and the application's own exports read back.
     */
    static String text(JsonNode v) {
        if (v.isNumber()) {
            java.math.BigDecimal d = v.decimalValue().stripTrailingZeros();
            return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
        }
        return v.asText();
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
        if (failed || emitted >= limit) {
            return null;
        }
        JsonNode f;
        if (parser == null) {
            f = single;
            single = null;
            if (f == null) {
                return null;
            }
        } else {
            try {
                JsonToken t = parser.nextToken();
                f = t == JsonToken.END_ARRAY || t == null ? null : parser.readValueAsTree();
                if (f == null) {
                    return null;
                }
            } catch (IOException | RuntimeException e) {
                failed = true;
                problems.error(emitted + 1, "-", null, "Die Datei ist kein lesbares GeoJSON mehr: " + GermanCauses.of(e) + ".");
                return null;
            }
        }
        emitted++;
        Map<String, String> flat = properties(f);
        List<String> cells = new ArrayList<>(header.size());
        for (String c : header) {
            cells.add(flat.getOrDefault(c, ""));
        }
        return new SourceRow(emitted, cells, check.check(f, emitted, null));
    }

    @Override
    public long position() {
        return parser == null ? 0 : Math.max(0, parser.currentLocation().getByteOffset());
    }

    @Override
    public void close() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // read-only
            }
        }
    }
}
