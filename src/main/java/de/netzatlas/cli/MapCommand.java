package de.netzatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.locationtech.jts.geom.Envelope;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.common.Messages;
import de.netzatlas.layers.LayerSettings;
import de.netzatlas.layers.MapLayerCatalog;
import de.netzatlas.map.BuiltinBasemap;
import de.netzatlas.map.MapViewport;
import de.netzatlas.map.layer.FeatureLayer;
import de.netzatlas.map.layer.LayerManager;
import de.netzatlas.map.layer.MapSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code netzatlas map --extent minLon,minLat,maxLon,maxLat --width W --height H --out map.png}:
 * a map figure of the extent with the layers as the layer panel last left them (visibility,
 * order, opacity), legend, scale bar and attribution. No window and no JavaFX toolkit needed.
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Schreibt eine Karte (PNG) eines Ausschnitts mit den aktuell sichtbaren Ebenen, Legende, "
                + "Maßstab und Quellenangabe.")
final class MapCommand extends Subcommand {

    @Option(names = "--extent", required = true, paramLabel = "minLon,minLat,maxLon,maxLat",
            description = "Ausschnitt in Grad (WGS84), z. B. 10.5,50.9,13.3,53.1 für das ganze Land")
    String extent;

    @Option(names = "--width", required = true, paramLabel = "W", description = "Bildbreite in Pixeln")
    int width;

    @Option(names = "--height", required = true, paramLabel = "H", description = "Bildhöhe in Pixeln")
    int height;

    @Option(names = "--dpi", defaultValue = "96", paramLabel = "DPI",
            description = "Auflösung (Standard 96; 300 für Druck: Linien und Schrift werden entsprechend größer)")
    double dpi;

    @Option(names = "--out", required = true, paramLabel = "DATEI.png", description = "Zieldatei (PNG)")
    Path out;

    @Override
    public Integer call() throws IOException {
        Envelope box = parseExtent();
        if (width < 16 || height < 16 || width > 20_000 || height > 20_000) {
            throw new ParameterException(spec.commandLine(), "--width/--height: 16 bis 20000 Pixel");
        }
        if (dpi < 24 || dpi > 1200) {
            throw new ParameterException(spec.commandLine(), "--dpi: 24 bis 1200");
        }
        try (AppServices services = openServices()) {
            Messages messages = new Messages(Locale.GERMAN);
            LayerManager manager = new LayerManager();
            new MapLayerCatalog(services.regions(), messages).createAll().forEach(manager::add);
            LayerSettings.apply(services.settings().get(LayerSettings.KEY).orElse(null), manager);
            BuiltinBasemap basemap = services.createBasemap();
            MapSnapshot snapshot = new MapSnapshot(basemap::paintBase, basemap::paintLabels,
                    messages.get("map.attribution"), Locale.GERMANY);
            MapViewport viewport = MapSnapshot.viewportFor(box, width, height, dpi);
            List<FeatureLayer> layers = manager.layers();
            var image = snapshot.render(viewport, layers);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", out.toFile())) {
                throw new IOException("kein PNG-Schreiber verfügbar");
            }
            out().printf("%s: %d × %d Pixel, %s dpi, Ebenen: %s%n", out, image.getWidth(),
                    image.getHeight(), Math.round(dpi), String.join(", ",
                            layers.stream().filter(FeatureLayer::isVisible).map(FeatureLayer::title).toList()));
            out().flush();
        }
        return ExitCodes.OK;
    }

    private Envelope parseExtent() {
        String[] parts = extent.split(",");
        if (parts.length != 4) {
            throw new ParameterException(spec.commandLine(),
                    "--extent: vier Zahlen minLon,minLat,maxLon,maxLat erwartet, nicht \"" + extent + "\"");
        }
        double[] v = new double[4];
        String[] names = {"minLon", "minLat", "maxLon", "maxLat"};
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(),
                        "--extent: " + names[i] + " ist keine Zahl: \"" + parts[i].trim() + "\"");
            }
        }
        if (v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[2] > 180 || v[1] < -85 || v[3] > 85) {
            throw new ParameterException(spec.commandLine(),
                    "--extent: minLon < maxLon und minLat < maxLat im Bereich −180…180 / −85…85 erwartet");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }
}
