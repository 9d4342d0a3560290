package de.netzatlas.map.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import de.netzatlas.map.MapViewport;

class PointLayerTest {

    static final List<StyleClass> CLASSES = List.of(
            new StyleClass("a", "A", FeatureStyle.point(0xFF1F78B4, Symbol.CIRCLE, 10)),
            new StyleClass("b", "B", FeatureStyle.point(0xFFE66101, Symbol.SQUARE, 10)));

    static PointLayer layer() {
        PointLayer layer = new PointLayer("test", "Test", CLASSES, "");
        layer.setFeatures(List.of(
                new PointFeature("magdeburg", "Magdeburg", 52.1277, 11.6292, "a", List.of()),
                new PointFeature("schoenebeck", "Schönebeck", 52.0167, 11.7333, "b", List.of()),
                new PointFeature("halle", "Halle (Saale)", 51.4816, 11.9795, "a", List.of())));
        return layer;
    }

    @Test
    void hitPicksTheNearestPointUnderTheCursorAndNothingBesideIt() {
        PointLayer layer = layer();
        MapViewport v = MapViewport.centredOn(52.0, 11.7, 11, 800, 600, 1);
        double x = v.x(11.6292);
        double y = v.y(52.1277);
        assertEquals("magdeburg", layer.hit(v, x + 3, y - 2, 4).orElseThrow().featureId());
        assertTrue(layer.hit(v, x + 40, y, 4).isEmpty());
        double sx = v.x(11.7333);
        double sy = v.y(52.0167);
        assertEquals("schoenebeck", layer.hit(v, sx, sy, 4).orElseThrow().featureId());
    }

    @Test
    void invisibleLayerIsNotHit() {
        PointLayer layer = layer();
        MapViewport v = MapViewport.centredOn(52.0, 11.7, 11, 800, 600, 1);
        layer.setVisible(false);
        assertTrue(layer.hit(v, v.x(11.6292), v.y(52.1277), 4).isEmpty());
    }

    @Test
    void rubberBandSelectsOnlyThePointsInsideTheRectangle() {
        PointLayer layer = layer();
        MapViewport v = MapViewport.centredOn(52.0, 11.7, 9, 800, 600, 1);
        Envelope rect = new Envelope(v.x(11.5), v.x(11.8), v.y(52.2), v.y(51.9));
        List<String> ids = layer.hitsIn(v, rect).stream().map(FeatureHit::featureId).sorted().toList();
        assertEquals(List.of("magdeburg", "schoenebeck"), ids);
    }

    @Test
    void gridClusteringJoinsNearbyPointsAndKeepsFarOnesApart() {
        double[] xs = {10, 20, 30, 400};
        double[] ys = {10, 15, 12, 300};
        int[] all = {0, 1, 2, 3};
        List<PointClusters.Cluster> clusters = PointClusters.grid(xs, ys, all, 4, 56, 0, 0, 800, 600);
        assertEquals(2, clusters.size());
        PointClusters.Cluster big = clusters.stream().filter(c -> c.count() == 3).findFirst().orElseThrow();
        assertEquals(20, big.x(), 1e-9);
        assertEquals(1, clusters.stream().filter(c -> c.count() == 1 && c.first() == 3).count());
    }

    @Test
    void atLowZoomMagdeburgAndSchoenebeckClusterButHalleStaysApart() {
        PointLayer layer = layer();
        assertTrue(layer.clustersAt(7.5));
        assertTrue(!layer.clustersAt(12));
        MapViewport v = MapViewport.centredOn(51.8, 11.7, 7.5, 800, 600, 1);
        double[] xs = {v.x(11.6292), v.x(11.7333), v.x(11.9795)};
        double[] ys = {v.y(52.1277), v.y(52.0167), v.y(51.4816)};
        double s = v.worldPixels();
        List<PointClusters.Cluster> clusters = PointClusters.grid(xs, ys, new int[] {0, 1, 2}, 3, 56,
                v.originWorldX() * s, v.originWorldY() * s, 800, 600);
        List<Integer> counts = new ArrayList<>(clusters.stream().map(PointClusters.Cluster::count).sorted().toList());
        assertEquals(List.of(1, 2), counts);
    }

    @Test
    void clickOnAClusterFindsItsCentreAndNotTheLoneTown() {
        PointLayer layer = layer();
        MapViewport v = MapViewport.centredOn(51.8, 11.7, 7.5, 800, 600, 1);
        double midX = (v.x(11.6292) + v.x(11.7333)) / 2;
        double midY = (v.y(52.1277) + v.y(52.0167)) / 2;
        double[] centre = layer.clusterAt(v, midX, midY).orElseThrow();
        assertEquals(52.07, centre[0], 0.01);
        assertEquals(11.68, centre[1], 0.01);
        assertTrue(layer.clusterAt(v, v.x(11.9795), v.y(51.4816)).isEmpty(), "Halle alone is no cluster");
        assertTrue(layer.clusterAt(MapViewport.centredOn(51.8, 11.7, 12, 800, 600, 1), 400, 300).isEmpty());
    }

    @Test
    void denseLayerPaintsIntoThePixelBuffer() {
        PointLayer layer = new PointLayer("dense", "Dense", CLASSES, "");
        layer.setClusterBelowZoom(0);
        List<PointFeature> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(new PointFeature("p" + i, "", 51 + (i % 100) * 0.01, 11 + (i / 100) * 0.02, "a", List.of()));
        }
        layer.setFeatures(many);
        MapViewport v = MapViewport.centredOn(51.5, 11.5, 9, 400, 300, 1);
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(400, 300,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = img.createGraphics();
        layer.paint(new Java2dMapPainter(g, 1), v);
        g.dispose();
        int x = (int) v.x(11.5);
        int y = (int) v.y(51.5);
        assertEquals(0xFF1F78B4, img.getRGB(x, y) | 0xFF000000, "a dot where a point lies");
        assertEquals(0, img.getRGB(5, 5) >>> 24, "transparent elsewhere");
    }
}
