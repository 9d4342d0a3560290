package de.netzatlas.map.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import de.netzatlas.map.MapViewport;

/** Drawing areas: closing rings, several polygons, moving and deleting vertices, JTS validity in German. */
class PolygonDraftTest {

    private static PolygonDraft triangle(double lon, double lat) {
        PolygonDraft d = new PolygonDraft();
        d.add(lon, lat);
        d.add(lon + 0.1, lat);
        d.add(lon + 0.05, lat + 0.08);
        return d;
    }

    @Test
    void aClosedTriangleIsOneValidPolygon() {
        PolygonDraft d = triangle(11.6, 52.1);
        assertTrue(d.close());
        PolygonDraft.Result r = d.result();
        assertTrue(r.ok(), r.error());
        assertTrue(r.area() instanceof Polygon);
        assertEquals(4, r.area().getCoordinates().length);
        assertEquals(4326, r.area().getSRID());
    }

    @Test
    void closingNeedsThreeVerticesAndAnOpenRingWithTwoIsAnError() {
        PolygonDraft d = new PolygonDraft();
        d.add(11.6, 52.1);
        d.add(11.7, 52.1);
        assertFalse(d.close());
        PolygonDraft.Result r = d.result();
        assertFalse(r.ok());
        assertEquals("Die begonnene Fläche hat erst 2 Punkte; eine Fläche braucht mindestens drei.", r.error());
        assertEquals("Es ist noch keine Fläche gezeichnet.", new PolygonDraft().result().error());
    }

    @Test
    void twoSeparateTrianglesMakeAMultiPolygonAndAnOpenRingCountsAsClosed() {
        PolygonDraft d = triangle(11.6, 52.1);
        d.close();
        d.add(11.9, 52.1);
        d.add(12.0, 52.1);
        d.add(11.95, 52.18);
        PolygonDraft.Result r = d.result();
        assertTrue(r.ok(), r.error());
        assertTrue(r.area() instanceof MultiPolygon);
        assertEquals(2, r.area().getNumGeometries());
    }

    @Test
    void aBowTieIsRejectedWithAGermanMessage() {
        PolygonDraft d = new PolygonDraft();
        d.add(11.6, 52.1);
        d.add(11.7, 52.2);
        d.add(11.7, 52.1);
        d.add(11.6, 52.2);
        d.close();
        PolygonDraft.Result r = d.result();
        assertFalse(r.ok());
        assertNull(r.area());
        assertTrue(r.error().startsWith("Die Fläche überschneidet sich selbst (Kanten kreuzen sich) (bei 11,65000° O"),
                r.error());
    }

    @Test
    void overlappingPolygonsAreRejected() {
        PolygonDraft d = triangle(11.6, 52.1);
        d.close();
        PolygonDraft e = triangle(11.62, 52.1);
        d.add(11.62, 52.1);
        d.add(11.72, 52.1);
        d.add(11.67, 52.18);
        d.close();
        assertFalse(d.result().ok());
        assertTrue(d.result().error().contains("überlappen"), d.result().error());
        assertTrue(e.result().ok());
    }

    @Test
    void verticesAreFoundOnScreenMovedAndDeleted() {
        PolygonDraft d = triangle(11.6, 52.1);
        d.close();
        MapViewport v = MapViewport.centredOn(52.13, 11.65, 12, 800, 600, 1);
        double x = v.x(11.7);
        double y = v.y(52.1);
        PolygonDraft.Vertex hit = d.vertexAt(v, x + 3, y - 2, 8).orElseThrow();
        assertEquals(new PolygonDraft.Vertex(0, 1), hit);
        assertTrue(d.vertexAt(v, x + 30, y, 8).isEmpty());
        d.move(hit, 11.72, 52.09);
        assertEquals(new Coordinate(11.72, 52.09), d.vertex(hit));
        d.add(11.9, 52.1);
        d.delete(new PolygonDraft.Vertex(1, 0));
        assertTrue(d.openRing().isEmpty());
        d.delete(new PolygonDraft.Vertex(0, 0));
        assertEquals(0, d.closedCount(), "a polygon left with two vertices disappears");
        assertTrue(d.isEmpty());
    }

    @Test
    void anExistingAreaIsLoadedAsClosedPolygonsAndComesBackUnchanged() {
        PolygonDraft d = triangle(11.6, 52.1);
        d.close();
        Geometry area = d.result().area();
        PolygonDraft again = PolygonDraft.of(area);
        assertEquals(1, again.closedCount());
        assertEquals(3, again.closedRing(0).size());
        assertTrue(again.result().area().equalsExact(area));
    }

    @Test
    void snappingPicksTheNearestBorderVertexWithinTolerance() {
        Geometry border = triangle(11.6, 52.1).result().area();
        MapViewport v = MapViewport.centredOn(52.13, 11.65, 12, 800, 600, 1);
        Coordinate snapped = PolygonDraft.snap(v, v.x(11.7) + 4, v.y(52.1) + 3, List.of(border), 10);
        assertEquals(11.7, snapped.x, 1e-9);
        assertEquals(52.1, snapped.y, 1e-9);
        Coordinate free = PolygonDraft.snap(v, v.x(11.7) + 40, v.y(52.1), List.of(border), 10);
        assertEquals(v.lon(v.x(11.7) + 40), free.x, 1e-9);
    }
}
