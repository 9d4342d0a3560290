package de.netzatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCachedTileSourceTest {

    @TempDir
    Path dir;

    /** Counts renders of the real built-in basemap. */
    static final class Counting implements TileSource {
        final TileSource delegate;
        final AtomicInteger renders = new AtomicInteger();

        Counting(TileSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public BufferedImage tile(int zoom, long x, long y, double scale) {
            renders.incrementAndGet();
            return delegate.tile(zoom, x, y, scale);
        }

        @Override
        public String id() {
            return delegate.id();
        }
    }

    @Test
    void theSecondRenderComesFromDiskAlsoAfterARestart() {
        Counting builtin = new Counting(BundledBasemap.create("2016-12-31"));
        BufferedImage first = new DiskCachedTileSource(builtin, dir).tile(10, 545, 337, 2);
        Path file = new DiskCachedTileSource(builtin, dir).file(10, 545, 337, 2);
        assertTrue(Files.isRegularFile(file), file.toString());
        assertTrue(file.toString().contains(builtin.id()), "keyed by data and style version");

        BufferedImage second = new DiskCachedTileSource(builtin, dir).tile(10, 545, 337, 2); // "second start"
        assertEquals(1, builtin.renders.get(), "rendered once");
        assertEquals(512, second.getWidth());
        assertEquals(first.getRGB(100, 100), second.getRGB(100, 100));
        assertEquals(first.getRGB(400, 300), second.getRGB(400, 300));
    }

    @Test
    void newDataIsNeverServedFromTheOldCache() {
        Counting v1 = new Counting(BundledBasemap.create("v1"));
        Counting v2 = new Counting(BundledBasemap.create("v2"));
        new DiskCachedTileSource(v1, dir).tile(9, 272, 168, 1);
        new DiskCachedTileSource(v2, dir).tile(9, 272, 168, 1);
        assertEquals(1, v2.renders.get());
    }
}
