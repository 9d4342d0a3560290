package de.netzatlas.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class ProjectAreasTest {

    @Test
    void aFeatureCollectionOfPolygonsBecomesAMultiPolygon() {
        Geometry g = ProjectAreas.fromGeoJson("gebiet.geojson", "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[11.6,52.1],[11.7,52.1],[11.7,52.2],[11.6,52.1]]]}},"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[11.8,52.1],[11.9,52.1],[11.9,52.2],[11.8,52.1]]]}}]}");
        assertEquals("MultiPolygon", g.getGeometryType());
        assertEquals(2, g.getNumGeometries());
        assertEquals(g, ProjectAreas.fromWkt(ProjectAreas.toWkt(g)));
    }

    @Test
    void linesSelfIntersectionsAndFarAwayAreasAreRejectedInGerman() {
        var line = assertThrows(ProjectAreas.InvalidAreaException.class, () -> ProjectAreas.fromGeoJson("a.geojson",
                "{\"type\":\"LineString\",\"coordinates\":[[11.6,52.1],[11.7,52.1]]}"));
        assertEquals("a.geojson: LineString ist keine Fläche; erwartet werden Polygon oder MultiPolygon.", line.getMessage());
        var bowtie = assertThrows(ProjectAreas.InvalidAreaException.class, () -> ProjectAreas.fromGeoJson("b.geojson",
                "{\"type\":\"Polygon\",\"coordinates\":[[[11.6,52.1],[11.7,52.2],[11.7,52.1],[11.6,52.2],[11.6,52.1]]]}"));
        assertTrue(bowtie.getMessage().startsWith("b.geojson: ungültige Fläche – "), bowtie.getMessage());
        var swapped = assertThrows(ProjectAreas.InvalidAreaException.class, () -> ProjectAreas.fromGeoJson("c.geojson",
                "{\"type\":\"Polygon\",\"coordinates\":[[[52.1,11.6],[52.2,11.6],[52.2,11.7],[52.1,11.6]]]}"));
        assertTrue(swapped.getMessage().contains("nicht in Sachsen-Anhalt"), swapped.getMessage());
        var broken = assertThrows(ProjectAreas.InvalidAreaException.class, () -> ProjectAreas.fromGeoJson("d.geojson", "{kaputt"));
        assertTrue(broken.getMessage().startsWith("d.geojson: kein lesbares GeoJSON"), broken.getMessage());
    }
}
