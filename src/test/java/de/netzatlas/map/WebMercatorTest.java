package de.netzatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebMercatorTest {

    @Test
    void worldCoordinatesRoundTrip() {
        assertEquals(0.5, WebMercator.worldX(0), 1e-12);
        assertEquals(0.5, WebMercator.worldY(0), 1e-12);
        assertEquals(52.13, WebMercator.lat(WebMercator.worldY(52.13)), 1e-9);
        assertEquals(11.62, WebMercator.lon(WebMercator.worldX(11.62)), 1e-9);
    }

    @Test
    void berlinIsInItsWellKnownOsmTile() {
        int z = 10;
        long x = (long) Math.floor(WebMercator.worldX(13.405) * (1 << z));
        long y = (long) Math.floor(WebMercator.worldY(52.52) * (1 << z));
        assertEquals(550, x);
        assertEquals(335, y);
    }

    @Test
    void zoomToFitShowsTheLandOnATypicalMapPane() {
        double z = WebMercator.zoomToFit(50.94, 10.56, 53.04, 13.19, 900, 760, 0.05, 5, 16);
        assertTrue(z > 7 && z < 8.5, "zoom " + z);
        double small = WebMercator.zoomToFit(52.0, 11.5, 52.0005, 11.5005, 900, 760, 0.05, 5, 16);
        assertEquals(16, small);
    }
}
