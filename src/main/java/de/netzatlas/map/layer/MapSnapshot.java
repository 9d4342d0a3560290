package de.netzatlas.map.layer;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.locationtech.jts.geom.Envelope;

import de.netzatlas.map.MapViewport;

/**
 * Renders a map figure with Java2D alone (no JavaFX toolkit): basemap, the given layers, legend,
 * scale bar and attribution, at any DPI. The same calls draw into a PNG here and into a vector
 * PDF page for the annual report.
 */
public final class MapSnapshot {

    /** Logical pixels are 1/96 inch, as on a standard screen. */
    public static final double SCREEN_DPI = 96;

    private final BiConsumer<Graphics2D, MapViewport> basemap;
    private final BiConsumer<Graphics2D, MapViewport> names;
    private final String attribution;
    private final Locale locale;

    /**
     * @param basemap paints the background for a viewport (e.g. {@code BuiltinBasemap::paint})
     * @param attribution the source line drawn bottom right
     */
    public MapSnapshot(BiConsumer<Graphics2D, MapViewport> basemap, String attribution, Locale locale) {
        this(basemap, (g, v) -> { }, attribution, locale);
    }

    /**
     * @param basemap paints the background without names (e.g. {@code BuiltinBasemap::paintBase})
     * @param names   paints the basemap's names above the data layers (e.g. {@code BuiltinBasemap::paintLabels})
     */
    public MapSnapshot(BiConsumer<Graphics2D, MapViewport> basemap, BiConsumer<Graphics2D, MapViewport> names,
                       String attribution, Locale locale) {
        this.basemap = basemap;
        this.names = names;
        this.attribution = attribution;
        this.locale = locale;
    }

    /** The viewport that shows the lon/lat extent in an image of exactly width × height pixels at the DPI. */
    public static MapViewport viewportFor(Envelope extent, int width, int height, double dpi) {
        double scale = dpi / SCREEN_DPI;
        return MapViewport.fitting(extent.getMinY(), extent.getMinX(), extent.getMaxY(), extent.getMaxX(),
                width / scale, height / scale, 0.02, scale);
    }

    public BufferedImage render(MapViewport v, List<FeatureLayer> layers) {
        int w = (int) Math.round(v.width() * v.pixelScale());
        int h = (int) Math.round(v.height() * v.pixelScale());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(v.pixelScale(), v.pixelScale());
            paint(g, v, layers);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints the whole figure into a Graphics2D already scaled to logical pixels (image, PDF page). */
    public void paint(Graphics2D g, MapViewport v, List<FeatureLayer> layers) {
        paint(g, v, layers, null);
    }

    /**
     * As {@link #paint(Graphics2D, MapViewport, List)}, with {@code overlay} (may be null) drawn over the
     * layers and under legend, scale bar and attribution — e.g. boundaries and names over a choropleth.
     */
    public void paint(Graphics2D g, MapViewport v, List<FeatureLayer> layers, BiConsumer<Graphics2D, MapViewport> overlay) {
        basemap.accept(g, v);
        Java2dMapPainter p = new Java2dMapPainter(g, v.pixelScale());
        List<FeatureLayer> visible = layers.stream().filter(FeatureLayer::isVisible).toList();
        for (FeatureLayer layer : visible) {
            layer.paint(p, v);
        }
        Graphics2D labels = (Graphics2D) g.create();
        try {
            labels.setComposite(java.awt.AlphaComposite.SrcOver);
            names.accept(labels, v);
        } finally {
            labels.dispose();
        }
        if (overlay != null) {
            overlay.accept(g, v);
        }
        List<FeatureLayer> withLegend = new java.util.ArrayList<>(visible.stream()
                .filter(l -> !l.legend().isEmpty()).toList());
        java.util.Collections.reverse(withLegend); // topmost layer first, as in the layer panel
        if (!withLegend.isEmpty()) {
            double lw = LegendPainter.width(p, withLegend);
            LegendPainter.paint(p, withLegend, v.width() - lw - 10, 10);
        }
        ScaleBar.of(v, Math.min(160, v.width() / 4)).paint(p, 14, v.height() - 12, locale);
        double tw = p.textWidth(attribution, 9, false);
        p.setFill(0xC8FFFFFF);
        p.fillRect(v.width() - tw - 12, v.height() - 16, tw + 12, 16);
        p.text(attribution, v.width() - tw - 6, v.height() - 5, 9, false, 0xFF4A4A46, 0, MapPainter.Anchor.LEFT);
    }
}
