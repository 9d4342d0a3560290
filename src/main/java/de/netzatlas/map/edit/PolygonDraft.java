package de.netzatlas.map.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import de.netzatlas.map.MapViewport;

/**
 * An area being drawn: closed polygons plus at most one open ring still being clicked, in lon/lat
 * degrees (x = lon). Vertices are added, moved and deleted by reference; {@link #result()} turns
 * the draft into one valid JTS Polygon or MultiPolygon, or says in German why it cannot. Holes of
 * a loaded area are not edited (only outer rings are kept). Confined to one thread; no toolkit.
 */
public final class PolygonDraft {

    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    /** A vertex: {@code ring} indexes the closed polygons, {@code ring == closedCount()} the open ring. */
    public record Vertex(int ring, int index) {
    }

    /** Either a valid area or a German message why the draft is not one. */
    public record Result(Geometry area, String error) {

        public boolean ok() {
            return error == null;
        }
    }

    private final List<List<Coordinate>> closed = new ArrayList<>();
    private final List<Coordinate> open = new ArrayList<>();

    public PolygonDraft() {
    }

    /** Starts from an existing area (outer rings of its polygons); null starts empty. */
    public static PolygonDraft of(Geometry area) {
        PolygonDraft d = new PolygonDraft();
        if (area != null) {
            for (int i = 0; i < area.getNumGeometries(); i++) {
                if (area.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                    Coordinate[] c = p.getExteriorRing().getCoordinates();
                    List<Coordinate> ring = new ArrayList<>();
                    for (int k = 0; k < c.length - 1; k++) {
                        ring.add(new Coordinate(c[k].x, c[k].y));
                    }
                    d.closed.add(ring);
                }
            }
        }
        return d;
    }

    public void add(double lon, double lat) {
        open.add(new Coordinate(lon, lat));
    }

    /** Closes the open ring into a polygon; false (nothing changes) with fewer than three vertices. */
    public boolean close() {
        if (open.size() < 3) {
            return false;
        }
        closed.add(new ArrayList<>(open));
        open.clear();
        return true;
    }

    public void move(Vertex v, double lon, double lat) {
        ring(v.ring()).set(v.index(), new Coordinate(lon, lat));
    }

    /** Removes a vertex; a closed polygon left with fewer than three vertices disappears. */
    public void delete(Vertex v) {
        List<Coordinate> ring = ring(v.ring());
        ring.remove(v.index());
        if (v.ring() < closed.size() && ring.size() < 3) {
            closed.remove(v.ring());
        }
    }

    /** Removes the last vertex of the open ring (Backspace while clicking); false if none. */
    public boolean deleteLastOpen() {
        if (open.isEmpty()) {
            return false;
        }
        open.remove(open.size() - 1);
        return true;
    }

    public int closedCount() {
        return closed.size();
    }

    /** Vertices of a closed polygon (without the repeated first one). */
    public List<Coordinate> closedRing(int i) {
        return List.copyOf(closed.get(i));
    }

    public List<Coordinate> openRing() {
        return List.copyOf(open);
    }

    public boolean isEmpty() {
        return closed.isEmpty() && open.isEmpty();
    }

    public Coordinate vertex(Vertex v) {
        return ring(v.ring()).get(v.index());
    }

    private List<Coordinate> ring(int i) {
        return i == closed.size() ? open : closed.get(i);
    }

    /** The vertex nearest to a screen point within {@code tolerance} logical pixels. */
    public Optional<Vertex> vertexAt(MapViewport v, double x, double y, double tolerance) {
        Vertex best = null;
        double bestDist = tolerance * tolerance;
        for (int r = 0; r <= closed.size(); r++) {
            List<Coordinate> ring = ring(r);
            for (int i = 0; i < ring.size(); i++) {
                double dx = v.x(ring.get(i).x) - x;
                double dy = v.y(ring.get(i).y) - y;
                double d = dx * dx + dy * dy;
                if (d <= bestDist) {
                    bestDist = d;
                    best = new Vertex(r, i);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The drawn area: an open ring with three or more vertices counts as closed. Errors: nothing
     * drawn, an open ring with one or two vertices, self-intersections and overlapping polygons.
     */
    public Result result() {
        if (open.size() > 0 && open.size() < 3) {
            return new Result(null, "Die begonnene Fläche hat erst " + open.size()
                    + (open.size() == 1 ? " Punkt" : " Punkte") + "; eine Fläche braucht mindestens drei.");
        }
        List<List<Coordinate>> rings = new ArrayList<>(closed);
        if (!open.isEmpty()) {
            rings.add(open);
        }
        if (rings.isEmpty()) {
            return new Result(null, "Es ist noch keine Fläche gezeichnet.");
        }
        Polygon[] polygons = new Polygon[rings.size()];
        for (int i = 0; i < rings.size(); i++) {
            List<Coordinate> ring = rings.get(i);
            Coordinate[] c = new Coordinate[ring.size() + 1];
            for (int k = 0; k < ring.size(); k++) {
                c[k] = new Coordinate(ring.get(k));
            }
            c[ring.size()] = new Coordinate(ring.get(0));
            polygons[i] = WGS84.createPolygon(c);
        }
        Geometry area = polygons.length == 1 ? polygons[0] : WGS84.createMultiPolygon(polygons);
        TopologyValidationError error = new IsValidOp(area).getValidationError();
        if (error != null) {
            return new Result(null, de.netzatlas.common.GermanCauses.validity(error, polygons.length) + ".");
        }
        return new Result(area, null);
    }

    /**
     * Snaps a screen point to the nearest vertex of the given lines or areas (e.g. Gemeinde
     * borders) within {@code tolerance} pixels; returns lon/lat, the point itself if none is near.
     */
    public static Coordinate snap(MapViewport v, double x, double y, List<Geometry> targets, double tolerance) {
        Coordinate best = null;
        double bestDist = tolerance * tolerance;
        org.locationtech.jts.geom.Envelope near = new org.locationtech.jts.geom.Envelope(
                v.lon(x - tolerance), v.lon(x + tolerance), v.lat(y + tolerance), v.lat(y - tolerance));
        for (Geometry g : targets) {
            if (!g.getEnvelopeInternal().intersects(near)) {
                continue;
            }
            for (Coordinate c : g.getCoordinates()) {
                if (!near.contains(c)) {
                    continue;
                }
                double dx = v.x(c.x) - x;
                double dy = v.y(c.y) - y;
                double d = dx * dx + dy * dy;
                if (d <= bestDist) {
                    bestDist = d;
                    best = c;
                }
            }
        }
        return best != null ? new Coordinate(best.x, best.y) : new Coordinate(v.lon(x), v.lat(y));
    }
}
