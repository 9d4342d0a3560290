package de.netzatlas.fibre;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;

import de.netzatlas.common.GermanCauses;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Project areas from GeoJSON (a Polygon, MultiPolygon, Feature or FeatureCollection of them, WGS84)
 * and to/from WKT for the audit log. Rejects anything that is not a valid polygonal area inside
 * Sachsen-Anhalt's neighbourhood, with a German message.
 */
public final class ProjectAreas {

    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private ProjectAreas() {
    }

    /** Thrown for an unusable area; the message is German and says why. */
    public static final class InvalidAreaException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidAreaException(String message) {
            super(message);
        }
    }

    public static Geometry fromGeoJson(String source, String json) {
        Geometry g;
        try {
            g = new GeoJsonReader(WGS84).read(json);
        } catch (ParseException | RuntimeException e) {
            throw new InvalidAreaException(source + ": kein lesbares GeoJSON (" + GermanCauses.of(e) + ").");
        }
        List<Polygon> polygons = new ArrayList<>();
        collect(source, g, polygons);
        if (polygons.isEmpty()) {
            throw new InvalidAreaException(source + ": enthält keine Fläche (Polygon oder MultiPolygon).");
        }
        Geometry area = polygons.size() == 1 ? polygons.get(0)
                : WGS84.createMultiPolygon(polygons.toArray(Polygon[]::new));
        return validate(source, area);
    }

    private static void collect(String source, Geometry g, List<Polygon> out) {
        if (g instanceof Polygon p) {
            out.add(p);
        } else if (g instanceof GeometryCollection c) {
            for (int i = 0; i < c.getNumGeometries(); i++) {
                collect(source, c.getGeometryN(i), out);
            }
        } else if (g != null && !g.isEmpty()) {
            throw new InvalidAreaException(source + ": " + g.getGeometryType()
                    + " ist keine Fläche; erwartet werden Polygon oder MultiPolygon.");
        }
    }

    /** A valid, non-empty area in lon/lat degrees around Sachsen-Anhalt. */
    public static Geometry validate(String source, Geometry area) {
        TopologyValidationError error = new IsValidOp(area).getValidationError();
        if (error != null) {
            throw new InvalidAreaException(source + ": ungültige Fläche – "
                    + GermanCauses.validity(error, area.getNumGeometries()) + ".");
        }
        var env = area.getEnvelopeInternal();
        if (env.getMinX() < 9.0 || env.getMaxX() > 15.0 || env.getMinY() < 49.5 || env.getMaxY() > 54.0) {
            throw new InvalidAreaException(source + ": Fläche liegt nicht in Sachsen-Anhalt (Koordinaten in Grad "
                    + "WGS84 erwartet, Länge vor Breite).");
        }
        area.setSRID(4326);
        return area;
    }

    public static String toWkt(Geometry area) {
        return area == null ? null : new WKTWriter().write(area);
    }

    public static Geometry fromWkt(String wkt) {
        if (wkt == null) {
            return null;
        }
        try {
            return new WKTReader(WGS84).read(wkt);
        } catch (ParseException e) {
            throw new IllegalStateException("Beschädigte Fläche im Änderungsprotokoll: " + e.getMessage(), e);
        }
    }
}
