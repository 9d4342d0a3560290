package de.netzatlas.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.w3c.dom.Element;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;

import de.netzatlas.report.ReportModel.Block;
import de.netzatlas.report.ReportModel.Chart;
import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.report.ReportModel.MapFigure;

/**
 * Renders the document model to a PDF/A-2b file with openhtmltopdf (HTML/CSS paged media) on PDFBox
 * 3: the bundled DejaVu Sans embedded (subset), an sRGB output intent and XMP metadata; maps and
 * charts drawn through {@code <object>} drawers straight into PdfBoxGraphics2D, i.e. as vectors.
 */
public final class PdfReportRenderer {

    static final String[] FONT_FILES = {"/fonts/DejaVuSans.ttf", "/fonts/DejaVuSans-Bold.ttf",
            "/fonts/DejaVuSans-Oblique.ttf"};

    /** openhtmltopdf logs every run at INFO on stderr; only its warnings matter to the user. */
    private static final java.util.logging.Logger LIBRARY_LOG = quiet();

    private final StateMapPainter maps;
    private final Font chartFont;
    private final CompactColumns.TextWidth compactWidth;

    public PdfReportRenderer(StateMapPainter maps) {
        this.maps = maps;
        this.chartFont = loadFont(FONT_FILES[0]);
        this.compactWidth = textWidth(chartFont.deriveFont(7f), loadFont(FONT_FILES[1]).deriveFont(7f));
    }

    /** Text widths from the fonts the PDF embeds (1 pt = 25.4/72 mm), for the layout of compact tables. */
    private static CompactColumns.TextWidth textWidth(Font regular, Font bold) {
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        return (text, isBold) -> (isBold ? bold : regular).getStringBounds(text, frc).getWidth() * 25.4 / 72;
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("com.openhtmltopdf");
        log.setLevel(java.util.logging.Level.WARNING);
        for (String name : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.getLoggerImpl().setLevel(name, java.util.logging.Level.WARNING);
        }
        return log;
    }

    static Font loadFont(String resource) {
        try (InputStream in = PdfReportRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Schrift fehlt im Programmpaket: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Schrift " + resource + " nicht lesbar", e);
        }
    }

    /** The XHTML the PDF is laid out from (for tests and diagnosis). */
    public String xhtml(Document d) {
        return ReportHtml.xhtml(d, compactWidth);
    }

    public void write(Document d, OutputStream out) throws IOException {
        Map<String, Block> figures = new HashMap<>();
        d.chapters().forEach(c -> c.blocks().forEach(b -> {
            if (b instanceof Chart ch) {
                figures.put(ch.id(), b);
            } else if (b instanceof MapFigure m) {
                figures.put(m.id(), b);
            }
        }));
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(ReportHtml.FIGURE_TYPE, figureDrawer(figures));
        drawers.registerDrawer(ReportHtml.WATERMARK_TYPE, watermarkDrawer());

        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> resource(FONT_FILES[0]), ReportHtml.FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> resource(FONT_FILES[1]), ReportHtml.FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> resource(FONT_FILES[2]), ReportHtml.FONT, 400, BaseRendererBuilder.FontStyle.ITALIC, true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.useObjectDrawerFactory(drawers);
        builder.withProducer("Netzatlas");
        builder.withHtmlContent(ReportHtml.xhtml(d, compactWidth), null);
        builder.toStream(out);
        builder.run();
    }

    private static InputStream resource(String name) {
        InputStream in = PdfReportRenderer.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Schrift fehlt im Programmpaket: " + name));
        }
        return in;
    }

    /** "Demodaten" across the page, translucent red, over the content (alpha needs PDF/A-2, not 1). */
    private FSObjectDrawer watermarkDrawer() {
        Font font = chartFont.deriveFont(Font.BOLD, 76f);
        return (Element e, double x, double y, double width, double height, com.openhtmltopdf.extend.OutputDevice device,
                com.openhtmltopdf.render.RenderingContext ctx, int dotsPerPixel) -> {
            double w = width / dotsPerPixel;
            double h = height / dotsPerPixel;
            device.drawWithGraphics((float) x, (float) y, (float) w, (float) h, (Graphics2D g) -> {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.16f));
                g.setColor(new java.awt.Color(0xB71C1C));
                g.setFont(font);
                g.translate(w / 2, h / 2);
                g.rotate(Math.toRadians(-40));
                double tw = g.getFontMetrics().stringWidth(ReportHtml.WATERMARK);
                g.drawString(ReportHtml.WATERMARK, (float) (-tw / 2), (float) (font.getSize2D() / 3));
            });
            return null;
        };
    }

    private FSObjectDrawer figureDrawer(Map<String, Block> figures) {
        ChartPainter charts = new ChartPainter(chartFont);
        return (Element e, double x, double y, double width, double height, com.openhtmltopdf.extend.OutputDevice device,
                com.openhtmltopdf.render.RenderingContext ctx, int dotsPerPixel) -> {
            Block b = figures.get(e.getAttribute("data-id"));
            double w = width / dotsPerPixel;
            double h = height / dotsPerPixel;
            if (b != null) {
                device.drawWithGraphics((float) x, (float) y, (float) w, (float) h, (Graphics2D g) -> {
                    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    if (b instanceof MapFigure m) {
                        maps.paint(g, w, h, m);
                    } else if (b instanceof Chart c) {
                        charts.paint(g, w, h, c);
                    }
                });
            }
            return null;
        };
    }
}
