package de.netzatlas.map;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.imageio.ImageIO;

/** Small tiles and MBTiles files made in tests. */
final class TestTiles {

    private TestTiles() {
    }

    static byte[] png(Color colour) {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An MBTiles file with metadata and the given tiles {z, x, tmsRow, rgb}. */
    static Path mbtiles(Path file, String bounds, int minZoom, int maxZoom, int[]... tiles) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("create table metadata (name text, value text)");
            st.execute("create table tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)");
            st.execute("create unique index tile_index on tiles (zoom_level, tile_column, tile_row)");
            String[][] meta = {{"name", "Testkarte"}, {"format", "png"}, {"bounds", bounds},
                    {"minzoom", Integer.toString(minZoom)}, {"maxzoom", Integer.toString(maxZoom)}};
            try (PreparedStatement ins = c.prepareStatement("insert into metadata values (?, ?)")) {
                for (String[] m : meta) {
                    ins.setString(1, m[0]);
                    ins.setString(2, m[1]);
                    ins.executeUpdate();
                }
            }
            try (PreparedStatement ins = c.prepareStatement("insert into tiles values (?, ?, ?, ?)")) {
                for (int[] t : tiles) {
                    ins.setInt(1, t[0]);
                    ins.setInt(2, t[1]);
                    ins.setInt(3, t[2]);
                    ins.setBytes(4, png(new Color(t[3])));
                    ins.executeUpdate();
                }
            }
        }
        return file;
    }
}
