package de.netzatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import de.netzatlas.region.BundledGeodata;

class BuiltinBasemapTest {

    static BuiltinBasemap basemap;

    @BeforeAll
    static void load() {
        basemap = BundledBasemap.create("test");
    }

    @Test
    void aTileFarFromTheLandIsPlainBackground() {
        BufferedImage tile = basemap.tile(7, 0, 0);
        assertEquals(256, tile.getWidth());
        assertEquals(1, countColour(tile, BuiltinBasemap.OUTSIDE.getRGB()) / (256 * 256));
    }

    @Test
    void aTileInsideMagdeburgShowsLandFillBoundariesAndTheElbe() {
        int z = 10;
        BufferedImage tile = basemap.tile(z, 545, 337);
        int fill = countColour(tile, BuiltinBasemap.LAND_FILL.getRGB());
        assertTrue(fill > 256 * 256 / 2, "mostly inside the Land: " + fill);
        assertTrue(countNear(tile, BuiltinBasemap.RIVER.getRGB()) > 50, "the Elbe runs through Magdeburg");
        assertTrue(countNear(tile, BuiltinBasemap.GEMEINDE_LINE.getRGB())
                + countNear(tile, BuiltinBasemap.KREIS_LINE.getRGB()) > 50, "boundaries are drawn");
    }

    @Test
    void theLandOutlineSeparatesInsideFromOutside() {
        // zoom 7 tile 68/42 covers most of the Land and its neighbours
        BufferedImage tile = basemap.tile(7, 68, 42);
        assertTrue(countColour(tile, BuiltinBasemap.LAND_FILL.getRGB()) > 1000);
        assertTrue(countColour(tile, BuiltinBasemap.OUTSIDE.getRGB()) > 1000);
        assertTrue(countNear(tile, BuiltinBasemap.LAND_LINE.getRGB()) > 100);
    }

    @Test
    void aTileOverAKnownKreisBorderHasBoundaryPixelsOnTheBorderAndBackgroundElsewhere() {
        // The Kreis border between Magdeburg (15003) and the Börde (15083) west of the city.
        Geometry magdeburg = BundledGeodata.features(BundledGeodata.KREISE).stream()
                .filter(f -> "15003".equals(f.property("ags"))).findFirst().orElseThrow().geometry();
        Geometry boerde = BundledGeodata.features(BundledGeodata.KREISE).stream()
                .filter(f -> "15083".equals(f.property("ags"))).findFirst().orElseThrow().geometry();
        Geometry shared = magdeburg.getBoundary().intersection(boerde.getBoundary());
        org.locationtech.jts.geom.Coordinate onBorder = shared.getCoordinates()[shared.getNumPoints() / 2];
        int z = 13;
        MapViewport world = MapViewport.ofTile(z, 0, 0, 1);
        double px = world.x(onBorder.x);
        double py = world.y(onBorder.y);
        long tx = (long) Math.floor(px / 256);
        long ty = (long) Math.floor(py / 256);
        BufferedImage tile = basemap.tile(z, tx, ty);
        int bx = (int) (px - tx * 256);
        int by = (int) (py - ty * 256);
        boolean borderColoured = false;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                int x = Math.max(0, Math.min(255, bx + dx));
                int y = Math.max(0, Math.min(255, by + dy));
                borderColoured |= distance(tile.getRGB(x, y), BuiltinBasemap.KREIS_LINE.getRGB()) < 40;
            }
        }
        assertTrue(borderColoured, "Kreis line colour at " + bx + "," + by);
        assertTrue(countNear(tile, BuiltinBasemap.KREIS_LINE.getRGB()) > 40, "the border crosses the tile");
        assertTrue(countColour(tile, BuiltinBasemap.LAND_FILL.getRGB()) > 256 * 256 / 2, "background elsewhere");
    }

    @Test
    void hiDpiTilesHaveTwiceThePixelsAndTheSameDrawing() {
        BufferedImage normal = basemap.tile(10, 545, 337, 1);
        BufferedImage sharp = basemap.tile(10, 545, 337, 2);
        assertEquals(512, sharp.getWidth());
        int normalFill = countColour(normal, BuiltinBasemap.LAND_FILL.getRGB());
        int sharpFill = countColour(sharp, BuiltinBasemap.LAND_FILL.getRGB());
        assertEquals(1.0, sharpFill / 4.0 / normalFill, 0.05, "same share of land fill");
    }

    @Test
    void theIdChangesWithTheDataVersion() {
        assertTrue(basemap.id().contains("test"));
        assertTrue(!basemap.id().equals(BundledBasemap.create("other").id()));
    }

    private static int distance(int c, int rgb) {
        return Math.abs(((c >> 16) & 255) - ((rgb >> 16) & 255)) + Math.abs(((c >> 8) & 255) - ((rgb >> 8) & 255))
                + Math.abs((c & 255) - (rgb & 255));
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
