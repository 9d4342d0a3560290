package de.netzatlas.map.layer;

import java.util.ArrayList;
import java.util.List;

/**
 * Places labels first come, first served and drops any that would overlap one already placed, so
 * labels thin out instead of piling up. Callers offer the most important labels first.
 */
final class LabelPlacer {

    private static final int MAX_LABELS = 400;
    private final MapPainter painter;
    private final List<double[]> placed = new ArrayList<>();

    LabelPlacer(MapPainter painter) {
        this.painter = painter;
    }

    /** Draws the label left-aligned at (x, baseline y) unless it collides; returns whether drawn. */
    boolean place(String text, double x, double y, double size, boolean centred) {
        if (text == null || text.isBlank() || placed.size() >= MAX_LABELS) {
            return false;
        }
        double w = painter.textWidth(text, size, false);
        double left = centred ? x - w / 2 : x;
        double[] box = {left - 2, y - size - 1, left + w + 2, y + 3};
        for (double[] b : placed) {
            if (box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]) {
                return false;
            }
        }
        placed.add(box);
        painter.text(text, x, y, size, false, 0xFF2B2B28, 0xE6FFFFFF,
                centred ? MapPainter.Anchor.CENTRE : MapPainter.Anchor.LEFT);
        return true;
    }
}
