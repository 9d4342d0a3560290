package de.netzatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TileCommandTest {

    @TempDir
    Path dir;



    @Test
    void writesABuiltInTileAtTheRequestedScale() throws Exception {
        Path png = dir.resolve("out/kachel.png");
        CliRun r = CliRun.of("--db", dir.resolve("cli").toString(), "tile", "10", "545", "337", "--out", png.toString(),
                "--scale", "2");
        assertEquals(0, r.exitCode(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(512, image.getWidth());
    }

    @Test
    void aBrokenMbtilesFileGivesAGermanMessageAndExitCode3() throws Exception {
        Path bad = Files.writeString(dir.resolve("falsch.mbtiles"), "kein SQLite");
        CliRun r = CliRun.of("--db", dir.resolve("cli").toString(), "tile", "10", "545", "337", "--out",
                dir.resolve("x.png").toString(), "--basemap", bad.toString());
        assertEquals(3, r.exitCode());
        assertTrue(r.err().contains("keine MBTiles-Datei"), r.err());
    }

    @Test
    void anImpossibleTileIsAUsageError() {
        CliRun r = CliRun.of("--db", dir.resolve("cli").toString(), "tile", "3", "9", "0", "--out",
                dir.resolve("x.png").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("ungültige Kachel"), r.err());
    }

    @Test
    void benchMapPrintsTheThreeTileFigures() {
        CliRun r = CliRun.of("bench", "map", "--tiles", "3", "--rounds", "1", "--no-layers");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[0].matches("tile_render_ms_z8\t\\d+\\.\\d{3}\tms"), lines[0]);
        assertTrue(lines[1].startsWith("tile_render_ms_z11\t") && lines[2].startsWith("tile_render_ms_z14\t"));
    }
}
