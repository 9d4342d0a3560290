package de.netzatlas.map.layer;

import java.util.ArrayList;
import java.util.List;

import com.gluonhq.maps.MapView;

import de.netzatlas.map.BenchFigure;
import de.netzatlas.map.TileSource;
import de.netzatlas.map.TileSources;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * "Panning for a minute must not grow the heap without bound": a 1280 × 800 map with the real
 * basemap (rendered through Netzatlas's tile retriever, as in the window), a 10 000-point layer and
 * the Gemeinde choropleth is dragged across Sachsen-Anhalt in 100-pixel steps, zooming between 8
 * and 12, each step rendered. The heap in use after a full GC is sampled every
 * {@value #SAMPLE_SECONDS} s; after the warm-up (caches filling) it must stay level. What stays is
 * bounded by design: Netzatlas's tile LRU (~96 MB of pixels), the tiles Gluon shows (trimmed by
 * {@code GluonTileReset.keepBounded}) and, with the software renderer, JavaFX's texture pool on the
 * heap ({@code prism.maxvram}, 512 MB by default). Run it with a small {@code -Xmx} to see it hold. Needs the
 * JavaFX toolkit (headless with Monocle when there is no display) and runs in its own JVM, since
 * it registers the basemap as the process's tile source.
 */
public final class MapPanBenchmark {

    static final int SAMPLE_SECONDS = 10;
    private static final double MIN_LAT = 51.0;
    private static final double MAX_LAT = 52.95;
    private static final double MIN_LON = 10.7;
    private static final double MAX_LON = 13.1;

    private final TileSource basemap;
    private final List<ShapeFeature> gemeinden;
    private final int seconds;

    /** @param seconds how long to pan (at least twice {@value #SAMPLE_SECONDS}) */
    public MapPanBenchmark(TileSource basemap, List<ShapeFeature> gemeinden, int seconds) {
        if (seconds < 2 * SAMPLE_SECONDS) {
            throw new IllegalArgumentException("mindestens " + 2 * SAMPLE_SECONDS + " Sekunden");
        }
        this.basemap = basemap;
        this.gemeinden = List.copyOf(gemeinden);
        this.seconds = seconds;
    }

    public List<BenchFigure> run() {
        MapLayerBenchmark.startToolkit();
        TileSources.activate(basemap);
        Window window = MapLayerBenchmark.onFx(this::createWindow);
        MapView map = window.map();
        Scene scene = window.scene();
        WritableImage frame = new WritableImage(MapLayerBenchmark.WIDTH, MapLayerBenchmark.HEIGHT);
        SnapshotParameters params = new SnapshotParameters();
        params.setViewport(new Rectangle2D(0, 0, MapLayerBenchmark.WIDTH, MapLayerBenchmark.HEIGHT));

        List<Double> heap = new ArrayList<>();
        long start = System.nanoTime();
        long nextSample = start + SAMPLE_SECONDS * 1_000_000_000L;
        long end = start + seconds * 1_000_000_000L;
        double lat = MIN_LAT;
        double lon = MIN_LON;
        int dirLat = 1;
        int dirLon = 1;
        int frames = 0;
        while (System.nanoTime() < end) {
            double zoom = 8 + (frames / 40) % 5;
            double pixelsPerDegree = 256 * Math.pow(2, zoom) / 360;
            // 100 pixels per step (60 down, 80 across; a degree of latitude is about 1.6 times as
            // many pixels here), bouncing off the state's bounding box like a planner's drags
            lat += dirLat * 60 / (pixelsPerDegree * 1.6);
            lon += dirLon * 80 / pixelsPerDegree;
            if (lat < MIN_LAT || lat > MAX_LAT) {
                dirLat = -dirLat;
                lat = Math.max(MIN_LAT, Math.min(MAX_LAT, lat));
            }
            if (lon < MIN_LON || lon > MAX_LON) {
                dirLon = -dirLon;
                lon = Math.max(MIN_LON, Math.min(MAX_LON, lon));
            }
            double la = lat;
            double lo = lon;
            MapLayerBenchmark.onFx(() -> {
                map.setZoom(zoom);
                map.setCenter(la, lo);
                return scene.getRoot().snapshot(params, frame);
            });
            frames++;
            if (System.nanoTime() >= nextSample) {
                // JavaFX frees the textures of collected images on its render thread during the next
                // frames, so: collect, render a few frames in place, collect again, then read the heap
                usedHeapAfterGc();
                for (int i = 0; i < 3; i++) {
                    MapLayerBenchmark.onFx(() -> scene.getRoot().snapshot(params, frame));
                }
                heap.add(usedHeapAfterGc());
                nextSample += SAMPLE_SECONDS * 1_000_000_000L;
            }
        }
        MapLayerBenchmark.onFx(() -> {
            ((Stage) scene.getWindow()).close();
            return null;
        });
        double warm = heap.get(0);
        double last = heap.get(heap.size() - 1);
        double max = heap.stream().mapToDouble(Double::doubleValue).max().orElse(last);
        List<BenchFigure> figures = new ArrayList<>();
        for (int i = 0; i < heap.size(); i++) {
            figures.add(new BenchFigure("pan_heap_mb_t" + (i + 1) * SAMPLE_SECONDS, heap.get(i), "MB"));
        }
        figures.addAll(List.of(
                new BenchFigure("pan_seconds", seconds, "s"),
                new BenchFigure("pan_frames", frames, "frames"),
                new BenchFigure("pan_heap_after_warmup_mb", warm, "MB"),
                new BenchFigure("pan_heap_max_mb", max, "MB"),
                new BenchFigure("pan_heap_end_mb", last, "MB"),
                new BenchFigure("pan_heap_growth_mb", last - warm, "MB")));
        return figures;
    }

    private record Window(MapView map, Scene scene) {
    }

    private Window createWindow() {
        MapView map = new MapView();
        map.setZoom(8);
        map.setCenter(51.95, 11.7);
        PointLayer points = new PointLayer("bench", "Bench", List.of(
                new StyleClass("a", "A", FeatureStyle.point(0xFF0072B2, Symbol.CIRCLE, 7)),
                new StyleClass("b", "B", FeatureStyle.point(0xFFD55E00, Symbol.CIRCLE, 7)),
                new StyleClass("c", "C", FeatureStyle.point(0xFF009E73, Symbol.CIRCLE, 7))), "");
        points.setFeatures(MapLayerBenchmark.randomPoints(10_000));
        LayerManager manager = new LayerManager();
        manager.add(ChoroplethLayer.of("dichte", "Dichte", gemeinden, ClassBreaks.Method.QUANTILES, 5,
                Palette.YL_GN_BU, java.text.NumberFormat.getIntegerInstance(), ""));
        manager.add(points);
        map.addLayer(new LayerStack(manager));
        de.netzatlas.map.GluonTileReset.keepBounded(map); // as the main window's map does
        Scene scene = new Scene(new StackPane(map), MapLayerBenchmark.WIDTH, MapLayerBenchmark.HEIGHT);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        return new Window(map, scene);
    }

    private static double usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }
}
