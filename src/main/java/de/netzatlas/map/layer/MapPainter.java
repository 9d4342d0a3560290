package de.netzatlas.map.layer;

/**
 * The small drawing surface every layer paints on, in a {@link de.netzatlas.map.MapViewport}'s
 * logical pixels. One implementation draws on a JavaFX canvas (screen), one into any Java2D
 * {@code Graphics2D} (images, vector PDF), so screen and print share one code path. Colours are
 * ARGB integers, so layer code needs neither AWT nor JavaFX colour types.
 */
public interface MapPainter {

    enum Anchor { CENTRE, LEFT }

    /** Device pixels per logical pixel (2 on HiDPI, 300/96 for a print figure). */
    double pixelScale();

    void setAlpha(double alpha);

    void setFill(int argb);

    void setStroke(int argb, double width);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();

    /** Adds a full circle to the current path. */
    void circle(double x, double y, double radius);

    /** Fills the current path (even-odd, so holes stay open). */
    void fillPath();

    void strokePath();

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    /** Text with an optional halo (halo colour 0 = none); y is the baseline. */
    void text(String text, double x, double y, double size, boolean bold, int argb, int haloArgb, Anchor anchor);

    double textWidth(String text, double size, boolean bold);

    /**
     * A reusable device-pixel buffer ({@code width × height}, premultiplied ARGB) covering the
     * viewport, for dense point layers: writing 100 000 dots into an array is far cheaper than
     * 100 000 drawing calls. Its contents are undefined; the caller clears it.
     */
    int[] pixelBuffer(int width, int height);

    /**
     * Draws the buffer from {@link #pixelBuffer} over the viewport; only the given device-pixel
     * rectangle {@code [x0, x1) × [y0, y1)} holds dots (the rest is transparent), so painters may
     * copy just that part.
     */
    void drawPixelBuffer(int width, int height, int x0, int y0, int x1, int y1);

    /** A symbol centred on the point; size is its diameter in logical pixels. */
    default void symbol(Symbol symbol, double x, double y, double size, int fill, int stroke, double strokeWidth) {
        double r = size / 2;
        beginPath();
        switch (symbol) {
            case CIRCLE -> circle(x, y, r);
            case SQUARE -> rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
            case DIAMOND -> {
                moveTo(x, y - r * 1.15);
                lineTo(x + r * 1.15, y);
                lineTo(x, y + r * 1.15);
                lineTo(x - r * 1.15, y);
                closePath();
            }
            case TRIANGLE -> {
                moveTo(x, y - r * 1.2);
                lineTo(x + r * 1.1, y + r * 0.8);
                lineTo(x - r * 1.1, y + r * 0.8);
                closePath();
            }
        }
        setFill(fill);
        fillPath();
        if (strokeWidth > 0) {
            setStroke(stroke, strokeWidth);
            strokePath();
        }
    }

    private void rect(double x, double y, double w, double h) {
        moveTo(x, y);
        lineTo(x + w, y);
        lineTo(x + w, y + h);
        lineTo(x, y + h);
        closePath();
    }
}
