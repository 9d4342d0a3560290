package de.netzatlas.map.layer;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * {@link MapPainter} on a JavaFX canvas. Keeps one pixel buffer and {@link WritableImage} per
 * canvas and reuses them between frames, so dense layers allocate nothing while panning.
 */
public final class FxMapPainter implements MapPainter {

    private final GraphicsContext gc;
    private final double pixelScale;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<Double, Font[]> fonts = new HashMap<>();
    private final Text measure = new Text();
    private int[] buffer = new int[0];
    private WritableImage image;
    private double logicalWidth;
    private double logicalHeight;

    public FxMapPainter(GraphicsContext gc, double pixelScale) {
        this.gc = gc;
        this.pixelScale = pixelScale;
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineCap(StrokeLineCap.ROUND);
    }

    /** Clears the canvas for a new frame of the given logical size. */
    public void clear(double width, double height) {
        logicalWidth = width;
        logicalHeight = height;
        gc.clearRect(0, 0, width, height);
    }

    private Color colour(int argb) {
        return colours.computeIfAbsent(argb, c -> Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF,
                ((c >>> 24) & 0xFF) / 255.0));
    }

    private Font font(double size, boolean bold) {
        return fonts.computeIfAbsent(size, s -> new Font[] {Font.font("DejaVu Sans", FontWeight.NORMAL, s),
                Font.font("DejaVu Sans", FontWeight.BOLD, s)})[bold ? 1 : 0];
    }

    @Override
    public double pixelScale() {
        return pixelScale;
    }

    @Override
    public void setAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void setFill(int argb) {
        gc.setFill(colour(argb));
    }

    @Override
    public void setStroke(int argb, double width) {
        gc.setStroke(colour(argb));
        gc.setLineWidth(width);
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void circle(double x, double y, double radius) {
        gc.moveTo(x + radius, y);
        gc.arc(x, y, radius, radius, 0, 360);
        gc.closePath();
    }

    @Override
    public void fillPath() {
        gc.fill();
    }

    @Override
    public void strokePath() {
        gc.stroke();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int argb, int haloArgb,
                     Anchor anchor) {
        gc.setFont(font(size, bold));
        gc.setTextAlign(anchor == Anchor.CENTRE ? TextAlignment.CENTER : TextAlignment.LEFT);
        if (haloArgb != 0) {
            gc.setStroke(colour(haloArgb));
            gc.setLineWidth(3);
            gc.strokeText(text, x, y);
        }
        gc.setFill(colour(argb));
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        measure.setFont(font(size, bold));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public int[] pixelBuffer(int width, int height) {
        if (buffer.length < width * height) {
            buffer = new int[width * height];
        }
        return buffer;
    }

    @Override
    public void drawPixelBuffer(int width, int height, int x0, int y0, int x1, int y1) {
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        int rw = x1 - x0;
        int rh = y1 - y0;
        // The renderer converts the whole image into its texture whenever it changed, so the
        // image holds only the rectangle with dots (rounded up, so panning reuses it) rather
        // than the whole viewport.
        if (image == null || image.getWidth() < rw || image.getHeight() < rh) {
            image = new WritableImage(roundUp(Math.max(rw, image == null ? 0 : (int) image.getWidth())),
                    roundUp(Math.max(rh, image == null ? 0 : (int) image.getHeight())));
        }
        image.getPixelWriter().setPixels(0, 0, rw, rh, PixelFormat.getIntArgbPreInstance(), buffer, y0 * width + x0,
                width);
        gc.drawImage(image, 0, 0, rw, rh, x0 / pixelScale, y0 / pixelScale, rw / pixelScale, rh / pixelScale);
    }

    private static int roundUp(int pixels) {
        return (pixels + 127) / 128 * 128;
    }

    double logicalWidth() {
        return logicalWidth;
    }

    double logicalHeight() {
        return logicalHeight;
    }
}
