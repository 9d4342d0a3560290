package de.netzatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import de.netzatlas.region.BundledGeodata;
import de.netzatlas.region.GeoJsonFeatures;

class BoundaryBasemapTest {

    static BoundaryBasemap basemap;

    @BeforeAll
    static void load() {
        Geometry land = BundledGeodata.features(BundledGeodata.LAND).get(0).geometry();
        List<Geometry> kreise = BundledGeodata.features(BundledGeodata.KREISE).stream()
                .map(GeoJsonFeatures.Feature::geometry).toList();
        List<Geometry> gemeinden = BundledGeodata.features(BundledGeodata.GEMEINDEN).stream()
                .map(GeoJsonFeatures.Feature::geometry).toList();
        List<Geometry> rivers = BundledGeodata.features(BundledGeodata.RIVERS).stream()
                .map(GeoJsonFeatures.Feature::geometry).toList();
        basemap = new BoundaryBasemap(land, kreise, gemeinden, rivers, "test");
    }

    @Test
    void aTileFarFromTheLandIsPlainBackground() {
        BufferedImage tile = basemap.tile(7, 0, 0);
        assertEquals(256, tile.getWidth());
        assertEquals(1, countColour(tile, BoundaryBasemap.OUTSIDE.getRGB()) / (256 * 256));
    }

    @Test
    void aTileInsideMagdeburgShowsLandFillBoundariesAndTheElbe() {
        int z = 10;
        BufferedImage tile = basemap.tile(z, 545, 337);
        int fill = countColour(tile, BoundaryBasemap.LAND_FILL.getRGB());
        assertTrue(fill > 256 * 256 / 2, "mostly inside the Land: " + fill);
        assertTrue(countNear(tile, BoundaryBasemap.RIVER.getRGB()) > 50, "the Elbe runs through Magdeburg");
        assertTrue(countNear(tile, BoundaryBasemap.GEMEINDE_LINE.getRGB())
                + countNear(tile, BoundaryBasemap.KREIS_LINE.getRGB()) > 50, "boundaries are drawn");
    }

    @Test
    void theLandOutlineSeparatesInsideFromOutside() {
        // zoom 7 tile 68/42 covers most of the Land and its neighbours
        BufferedImage tile = basemap.tile(7, 68, 42);
        assertTrue(countColour(tile, BoundaryBasemap.LAND_FILL.getRGB()) > 1000);
        assertTrue(countColour(tile, BoundaryBasemap.OUTSIDE.getRGB()) > 1000);
        assertTrue(countNear(tile, BoundaryBasemap.LAND_LINE.getRGB()) > 100);
    }

    private static int countColour(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int countNear(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int c = image.getRGB(x, y);
                int d = Math.abs(((c >> 16) & 255) - ((rgb >> 16) & 255)) + Math.abs(((c >> 8) & 255) - ((rgb >> 8) & 255))
                        + Math.abs((c & 255) - (rgb & 255));
                if (d < 24) {
                    n++;
                }
            }
        }
        return n;
    }
}
