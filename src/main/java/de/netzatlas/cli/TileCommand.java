package de.netzatlas.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.map.FallbackTileSource;
import de.netzatlas.map.MbtilesException;
import de.netzatlas.map.MbtilesReader;
import de.netzatlas.map.MbtilesTileSource;
import de.netzatlas.map.TileSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netzatlas tile Z X Y --out tile.png [--basemap builtin|FILE.mbtiles] [--scale 2]}. */
@Command(name = "tile", mixinStandardHelpOptions = true,
        description = "Schreibt eine Grundkarten-Kachel (OSM-Nummerierung Z/X/Y) als PNG-Datei.")
final class TileCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "Z", description = "Zoomstufe (0–22)")
    int zoom;

    @Parameters(index = "1", paramLabel = "X", description = "Spalte")
    long x;

    @Parameters(index = "2", paramLabel = "Y", description = "Zeile (von Norden gezählt, wie bei OSM)")
    long y;

    @Option(names = "--out", required = true, paramLabel = "DATEI.png", description = "Ausgabedatei (PNG)")
    Path out;

    @Option(names = "--basemap", defaultValue = "builtin", paramLabel = "builtin|DATEI.mbtiles",
            description = "Grundkarte: builtin (Standard) oder eine MBTiles-Datei (außerhalb: eingebaute Karte)")
    String basemap;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "1|2|3",
            description = "Pixelmaßstab (2 = 512 × 512 Pixel für HiDPI)")
    double scale;

    @Override
    public Integer call() {
        PrintWriter err = err();
        long n = 1L << Math.min(zoom, 30);
        if (zoom < 0 || zoom > 22 || x < 0 || y < 0 || x >= n || y >= n || scale < 1 || scale > 4) {
            err.println("Fehler: ungültige Kachel " + zoom + "/" + x + "/" + y + " oder Maßstab " + scale
                    + " (Zoom 0–22, X und Y 0–" + (n - 1) + ", Maßstab 1–4).");
            return ExitCodes.USAGE;
        }
        try (AppServices services = openServices()) {
            TileSource builtin = services.createBasemap();
            if ("builtin".equals(basemap)) {
                return write(builtin.tile(zoom, x, y, scale), err);
            }
            try (MbtilesReader reader = MbtilesReader.open(Path.of(basemap))) {
                return write(new FallbackTileSource(new MbtilesTileSource(reader), builtin).tile(zoom, x, y, scale), err);
            } catch (MbtilesException e) {
                err.println("Fehler: " + e.getMessage());
                return ExitCodes.VALIDATION;
            }
        }
    }

    private int write(BufferedImage image, PrintWriter err) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            ImageIO.write(image, "png", out.toFile());
            out().println(out + " (" + image.getWidth() + " × " + image.getHeight() + " Pixel)");
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("Fehler: " + out + " kann nicht geschrieben werden: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
