package de.netzatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MapViewportTest {

    @Test
    void pixelsAndCoordinatesRoundTrip() {
        MapViewport v = MapViewport.centredOn(52.1277, 11.6292, 10.5, 800, 600, 1);
        assertEquals(400, v.x(11.6292), 1e-6);
        assertEquals(300, v.y(52.1277), 1e-6);
        assertEquals(11.6292, v.lon(v.x(11.6292)), 1e-9);
        assertEquals(52.1277, v.lat(v.y(52.1277)), 1e-9);
    }

    @Test
    void tileViewportCoversItsLatLonBounds() {
        MapViewport t = MapViewport.ofTile(10, 550, 335, 1);
        var geo = t.geoEnvelope();
        assertTrue(geo.contains(13.405, 52.52), "Berlin lies in tile 10/550/335");
        assertEquals(360.0 / 1024, geo.getWidth(), 1e-9);
        assertEquals(256, t.x(geo.getMaxX()), 1e-6);
    }

    @Test
    void fittingShowsTheWholeBox() {
        MapViewport v = MapViewport.fitting(50.94, 10.56, 53.04, 13.19, 900, 700, 0.05, 1);
        assertTrue(v.x(10.56) >= 0 && v.x(13.19) <= 900);
        assertTrue(v.y(53.04) >= 0 && v.y(50.94) <= 700);
        assertTrue(v.metresPerPixel() > 100 && v.metresPerPixel() < 2000, "" + v.metresPerPixel());
    }
}
