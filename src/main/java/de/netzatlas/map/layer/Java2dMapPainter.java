package de.netzatlas.map.layer;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * {@link MapPainter} on any Java2D {@link Graphics2D}: a PNG snapshot, a print page or a vector
 * PDF page (pdfbox-graphics2d). The caller has already scaled the Graphics2D from logical to
 * device pixels; text is drawn as glyph outlines so the halo works in vector output too.
 */
public final class Java2dMapPainter implements MapPainter {

    private static final String FONT = "DejaVu Sans";
    private final Graphics2D g;
    private final double pixelScale;
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private BasicStroke strokeStyle = new BasicStroke(1f);
    private BufferedImage image;

    public Java2dMapPainter(Graphics2D g, double pixelScale) {
        this.g = g;
        this.pixelScale = pixelScale;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static Color colour(int argb) {
        return new Color(argb, true);
    }

    private static Font font(double size, boolean bold) {
        return new Font(FONT, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    @Override
    public double pixelScale() {
        return pixelScale;
    }

    @Override
    public void setAlpha(double alpha) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) alpha));
    }

    @Override
    public void setFill(int argb) {
        fill = colour(argb);
    }

    @Override
    public void setStroke(int argb, double width) {
        stroke = colour(argb);
        strokeStyle = new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void circle(double x, double y, double radius) {
        path.append(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius), false);
    }

    @Override
    public void fillPath() {
        g.setColor(fill);
        g.fill(path);
    }

    @Override
    public void strokePath() {
        g.setColor(stroke);
        g.setStroke(strokeStyle);
        g.draw(path);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.setColor(fill);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.setColor(stroke);
        g.setStroke(strokeStyle);
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, int argb, int haloArgb,
                     Anchor anchor) {
        Font f = font(size, bold);
        double left = anchor == Anchor.CENTRE ? x - textWidth(text, size, bold) / 2 : x;
        Shape outline = f.createGlyphVector(g.getFontRenderContext(), text).getOutline((float) left, (float) y);
        if (haloArgb != 0) {
            g.setColor(colour(haloArgb));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(colour(argb));
        g.fill(outline);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return font(size, bold).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    @Override
    public int[] pixelBuffer(int width, int height) {
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    @Override
    public void drawPixelBuffer(int width, int height, int x0, int y0, int x1, int y1) {
        g.drawImage(image, AffineTransform.getScaleInstance(1 / pixelScale, 1 / pixelScale), null);
    }
}
