package de.netzatlas.map.layer;

import java.text.NumberFormat;
import java.util.Locale;

import de.netzatlas.map.MapViewport;

/**
 * A scale bar of a "round" length (1, 2 or 5 × 10ⁿ m) no longer than the given maximum width,
 * measured at the viewport's centre latitude, painted through {@link MapPainter} so screen and
 * snapshot show the same bar.
 */
public record ScaleBar(double metres, double pixels) {

    public static ScaleBar of(MapViewport viewport, double maxPixels) {
        double mpp = viewport.metresPerPixel();
        double max = mpp * maxPixels;
        double pow = Math.pow(10, Math.floor(Math.log10(max)));
        double best = pow;
        for (double f : new double[] {1, 2, 5}) {
            if (f * pow <= max) {
                best = f * pow;
            }
        }
        return new ScaleBar(best, best / mpp);
    }

    public String label(Locale locale) {
        NumberFormat f = NumberFormat.getIntegerInstance(locale);
        return metres >= 1000 ? f.format(metres / 1000) + " km" : f.format(metres) + " m";
    }

    /** Paints the bar with its left end at (x, y) (y = bar's bottom). */
    public void paint(MapPainter p, double x, double y, Locale locale) {
        p.setFill(0xC8FFFFFF);
        p.fillRect(x - 4, y - 20, pixels + 8 + 0, 24);
        p.setFill(0xFF333331);
        p.fillRect(x, y - 5, pixels, 4);
        p.setFill(0xFFFFFFFF);
        p.fillRect(x + pixels / 2, y - 4, pixels / 2 - 1, 2);
        p.text(label(locale), x + pixels / 2, y - 8, 10, false, 0xFF333331, 0, MapPainter.Anchor.CENTRE);
    }
}
