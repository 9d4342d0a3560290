package de.netzatlas.map;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.sqlite.SQLiteConfig;

/**
 * Reads raster tiles from an MBTiles file (SQLite, as written by QGIS, GDAL and TileMill), read
 * only. MBTiles rows are numbered TMS-style (y counted from the south); callers use OSM/XYZ
 * numbering and this class flips y. Files that are not SQLite, lack the {@code tiles} table or
 * hold vector tiles are refused with a German message naming the file.
 */
public final class MbtilesReader implements AutoCloseable {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> RASTER_FORMATS = Set.of("png", "jpg", "jpeg");

    private final Path file;
    private final Connection connection;
    private final PreparedStatement tileQuery;
    private final Map<String, String> metadata;
    private final int minZoom;
    private final int maxZoom;
    private final Envelope bounds;

    private MbtilesReader(Path file, Connection connection) throws SQLException, MbtilesException {
        this.file = file;
        this.connection = connection;
        if (!hasTable("tiles")) {
            throw new MbtilesException(name() + " ist keine MBTiles-Datei: die Tabelle „tiles“ fehlt.");
        }
        this.metadata = hasTable("metadata") ? readMetadata() : Map.of();
        String format = metadata.getOrDefault("format", "png").toLowerCase(Locale.ROOT);
        if (!RASTER_FORMATS.contains(format)) {
            throw new MbtilesException(name() + ": Kachelformat „" + format
                    + "“ wird nicht unterstützt. Netzatlas liest Rasterkacheln (PNG oder JPEG).");
        }
        int[] zooms = zoomRange();
        this.minZoom = zooms[0];
        this.maxZoom = zooms[1];
        this.bounds = parseBounds(metadata.get("bounds"));
        this.tileQuery = connection.prepareStatement(
                "select tile_data from tiles where zoom_level = ? and tile_column = ? and tile_row = ?");
    }

    /** Opens the file read-only; throws with a German message if it is not a usable MBTiles file. */
    public static MbtilesReader open(Path file) throws MbtilesException {
        String name = "„" + file.getFileName() + "“";
        if (!Files.isRegularFile(file)) {
            throw new MbtilesException("Die Datei " + name + " gibt es nicht (" + file + ").");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (!java.util.Arrays.equals(head, SQLITE_MAGIC)) {
                throw new MbtilesException("Die Datei " + name
                        + " ist keine MBTiles-Datei (keine SQLite-Datenbank). Bitte eine .mbtiles-Datei wählen, "
                        + "wie sie QGIS, GDAL oder TileMill schreiben.");
            }
        } catch (IOException e) {
            throw new MbtilesException("Die Datei " + name + " kann nicht gelesen werden: " + e.getMessage(), e);
        }
        Connection connection = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            return new MbtilesReader(file, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new MbtilesException("Die Datei " + name + " ist beschädigt oder keine MBTiles-Datei: "
                    + e.getMessage(), e);
        } catch (MbtilesException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private String name() {
        return "Die Datei „" + file.getFileName() + "“";
    }

    private boolean hasTable(String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "select 1 from sqlite_master where type in ('table', 'view') and name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Map<String, String> readMetadata() throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("select name, value from metadata");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        return Map.copyOf(values);
    }

    private int[] zoomRange() throws SQLException {
        String min = metadata.get("minzoom");
        String max = metadata.get("maxzoom");
        if (min != null && max != null) {
            try {
                return new int[] {Integer.parseInt(min.trim()), Integer.parseInt(max.trim())};
            } catch (NumberFormatException e) {
                // fall through to the tiles themselves
            }
        }
        try (PreparedStatement st = connection.prepareStatement("select min(zoom_level), max(zoom_level) from tiles");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }
    }

    /** {@code minlon,minlat,maxlon,maxlat}; missing or unreadable means the whole world. */
    static Envelope parseBounds(String text) {
        if (text != null) {
            String[] parts = text.split(",");
            if (parts.length == 4) {
                try {
                    return new Envelope(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[2].trim()),
                            Double.parseDouble(parts[1].trim()), Double.parseDouble(parts[3].trim()));
                } catch (NumberFormatException e) {
                    // whole world
                }
            }
        }
        return new Envelope(-180, 180, -85.0511, 85.0511);
    }

    /** The encoded tile (PNG/JPEG) at OSM/XYZ z/x/y, or null if the file has none there. */
    public synchronized byte[] tile(int zoom, long x, long y) throws MbtilesException {
        long tmsY = (1L << zoom) - 1 - y;
        try {
            tileQuery.setInt(1, zoom);
            tileQuery.setLong(2, x);
            tileQuery.setLong(3, tmsY);
            try (ResultSet rs = tileQuery.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new MbtilesException(name() + " kann nicht gelesen werden: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public String title() {
        return metadata.getOrDefault("name", file.getFileName().toString());
    }

    public String attribution() {
        return metadata.getOrDefault("attribution", "");
    }

    public int minZoom() {
        return minZoom;
    }

    public int maxZoom() {
        return maxZoom;
    }

    /** Lon/lat bounds (x = lon). */
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // nothing left to do
            }
        }
    }
}
