package de.netzatlas.map.layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVRecord;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapView;

import de.netzatlas.map.BenchFigure;
import de.netzatlas.region.BundledGeodata;
import de.netzatlas.region.GeoJsonFeatures;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;

/**
 * Measures what a planner feels when panning: the time from "the map moved" until the frame with
 * the moved layer is rendered. One sample = shift the map centre by a few pixels, then
 * {@code Scene.snapshot}, which runs CSS, layout (Gluon calls the layer's {@code layoutLayer},
 * i.e. our canvas repaint or the nodes' repositioning) and renders the whole scene. The same
 * 1280 × 800 window, map and points serve both sides, so canvas and node figures are comparable;
 * the basemap tiles are plain background (no tile source registered) so the layer dominates.
 * Points are drawn unclustered (worst case), the choropleth is the 218 Gemeinden at Land zoom.
 * Figures are medians of {@value #ROUNDS} × {@value #SAMPLES} samples: every setup is measured in
 * {@value #ROUNDS} rounds interleaved with the others, each after {@value #WARMUP} warm-up frames.
 * Needs the JavaFX toolkit: starts it itself, headless with Monocle (software rendering) when
 * there is no display.
 */
public final class MapLayerBenchmark {

    static final int ROUNDS = 5;
    static final int WARMUP = 4;
    static final int SAMPLES = 9;
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    private final List<ShapeFeature> gemeinden;
    private Scene scene;
    private MapView map;
    private double nudge;
    private double baseline = Double.NaN;

    /** @param gemeinden the regions of the choropleth, with their values */
    public MapLayerBenchmark(List<ShapeFeature> gemeinden) {
        this.gemeinden = List.copyOf(gemeinden);
    }

    public static void main(String[] args) {
        MapLayerBenchmark bench = new MapLayerBenchmark(bundledGemeinden());
        for (BenchFigure f : bench.run()) {
            System.out.println(f.line());
        }
        System.out.println(new BenchFigure("empty_layer_frame_ms", bench.baseline, "ms").line());
        Platform.exit();
    }

    /** The 218 Gemeinden with population density from the bundled data (no database needed). */
    public static List<ShapeFeature> bundledGemeinden() {
        Map<String, CSVRecord> stats = BundledGeodata.csvByKey(BundledGeodata.GEMEINDEN_STATISTICS, "ags");
        List<ShapeFeature> out = new ArrayList<>();
        for (GeoJsonFeatures.Feature f : BundledGeodata.features(BundledGeodata.GEMEINDEN)) {
            String ags = f.property("ags");
            CSVRecord s = stats.get(ags);
            double density = s == null ? Double.NaN : Double.parseDouble(s.get("population_per_km2"));
            out.add(new ShapeFeature(ags, f.property("name"), f.geometry(), "", density, List.of()));
        }
        return out;
    }

    public List<BenchFigure> run() {
        startToolkit();
        onFx(this::createWindow);
        // Each setup is measured in several rounds, interleaved with the others, so that load
        // from other processes spreads over all figures instead of skewing one of them.
        List<javafx.scene.Node> setups = onFx(() -> List.of(
                canvas(pointLayer(10_000)), canvas(pointLayer(100_000)), canvas(choroplethLayer()),
                new NodePointLayer(randomPoints(10_000)), new MapLayer()));
        List<List<Double>> samples = new ArrayList<>();
        setups.forEach(x -> samples.add(new ArrayList<>()));
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < setups.size(); k++) {
                javafx.scene.Node layer = setups.get(k);
                samples.get(k).addAll(onFx(() -> measure((MapLayer) layer)));
            }
        }
        onFx(() -> {
            ((Stage) scene.getWindow()).close();
            return null;
        });
        double canvas10k = median(samples.get(0));
        double nodes10k = median(samples.get(3));
        baseline = median(samples.get(4));
        return List.of(
                new BenchFigure("points_redraw_ms_10k", canvas10k, "ms"),
                new BenchFigure("points_redraw_ms_100k", median(samples.get(1)), "ms"),
                new BenchFigure("choropleth_redraw_ms", median(samples.get(2)), "ms"),
                new BenchFigure("nodes_redraw_ms_10k", nodes10k, "ms"),
                new BenchFigure("canvas_speedup_10k", nodes10k / canvas10k, "x"));
    }

    private static double median(List<Double> values) {
        return BenchFigure.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private Void createWindow() {
        map = new MapView();
        map.setZoom(7.6);
        map.setCenter(51.95, 11.7);
        scene = new Scene(new StackPane(map), WIDTH, HEIGHT);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        scene.snapshot(null);
        return null;
    }

    static List<PointFeature> randomPoints(int n) {
        Random random = new Random(42);
        List<PointFeature> points = new ArrayList<>(n);
        String[] classes = {"a", "b", "c"};
        for (int i = 0; i < n; i++) {
            points.add(new PointFeature("p" + i, "", 51.0 + random.nextDouble() * 2.0,
                    10.6 + random.nextDouble() * 2.5, classes[i % 3], List.of()));
        }
        return points;
    }

    private static PointLayer pointLayer(int n) {
        PointLayer layer = new PointLayer("bench", "Bench", List.of(
                new StyleClass("a", "A", FeatureStyle.point(0xFF0072B2, Symbol.CIRCLE, 7)),
                new StyleClass("b", "B", FeatureStyle.point(0xFFD55E00, Symbol.CIRCLE, 7)),
                new StyleClass("c", "C", FeatureStyle.point(0xFF009E73, Symbol.CIRCLE, 7))), "");
        layer.setClusterBelowZoom(0);
        layer.setFeatures(randomPoints(n));
        return layer;
    }

    private ChoroplethLayer choroplethLayer() {
        return ChoroplethLayer.of("dichte", "Dichte", gemeinden, ClassBreaks.Method.QUANTILES, 5,
                Palette.YL_GN_BU, java.text.NumberFormat.getIntegerInstance(), "");
    }

    private static LayerStack canvas(FeatureLayer layer) {
        LayerManager manager = new LayerManager();
        manager.add(layer);
        return new LayerStack(manager);
    }

    /**
     * Samples of "pan by a few pixels, lay out and render the layer": the map centre moves, then
     * the layer node is snapshotted into a reused image (CSS and layout of the scene, the layer's
     * repaint or repositioning, and rendering the layer's pixels). Adding and removing the layer
     * happen outside the timed part.
     */
    private List<Double> measure(MapLayer layer) {
        map.addLayer(layer);
        try {
            javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(WIDTH, HEIGHT);
            javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            params.setViewport(new javafx.geometry.Rectangle2D(0, 0, WIDTH, HEIGHT));
            scene.snapshot(null);
            List<Double> samples = new ArrayList<>();
            for (int i = -WARMUP; i < SAMPLES; i++) {
                nudge = -nudge + (nudge <= 0 ? 0.002 : -0.002);
                long t0 = System.nanoTime();
                map.setCenter(51.95, 11.7 + nudge);
                layer.snapshot(params, image);
                long t1 = System.nanoTime();
                if (i >= 0) {
                    samples.add((t1 - t0) / 1e6);
                }
            }
            return samples;
        } finally {
            map.removeLayer(layer);
        }
    }

    /** The obvious alternative: one {@link Circle} node per point, repositioned on every layout. */
    static final class NodePointLayer extends MapLayer {
        private final List<PointFeature> points;
        private final List<Circle> circles = new ArrayList<>();

        NodePointLayer(List<PointFeature> points) {
            this.points = points;
            Color[] colours = {Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73")};
            for (int i = 0; i < points.size(); i++) {
                Circle c = new Circle(3.5, colours[i % 3]);
                c.setStroke(Color.WHITE);
                circles.add(c);
            }
            getChildren().addAll(circles);
        }

        @Override
        protected void layoutLayer() {
            for (int i = 0; i < points.size(); i++) {
                PointFeature p = points.get(i);
                Point2D at = getMapPoint(p.lat(), p.lon());
                Circle c = circles.get(i);
                c.setTranslateX(at.getX());
                c.setTranslateY(at.getY());
            }
        }
    }

    static void startToolkit() {
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank()
                || System.getProperty("os.name", "").startsWith("Windows")
                || System.getProperty("os.name", "").startsWith("Mac");
        if (!display) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        try {
            if (!started.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("JavaFX startet nicht");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static <T> T onFx(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("Benchmark fehlgeschlagen", e);
        }
    }
}
