package de.netzatlas.map;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.locationtech.jts.geom.Envelope;

/**
 * Tiles from an MBTiles file for field work. Returns null outside the file's zoom range or
 * bounds and for missing tiles, so that a {@link FallbackTileSource} shows the built-in basemap
 * there. Tiles are scaled to the requested pixel scale (a 256-pixel file on a HiDPI screen).
 */
public final class MbtilesTileSource implements TileSource {

    private static final System.Logger LOG = System.getLogger(MbtilesTileSource.class.getName());

    private final MbtilesReader reader;
    private final String id;

    public MbtilesTileSource(MbtilesReader reader) {
        this.reader = reader;
        this.id = "mbtiles-" + Integer.toHexString(reader.file().toAbsolutePath().toString().hashCode());
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y, double scale) {
        if (zoom < reader.minZoom() || zoom > reader.maxZoom() || !intersectsBounds(zoom, x, y)) {
            return null;
        }
        try {
            byte[] data = reader.tile(zoom, x, y);
            if (data == null) {
                return null;
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            return image == null ? null : scaled(image, (int) Math.round(WebMercator.TILE_SIZE * scale));
        } catch (MbtilesException | IOException e) {
            LOG.log(System.Logger.Level.WARNING, "MBTiles-Kachel {0}/{1}/{2} unlesbar: {3}", zoom, x, y,
                    e.getMessage());
            return null;
        }
    }

    private boolean intersectsBounds(int zoom, long x, long y) {
        MapViewport tile = MapViewport.ofTile(zoom, x, y, 1);
        Envelope b = reader.bounds();
        return tile.geoEnvelope().intersects(b);
    }

    static BufferedImage scaled(BufferedImage image, int size) {
        if (image.getWidth() == size && image.getHeight() == size) {
            return image;
        }
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    @Override
    public String id() {
        return id;
    }

    public MbtilesReader reader() {
        return reader;
    }
}
