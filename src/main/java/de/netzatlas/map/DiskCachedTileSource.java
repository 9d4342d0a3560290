package de.netzatlas.map;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

/**
 * Keeps rendered tiles as PNG files, {@code <root>/<source id>/<z>/<x>/<y>[@<scale>x].png}, so a
 * second start shows the map without rendering. The source id carries the data and style version,
 * so new data or a new style never shows stale tiles (old folders can simply be deleted).
 */
public final class DiskCachedTileSource implements TileSource {

    private static final System.Logger LOG = System.getLogger(DiskCachedTileSource.class.getName());

    private final TileSource delegate;
    private final Path directory;

    public DiskCachedTileSource(TileSource delegate, Path cacheRoot) {
        this.delegate = delegate;
        this.directory = cacheRoot.resolve(delegate.id());
    }

    @Override
    public String id() {
        return delegate.id();
    }

    /** The file a tile is (or would be) cached in. */
    public Path file(int zoom, long x, long y, double scale) {
        String suffix = scale == 1 ? "" : "@" + TileKeys.scaleText(scale) + "x";
        return directory.resolve(Integer.toString(zoom)).resolve(Long.toString(x)).resolve(y + suffix + ".png");
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y, double scale) {
        Path file = file(zoom, x, y, scale);
        if (Files.isRegularFile(file)) {
            try {
                BufferedImage cached = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
                if (cached != null) {
                    return cached;
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "Kachel im Cache unlesbar: " + file, e);
            }
        }
        BufferedImage image = delegate.tile(zoom, x, y, scale);
        if (image != null) {
            store(file, image);
        }
        return image;
    }

    private static void store(Path file, BufferedImage image) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream(32 * 1024);
            ImageIO.write(image, "png", png);
            write(file, png.toByteArray());
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Kachel nicht im Cache gespeichert: " + file, e);
        }
    }

    /** Writes through a temporary file and an atomic move, so a crash never leaves half a tile. */
    static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".tile", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
