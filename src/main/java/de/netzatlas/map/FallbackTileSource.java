package de.netzatlas.map;

import java.awt.image.BufferedImage;

/**
 * An optional source (MBTiles file, online tiles) backed by the built-in basemap: wherever the
 * primary has no tile (outside its bounds or zoom range, no network) the fallback draws it, so
 * the map never shows holes.
 */
public final class FallbackTileSource implements TileSource {

    private final TileSource primary;
    private final TileSource fallback;

    public FallbackTileSource(TileSource primary, TileSource fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y, double scale) {
        BufferedImage image = primary.tile(zoom, x, y, scale);
        return image != null ? image : fallback.tile(zoom, x, y, scale);
    }

    @Override
    public String id() {
        return primary.id() + "+" + fallback.id();
    }

    public TileSource primary() {
        return primary;
    }
}
