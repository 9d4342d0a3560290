package de.netzatlas.map;

import java.awt.image.BufferedImage;

/**
 * Produces one map tile in OSM z/x/y numbering, 256 logical pixels wide and rendered at a device
 * pixel scale (512 pixels for a HiDPI screen with scale 2). Implementations must be thread-safe.
 */
public interface TileSource {

    /**
     * The tile, {@code round(256 × scale)} pixels square, or {@code null} when this source has
     * nothing there (outside an MBTiles file's bounds, no network), so that a fallback can step in.
     */
    BufferedImage tile(int zoom, long x, long y, double scale);

    default BufferedImage tile(int zoom, long x, long y) {
        return tile(zoom, x, y, 1);
    }

    /** A short identifier that changes when the rendered content changes (cache key). */
    String id();
}
