package de.netzatlas.map.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import de.netzatlas.map.MapViewport;

class MapSnapshotTest {

    static final int BACKGROUND = 0xFFE6EBEF;

    @Test
    void snapshotHasTheRequestedSizeAndPaintsTheLayerWhereItLies() {
        List<ShapeFeature> features = List.of(
                new ShapeFeature("a", "A", ChoroplethLayerTest.square(11.0, 51.9), "", 1, List.of()),
                new ShapeFeature("b", "B", ChoroplethLayerTest.square(11.5, 51.9), "", 2, List.of()));
        ChoroplethLayer layer = ChoroplethLayer.of("x", "X", features, ClassBreaks.Method.EQUAL_INTERVALS, 2,
                Palette.YL_OR_RD, NumberFormat.getIntegerInstance(Locale.GERMANY), "");
        MapSnapshot snapshot = new MapSnapshot((g, v) -> {
            g.setColor(new java.awt.Color(BACKGROUND, true));
            g.fillRect(0, 0, (int) Math.ceil(v.width()), (int) Math.ceil(v.height()));
        }, "© Test", Locale.GERMANY);
        MapViewport v = MapSnapshot.viewportFor(new Envelope(10.5, 12.5, 51.0, 53.0), 640, 480, 192);
        BufferedImage image = snapshot.render(v, List.of(layer));
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
        int x = (int) Math.round(v.x(11.55) * v.pixelScale());
        int y = (int) Math.round(v.y(51.95) * v.pixelScale());
        assertEquals(layer.colourOf(2) & 0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, "square b filled");
        assertEquals(BACKGROUND & 0xFFFFFF, image.getRGB(image.getWidth() / 2, 5) & 0xFFFFFF);
        int corner = image.getRGB(image.getWidth() - 30, image.getHeight() - 8);
        assertNotEquals(BACKGROUND, corner | 0xFF000000, "attribution box bottom right");
        assertTrue(ScaleBar.of(v, 160).pixels() <= 160);
    }

    @Test
    void theBasemapNamesAreDrawnAboveAnOpaqueDataLayer() {
        List<ShapeFeature> features = List.of(
                new ShapeFeature("a", "A", ChoroplethLayerTest.square(11.0, 51.9), "", 1, List.of()),
                new ShapeFeature("b", "B", ChoroplethLayerTest.square(12.0, 51.9), "", 2, List.of()));
        ChoroplethLayer layer = ChoroplethLayer.of("x", "X", features, ClassBreaks.Method.EQUAL_INTERVALS, 2,
                Palette.YL_OR_RD, NumberFormat.getIntegerInstance(Locale.GERMANY), "");
        layer.setOpacity(1.0);
        MapViewport v = MapSnapshot.viewportFor(new Envelope(10.5, 12.5, 51.0, 53.0), 400, 400, 96);
        int x = (int) Math.round(v.x(11.05));
        int y = (int) Math.round(v.y(51.95));
        MapSnapshot snapshot = new MapSnapshot((g, vp) -> { }, (g, vp) -> {
            g.setColor(java.awt.Color.BLACK);
            g.fillRect(x - 1, y - 1, 3, 3);
        }, "© Test", Locale.GERMANY);
        BufferedImage image = snapshot.render(v, List.of(layer));
        assertEquals(0x000000, image.getRGB(x, y) & 0xFFFFFF, "name on top of the fill");
        assertEquals(layer.colourOf(1) & 0xFFFFFF, image.getRGB(x + 3, y) & 0xFFFFFF, "fill beside it");
    }
}
