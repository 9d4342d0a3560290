package de.netzatlas.map.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import de.netzatlas.map.MapViewport;

class ChoroplethLayerTest {

    static Geometry square(double lon, double lat) {
        return new GeometryFactory().createPolygon(new Coordinate[] {new Coordinate(lon, lat),
                new Coordinate(lon + 0.1, lat), new Coordinate(lon + 0.1, lat + 0.1), new Coordinate(lon, lat + 0.1),
                new Coordinate(lon, lat)});
    }

    @Test
    void equalIntervalsSplitTheRangeEvenly() {
        ClassBreaks b = ClassBreaks.equalIntervals(new double[] {0, 10, 20, 100}, 4);
        assertArrayEquals(new double[] {0, 25, 50, 75, 100}, b.limits(), 1e-9);
        assertEquals(0, b.classOf(10));
        assertEquals(3, b.classOf(100));
        assertEquals(3, b.classOf(75));
        assertEquals(-1, b.classOf(Double.NaN));
    }

    @Test
    void quantilesPutTheSameNumberOfRegionsInEachClass() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 1000};
        ClassBreaks b = ClassBreaks.quantiles(values, 3);
        int[] counts = new int[3];
        for (double v : values) {
            counts[b.classOf(v)]++;
        }
        assertArrayEquals(new int[] {3, 3, 3}, counts);
    }

    @Test
    void paletteRunsFromLightToDarkAndLegendNamesTheLimits() {
        int[] c = Palette.YL_GN_BU.colours(5);
        assertEquals(0xFFFFFFD9, c[0]);
        assertEquals(0xFF081D58, c[4]);
        List<ShapeFeature> features = List.of(
                new ShapeFeature("a", "A", square(11, 52), "", 10, List.of()),
                new ShapeFeature("b", "B", square(11.2, 52), "", 20, List.of()),
                new ShapeFeature("c", "C", square(11.4, 52), "", 30, List.of()),
                new ShapeFeature("d", "D", square(11.6, 52), "", 40, List.of()));
        ChoroplethLayer layer = ChoroplethLayer.of("dichte", "Dichte", features, ClassBreaks.Method.EQUAL_INTERVALS, 3,
                Palette.VIRIDIS, NumberFormat.getIntegerInstance(Locale.GERMANY), "Einwohner je km²");
        assertEquals(3, layer.legend().size());
        assertEquals("10 – 20", layer.legend().get(0).label());
        assertEquals("30 – 40", layer.legend().get(2).label());
        assertEquals(Palette.VIRIDIS.colours(3)[2], layer.colourOf(40));
        assertEquals(layer.legend().get(2).style().fill(), layer.colourOf(40));

        MapViewport v = MapViewport.centredOn(52.05, 11.35, 10, 800, 400, 1);
        assertEquals("c", layer.hit(v, v.x(11.45), v.y(52.05), 2).orElseThrow().featureId());
        assertEquals(true, layer.hit(v, v.x(11.15), v.y(52.05), 2).isEmpty(), "gap between the squares");
    }
}
