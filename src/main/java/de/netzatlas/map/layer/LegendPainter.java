package de.netzatlas.map.layer;

import java.util.List;

/**
 * Draws the legends of the visible layers as one boxed block (title, swatches, labels, note), for
 * snapshots and report figures; the screen shows the same entries in the layer panel.
 */
public final class LegendPainter {

    private static final double ROW = 16;
    private static final double PAD = 8;

    private LegendPainter() {
    }

    /** Height the legend needs. */
    public static double height(List<FeatureLayer> layers) {
        double h = PAD;
        for (FeatureLayer l : layers) {
            h += ROW + 2 + l.legend().size() * ROW + (l.legendNote().isEmpty() ? 0 : ROW) + 4;
        }
        return h + PAD;
    }

    public static double width(MapPainter p, List<FeatureLayer> layers) {
        double w = 0;
        for (FeatureLayer l : layers) {
            w = Math.max(w, p.textWidth(l.title(), 11, true));
            w = Math.max(w, p.textWidth(l.legendNote(), 9, false));
            for (LegendEntry e : l.legend()) {
                w = Math.max(w, 22 + p.textWidth(e.label(), 10, false));
            }
        }
        return w + 2 * PAD;
    }

    /** Paints the legend box with its top-left corner at (x, y). */
    public static void paint(MapPainter p, List<FeatureLayer> layers, double x, double y) {
        if (layers.isEmpty()) {
            return;
        }
        double w = width(p, layers);
        p.setFill(0xE6FFFFFF);
        p.fillRect(x, y, w, height(layers));
        p.setStroke(0xFFB0ABA3, 0.8);
        p.strokeRect(x, y, w, height(layers));
        double cy = y + PAD;
        for (FeatureLayer l : layers) {
            p.text(l.title(), x + PAD, cy + 11, 11, true, 0xFF202020, 0, MapPainter.Anchor.LEFT);
            cy += ROW + 2;
            for (LegendEntry e : l.legend()) {
                p.setAlpha(l.opacity());
                swatch(p, e, x + PAD, cy);
                p.setAlpha(1);
                p.text(e.label(), x + PAD + 22, cy + 11, 10, false, 0xFF333331, 0, MapPainter.Anchor.LEFT);
                cy += ROW;
            }
            if (!l.legendNote().isEmpty()) {
                p.text(l.legendNote(), x + PAD, cy + 11, 9, false, 0xFF6B6B66, 0, MapPainter.Anchor.LEFT);
                cy += ROW;
            }
            cy += 4;
        }
    }

    /** A 16 × 12 swatch for one legend entry. */
    public static void swatch(MapPainter p, LegendEntry e, double x, double y) {
        FeatureStyle st = e.style();
        switch (e.kind()) {
            case POINT -> p.symbol(st.symbol(), x + 8, y + 7, Math.min(12, st.size()), st.fill(), st.stroke(),
                    Math.min(1, st.strokeWidth()));
            case LINE -> {
                p.beginPath();
                p.moveTo(x, y + 7);
                p.lineTo(x + 16, y + 7);
                p.setStroke(st.stroke(), Math.min(4, Math.max(1.5, st.strokeWidth())));
                p.strokePath();
            }
            case AREA -> {
                p.setFill(st.fill());
                p.fillRect(x, y + 1, 16, 12);
                p.setStroke(0xFF8F887D, 0.6);
                p.strokeRect(x, y + 1, 16, 12);
            }
        }
    }
}
