package de.netzatlas.map;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Raster tiles from an XYZ server ({@code https://…/{z}/{x}/{y}.png}), kept on disk so that an area
 * once seen or prefetched stays available offline. Returns null when a tile is neither cached nor
 * downloadable, so that the built-in basemap fills in.
 */
public final class OnlineTileSource implements TileSource {

    public static final String OSM_TEMPLATE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /** Cached tiles older than this are refreshed when the network allows. */
    public static final java.time.Duration REFRESH_AFTER = java.time.Duration.ofDays(30);

    private static final System.Logger LOG = System.getLogger(OnlineTileSource.class.getName());

    private final String template;
    private final OnlineTileClient client;
    private final Path directory;
    private final String id;

    public OnlineTileSource(String template, OnlineTileClient client, Path cacheRoot) {
        this.template = validated(template);
        this.client = client;
        this.id = "online-" + shortHash(template);
        this.directory = cacheRoot.resolve(id);
    }

    /** Checks that the template is an http(s) URL with {z}, {x} and {y}; German message otherwise. */
    public static String validated(String template) {
        String t = template == null ? "" : template.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || !t.contains("{z}")
                || !t.contains("{x}") || !t.contains("{y}")) {
            throw new IllegalArgumentException("Ungültige Kachel-Adresse „" + t
                    + "“: erwartet wird http(s)://…/{z}/{x}/{y}.png");
        }
        return t;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI uri(int zoom, long x, long y) {
        return URI.create(template.replace("{z}", Integer.toString(zoom)).replace("{x}", Long.toString(x))
                .replace("{y}", Long.toString(y)).replace("{s}", "a"));
    }

    public Path cacheFile(int zoom, long x, long y) {
        return directory.resolve(Integer.toString(zoom)).resolve(Long.toString(x)).resolve(y + ".tile");
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y, double scale) {
        Path file = cacheFile(zoom, x, y);
        try {
            byte[] data = Files.isRegularFile(file) ? cachedOrRefreshed(file, zoom, x, y) : download(zoom, x, y);
            if (data == null) {
                return null;
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            return image == null ? null : MbtilesTileSource.scaled(image, (int) Math.round(WebMercator.TILE_SIZE * scale));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Online-Kachel {0}/{1}/{2} nicht verfügbar: {3}", zoom, x, y,
                    e.getMessage());
            return null;
        }
    }

    /**
     * A cached tile older than {@link #REFRESH_AFTER} is fetched again when the server answers
     * (the OSM tile policy asks clients to cache, but not forever); without network, or when the
     * server has nothing, the stale tile is kept and shown — offline availability comes first.
     */
    private byte[] cachedOrRefreshed(Path file, int zoom, long x, long y) throws IOException {
        long age = System.currentTimeMillis() - Files.getLastModifiedTime(file).toMillis();
        if (age > REFRESH_AFTER.toMillis()) {
            try {
                byte[] fresh = download(zoom, x, y);
                if (fresh != null) {
                    return fresh;
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "Veraltete Kachel {0}/{1}/{2} bleibt (offline): {3}", zoom, x, y,
                        e.getMessage());
            }
        }
        return Files.readAllBytes(file);
    }

    /** Downloads one tile into the disk cache (unless cached); null if the server has none. */
    byte[] download(int zoom, long x, long y) throws IOException {
        byte[] data = client.fetch(uri(zoom, x, y));
        if (data != null) {
            DiskCachedTileSource.write(cacheFile(zoom, x, y), data);
        }
        return data;
    }

    boolean cached(int zoom, long x, long y) {
        return Files.isRegularFile(cacheFile(zoom, x, y));
    }

    public boolean isOsmServer() {
        return OsmTilePolicy.isOsmServer(template);
    }

    public String template() {
        return template;
    }

    public OnlineTileClient client() {
        return client;
    }

    Path directory() {
        return directory;
    }

    @Override
    public String id() {
        return id;
    }
}
