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

/**
 * Netzatlas's own tile retriever, registered through {@code META-INF/services} so that Gluon
 * Maps never uses its OpenStreetMap default: no network connection is ever attempted. Tiles are
 * rendered off the FX thread by the active {@link TileSource} and kept in a small LRU cache.
 */
public final class NetzatlasTileRetriever implements TileRetriever {

    private static final int CACHE_SIZE = 512;

    private final ExecutorService renderers = Executors.newFixedThreadPool(2, new TileThreads());
    private final Map<String, Image> cache = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        TileSource source = TileSources.active();
        if (source == null) {
            return CompletableFuture.completedFuture(blank());
        }
        String key = source.id() + '/' + zoom + '/' + x + '/' + y;
        synchronized (cache) {
            Image cached = cache.get(key);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
        }
        return CompletableFuture.supplyAsync(() -> {
            BufferedImage rendered = source.tile(zoom, x, y);
            Image image = SwingFXUtils.toFXImage(rendered, null);
            synchronized (cache) {
                cache.put(key, image);
            }
            return image;
        }, renderers);
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
