package de.netzatlas.map;

import java.awt.image.BufferedImage;

/** Produces one 256 × 256 map tile in OSM z/x/y numbering. Implementations must be thread-safe. */
public interface TileSource {

    BufferedImage tile(int zoom, long x, long y);

    /** A short identifier that changes when the rendered content changes (cache key). */
    String id();
}
