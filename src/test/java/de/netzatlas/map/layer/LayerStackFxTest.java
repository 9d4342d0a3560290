package de.netzatlas.map.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import com.gluonhq.maps.MapView;

import de.netzatlas.map.MapViewport;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The canvas path of a dense point layer (more points in view than {@link PointLayer#DENSE_THRESHOLD}),
 * which goes through a pixel buffer instead of vector symbols: dots appear in their class colour
 * where the points are, nothing elsewhere, and panning leaves no stale dots behind.
 */
@ExtendWith(ApplicationExtension.class)
class LayerStackFxTest {

    private static final int W = 800;
    private static final int H = 600;
    private static final int BLUE = 0xFF0072B2;
    private static final int ORANGE = 0xFFD55E00;

    private MapView map;
    private LayerStack stack;
    private PointLayer layer;
    private final List<PointFeature> points = new ArrayList<>();

    @Start
    void start(Stage stage) {
        map = new MapView();
        map.setZoom(9);
        map.setCenter(52.0, 11.7);
        layer = new PointLayer("dense", "Dicht", List.of(
                new StyleClass("a", "A", FeatureStyle.point(BLUE, Symbol.CIRCLE, 8)),
                new StyleClass("b", "B", FeatureStyle.point(ORANGE, Symbol.CIRCLE, 8))), "");
        layer.setClusterBelowZoom(0);
        // A dense block of class "a" around Magdeburg, and one lone "b" point near Halle.
        for (int i = 0; i < PointLayer.DENSE_THRESHOLD + 500; i++) {
            points.add(new PointFeature("a" + i, "", 52.12 + (i % 50) * 0.0004, 11.62 + (i / 50) * 0.0004, "a",
                    List.of()));
        }
        points.add(new PointFeature("halle", "Halle", 51.60, 11.95, "b", List.of()));
        layer.setFeatures(points);
        LayerManager manager = new LayerManager();
        manager.add(layer);
        stack = new LayerStack(manager);
        map.addLayer(stack);
        stage.setMaximized(false);
        stage.setScene(new Scene(new StackPane(map), W, H));
        stage.sizeToScene(); // the shared test stage may keep the size an earlier test gave it
        stage.show();
    }

    @Test
    void denseDotsAreDrawnInTheirClassColourAndMoveWithTheMap() throws Exception {
        WritableImage before = snapshot();
        MapViewport v = onFx(() -> stack.viewport());
        int[] block = {(int) v.x(11.63), (int) v.y(52.13)};
        int[] halle = {(int) v.x(11.95), (int) v.y(51.60)};
        assertEquals(BLUE, argb(before, block[0], block[1]), "Punktblock in Klassenfarbe");
        assertEquals(ORANGE, argb(before, halle[0], halle[1]), "einzelner Punkt der zweiten Klasse");
        assertEquals(0, alpha(before, 50, 50), "leere Ecke bleibt durchsichtig");
        assertEquals(0, alpha(before, (block[0] + halle[0]) / 2, (block[1] + halle[1]) / 2),
                "zwischen den Punkten nichts");

        onFx(() -> {
            map.setCenter(51.85, 11.3); // pans roughly 145 px right and 90 px down
            return null;
        });
        WritableImage after = snapshot();
        MapViewport moved = onFx(() -> stack.viewport());
        assertTrue(Math.abs(moved.x(11.63) - v.x(11.63)) > 100, "die Karte wurde verschoben");
        assertEquals(BLUE, argb(after, (int) moved.x(11.63), (int) moved.y(52.13)));
        assertEquals(ORANGE, argb(after, (int) moved.x(11.95), (int) moved.y(51.60)));
        assertEquals(0, alpha(after, block[0], block[1]), "keine alten Punkte an der früheren Stelle");
        assertEquals(0, alpha(after, halle[0], halle[1]), "kein alter Einzelpunkt an der früheren Stelle");

        // Without the lone point the dotted area shrinks: nothing of the larger previous frame may show.
        onFx(() -> {
            layer.setFeatures(points.subList(0, points.size() - 1));
            return null;
        });
        WritableImage shrunk = snapshot();
        assertEquals(BLUE, argb(shrunk, (int) moved.x(11.63), (int) moved.y(52.13)));
        assertEquals(0, alpha(shrunk, (int) moved.x(11.95), (int) moved.y(51.60)), "der entfernte Punkt ist weg");
    }

    private WritableImage snapshot() throws Exception {
        return onFx(() -> {
            // the snapshot lays the scene out first, so the layer repaints for the current centre
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            params.setViewport(new Rectangle2D(0, 0, W, H));
            return stack.snapshot(params, new WritableImage(W, H));
        });
    }

    private static int argb(WritableImage image, int x, int y) {
        return image.getPixelReader().getArgb(x, y);
    }

    private static int alpha(WritableImage image, int x, int y) {
        return argb(image, x, y) >>> 24;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
