package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

import de.netzatlas.map.MapViewport;
import de.netzatlas.map.layer.MapSnapshot;

class MapCommandTest {

    static final int OUTSIDE = 0xE6EBEF;

    @TempDir
    static Path dir;



    @Test
    void writesAnImageOfTheRequestedSizeWithTheLandDrawnAndBackgroundOutside() throws Exception {
        Path png = dir.resolve("karte/land.png");
        CliRun r = CliRun.of("--db", dir.resolve("map.mv.db").toString(), "map", "--extent", "10.4,50.8,13.4,53.2",
                "--width", "600", "--height", "700", "--out", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("600 × 700"), r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(600, image.getWidth());
        assertEquals(700, image.getHeight());
        MapViewport v = MapSnapshot.viewportFor(new Envelope(10.4, 13.4, 50.8, 53.2), 600, 700, 96);
        int inside = image.getRGB((int) v.x(11.75), (int) v.y(51.95)) & 0xFFFFFF;
        assertNotEquals(OUTSIDE, inside, "the density choropleth fills the Land");
        int outside = image.getRGB((int) v.x(10.55), (int) v.y(50.9)) & 0xFFFFFF;
        assertEquals(OUTSIDE, outside, "south-west corner lies in Thuringia: background");
    }

    @Test
    void printResolutionKeepsThePixelSize() throws Exception {
        Path png = dir.resolve("druck.png");
        CliRun r = CliRun.of("--db", dir.resolve("map.mv.db").toString(), "map", "--extent", "11.5,52.0,11.8,52.2",
                "--width", "800", "--height", "500", "--dpi", "300", "--out", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    @Test
    void badExtentIsAUsageErrorNamingTheField() {
        Path png = dir.resolve("x.png");
        CliRun r = CliRun.of("--db", dir.resolve("map.mv.db").toString(), "map", "--extent", "10.4,abc,13.4,53.2",
                "--width", "600", "--height", "700", "--out", png.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("minLat ist keine Zahl"), r.err());
        assertTrue(Files.notExists(png));
    }
}
