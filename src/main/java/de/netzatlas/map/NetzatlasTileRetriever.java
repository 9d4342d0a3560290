package de.netzatlas.map;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.gluonhq.maps.tile.TileRetriever;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;

/**
 * Netzatlas's own tile retriever, registered through {@code META-INF/services} so that Gluon
 * Maps never uses its OpenStreetMap default. Tiles are produced off the FX thread by the active
 * {@link TileSource} at the screen's output scale (Gluon shows any tile image at 256 logical
 * pixels, so a 512-pixel tile is sharp on a HiDPI screen) and kept in an LRU cache bounded by
 * pixels, so memory stays flat however long one pans.
 */
public final class NetzatlasTileRetriever implements TileRetriever {

    /** About 96 MB of ARGB pixels: 384 tiles at scale 1, 96 at scale 2. */
    static final long CACHE_PIXELS = 24L * 1024 * 1024;

    private final ExecutorService renderers = Executors.newFixedThreadPool(2, new TileThreads());
    private long cachedPixels;
    private final Map<String, Image> cache = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            if (cachedPixels > CACHE_PIXELS) {
                cachedPixels -= pixels(eldest.getValue());
                return true;
            }
            return false;
        }
    };

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        TileSource source = TileSources.active();
        if (source == null) {
            return CompletableFuture.completedFuture(blank());
        }
        double scale = outputScale();
        String key = TileKeys.key(source.id(), zoom, x, y, scale);
        synchronized (cache) {
            Image cached = cache.get(key);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
        }
        return CompletableFuture.supplyAsync(() -> {
            BufferedImage rendered = source.tile(zoom, x, y, scale);
            if (rendered == null) {
                return blank();
            }
            Image image = SwingFXUtils.toFXImage(rendered, null);
            synchronized (cache) {
                if (cache.put(key, image) == null) {
                    cachedPixels += pixels(image);
                }
            }
            return image;
        }, renderers);
    }

    /** The primary screen's output scale (1, 1.25, 2 …), at least 1 and at most 3. */
    private static double outputScale() {
        try {
            double s = Screen.getPrimary().getOutputScaleX();
            return Math.max(1, Math.min(3, Math.round(s * 4) / 4.0));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    private static long pixels(Image image) {
        return (long) (image.getWidth() * image.getHeight());
    }

    private static Image blank() {
        return new WritableImage(WebMercator.TILE_SIZE, WebMercator.TILE_SIZE);
    }

    private static final class TileThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "netzatlas-tiles-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        }
    }
}
