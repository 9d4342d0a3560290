package de.netzatlas.map;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the basemap's names go. Labels are placed once per zoom level for the whole world,
 * greedily by rank (big towns first) with collision boxes in world-pixel space, so they thin out
 * when zoomed out, never overlap, and every tile draws exactly the labels whose box touches it:
 * nothing is cut or drawn twice at tile borders. One placement per integer zoom is kept (bounded).
 */
public final class PlaceLabels {

    /** Font rendering context shared by measuring and drawing, so boxes match the drawn text. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    static final double HALO = 2.0;
    static final double DOT = 2.5;

    /** A name to place: a town (with a dot) or an area (Kreis, centred, no dot). */
    public record Candidate(String text, double worldX, double worldY, long population, boolean area) {
    }

    /** A placed label: the anchor in world units and text/box offsets in logical pixels. */
    public record Placed(Candidate candidate, Font font, double textDx, double textDy, Rectangle2D box) {

        /** The collision box in world pixels at the given zoom (for integer zooms). */
        Rectangle2D worldBox(double worldPixels) {
            return new Rectangle2D.Double(candidate.worldX() * worldPixels + box.getX(),
                    candidate.worldY() * worldPixels + box.getY(), box.getWidth(), box.getHeight());
        }
    }

    private final List<Candidate> candidates;
    private final Map<Integer, List<Placed>> byZoom = new ConcurrentHashMap<>();

    public PlaceLabels(List<Candidate> candidates) {
        this.candidates = candidates.stream()
                .sorted(Comparator.comparingLong(PlaceLabels::priority).reversed().thenComparing(Candidate::text))
                .toList();
    }

    /** Areas compete like a town of 30 000 inhabitants: after the big towns, before villages. */
    private static long priority(Candidate c) {
        return c.area() ? 30_000 : c.population();
    }

    /** The smallest zoom at which a candidate is considered at all. */
    static int minZoom(Candidate c) {
        if (c.area()) {
            return 7;
        }
        long p = c.population();
        return p >= 100_000 ? 5 : p >= 25_000 ? 7 : p >= 10_000 ? 8 : p >= 3_000 ? 9 : p >= 1_000 ? 10 : p > 0 ? 11 : 12;
    }

    static boolean shown(Candidate c, int zoom) {
        return zoom >= minZoom(c) && !(c.area() && zoom > 9);
    }

    static Font font(Candidate c) {
        if (c.area()) {
            return new Font("SansSerif", Font.PLAIN, 11).deriveFont(Map.of(TextAttribute.TRACKING, 0.12f));
        }
        long p = c.population();
        if (p >= 100_000) {
            return new Font("SansSerif", Font.BOLD, 14);
        }
        if (p >= 20_000) {
            return new Font("SansSerif", Font.BOLD, 12);
        }
        return new Font("SansSerif", Font.PLAIN, p >= 3_000 ? 12 : 11);
    }

    static String displayText(Candidate c) {
        return c.area() ? c.text().toUpperCase(java.util.Locale.GERMAN) : c.text();
    }

    /** All labels placed at this zoom level (computed once, then cached). */
    public List<Placed> placed(int zoom) {
        return byZoom.computeIfAbsent(zoom, this::place);
    }

    /** The labels whose box touches the given world-pixel rectangle at this zoom. */
    public List<Placed> touching(int zoom, Rectangle2D worldPixelArea) {
        double worldPixels = WebMercator.worldPixels(zoom);
        List<Placed> result = new ArrayList<>();
        for (Placed p : placed(zoom)) {
            if (p.worldBox(worldPixels).intersects(worldPixelArea)) {
                result.add(p);
            }
        }
        return result;
    }

    private List<Placed> place(int zoom) {
        double worldPixels = WebMercator.worldPixels(zoom);
        List<Placed> placed = new ArrayList<>();
        List<Rectangle2D> taken = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!shown(c, zoom)) {
                continue;
            }
            for (Placed option : options(c)) {
                Rectangle2D box = option.worldBox(worldPixels);
                if (taken.stream().noneMatch(box::intersects)) {
                    placed.add(option);
                    taken.add(box);
                    break;
                }
            }
        }
        return List.copyOf(placed);
    }

    /** Right of the dot, left of it, above, below; areas only centred. */
    private static List<Placed> options(Candidate c) {
        Font font = font(c);
        Rectangle2D text = font.getStringBounds(displayText(c), FRC);
        double w = text.getWidth();
        double ascent = -text.getY();
        double h = text.getHeight();
        double pad = HALO + 1;
        if (c.area()) {
            double dx = -w / 2;
            double dy = ascent - h / 2;
            return List.of(new Placed(c, font, dx, dy, new Rectangle2D.Double(dx - pad, -h / 2 - pad, w + 2 * pad,
                    h + 2 * pad)));
        }
        double gap = DOT + 3;
        double[][] offsets = {
                {gap, ascent - h / 2},
                {-gap - w, ascent - h / 2},
                {-w / 2, -gap - h + ascent},
                {-w / 2, gap + ascent},
        };
        List<Placed> result = new ArrayList<>(offsets.length);
        for (double[] o : offsets) {
            Rectangle2D textBox = new Rectangle2D.Double(o[0] - pad, o[1] - ascent - pad, w + 2 * pad, h + 2 * pad);
            Rectangle2D box = textBox.createUnion(new Rectangle2D.Double(-DOT - 1, -DOT - 1, 2 * DOT + 2, 2 * DOT + 2));
            result.add(new Placed(c, font, o[0], o[1], box));
        }
        return result;
    }
}
