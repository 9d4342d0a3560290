package de.netzatlas.ui.shell;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the main window remembers between starts: its size, whether it was maximised, the widths of
 * the side panels (in pixels: they keep their width when the window is resized), whether each side
 * panel is shown, and the vertical dividers (navigator | layers, map | list below) as fractions.
 * Stored as one {@code app_setting} text ("w=1440;h=900;…"); unknown or broken parts fall back to
 * the defaults, so an older or hand-edited value never stops the start.
 */
public record WindowLayout(double width, double height, boolean maximized, double leftWidth, double rightWidth,
                           boolean leftShown, boolean rightShown, double leftDivider, double centreDivider) {

    /** The setting's key. */
    public static final String KEY = "ui.window.layout";

    /** The window size on a large screen at first start. */
    public static final double FIRST_WIDTH = 1440;
    public static final double FIRST_HEIGHT = 900;
    /** The smallest window the layout is built for. */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;

    /** First start: no size yet (0 = fit the screen), panels of the default width, all shown. */
    public static WindowLayout defaults() {
        return new WindowLayout(0, 0, false, 280, 280, true, true, 0.55, 0.62);
    }

    /**
     * The window size for a screen whose usable area is {@code screenWidth × screenHeight}: the
     * remembered size if there is one, else min(1440 × 900, 90 % of the screen); never larger than
     * the screen, never smaller than the minimum (unless the screen is).
     */
    public double[] windowSize(double screenWidth, double screenHeight) {
        double w = width > 0 ? width : Math.min(FIRST_WIDTH, Math.floor(screenWidth * 0.9));
        double h = height > 0 ? height : Math.min(FIRST_HEIGHT, Math.floor(screenHeight * 0.9));
        w = Math.min(Math.max(w, MIN_WIDTH), screenWidth);
        h = Math.min(Math.max(h, MIN_HEIGHT), screenHeight);
        return new double[] {w, h};
    }

    public String encode() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("w", number(width));
        parts.put("h", number(height));
        parts.put("max", maximized ? "1" : "0");
        parts.put("lw", number(leftWidth));
        parts.put("rw", number(rightWidth));
        parts.put("l", leftShown ? "1" : "0");
        parts.put("r", rightShown ? "1" : "0");
        parts.put("ld", fraction(leftDivider));
        parts.put("cd", fraction(centreDivider));
        StringBuilder s = new StringBuilder();
        parts.forEach((k, v) -> s.append(s.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return s.toString();
    }

    /** The layout stored as {@code text}; defaults for a missing text and for each part that is missing or broken. */
    public static WindowLayout parse(String text) {
        WindowLayout d = defaults();
        if (text == null || text.isBlank()) {
            return d;
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return new WindowLayout(size(parts.get("w"), d.width()), size(parts.get("h"), d.height()),
                "1".equals(parts.get("max")), size(parts.get("lw"), d.leftWidth()), size(parts.get("rw"), d.rightWidth()),
                !"0".equals(parts.get("l")), !"0".equals(parts.get("r")),
                fraction(parts.get("ld"), d.leftDivider()), fraction(parts.get("cd"), d.centreDivider()));
    }

    private static double size(String s, double fallback) {
        double v = number(s, fallback);
        return v >= 0 && v <= 20000 ? v : fallback;
    }

    private static double fraction(String s, double fallback) {
        double v = number(s, fallback);
        return v > 0.05 && v < 0.95 ? v : fallback;
    }

    private static double number(String s, double fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String number(double v) {
        return String.valueOf(Math.round(v));
    }

    private static String fraction(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
