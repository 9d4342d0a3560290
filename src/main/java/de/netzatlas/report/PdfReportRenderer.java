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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;


import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

import org.w3c.dom.Element;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;

import de.netzatlas.report.ReportModel.Block;
import de.netzatlas.report.ReportModel.Chart;
import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.report.ReportModel.MapFigure;

/**
 * Renders the document model to a tagged PDF/A-2a file with openhtmltopdf (HTML/CSS paged media) on
 * PDFBox 3: the bundled DejaVu Sans embedded (subset), an sRGB output intent and XMP metadata; a
 * structure tree (openhtmltopdf's PDF/UA mode: /Lang de-DE, figures with alternative text),
 * bookmarks per chapter; maps and charts drawn through {@code <object>} drawers straight into
 * PdfBoxGraphics2D, i.e. as vectors. Reproducible: the same model and document date give the same
 * bytes ({@link #write(Document, OutputStream, Instant)}).
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

    /**
     * Renders with the model's cut-off as document date (00:00 UTC of {@link Document#asOf()}), so the
     * same model always gives the same bytes; a published edition passes its own date to
     * {@link #write(Document, OutputStream, Instant)}.
     */
    public void write(Document d, OutputStream out) throws IOException {
        write(d, out, defaultDocumentDate(d));
    }

    /** The document date {@link #write(Document, OutputStream)} uses: the cut-off at 00:00 UTC. */
    public static Instant defaultDocumentDate(Document d) {
        return d.asOf().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Renders reproducibly: creation and modification date (Info and XMP) are {@code documentDate},
     * the trailer /ID is {@link #documentId} of the XHTML and that date; font subsets are tagged by
     * PDFBox from their glyphs. The same model and date give byte-identical files.
     */
    public void write(Document d, OutputStream out, Instant documentDate) throws IOException {
        String xhtml = ReportHtml.xhtml(d, compactWidth);
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
        // tagged PDF (structure tree, /Lang, figures with alternative text) as PDF/A-2a
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.useObjectDrawerFactory(drawers);
        builder.withProducer("Netzatlas");
        builder.withHtmlContent(xhtml, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            try {
                stamp(pdf, documentDate, documentId(xhtml, documentDate));
                pdf.save(out);
            } finally {
                renderer.finishPDF();
            }
        }
    }

    private static final Pattern XMP_DATE_ELEMENT = Pattern.compile(
            "(<xmp:(CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:\\2>)");
    private static final Pattern XMP_DATE_ATTRIBUTE = Pattern.compile(
            "(xmp:(CreateDate|ModifyDate|MetadataDate)=\")[^\"]*(\")");

    /** 16 bytes of SHA-256 over the XHTML and the document date (ISO-8601): the PDF's permanent ID. */
    static byte[] documentId(String xhtml, Instant documentDate) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(xhtml.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(documentDate.toString().getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 fehlt in dieser Java-Laufzeit", e);
        }
    }

    /** Replaces the render time openhtmltopdf stamps into Info and XMP, and sets the trailer /ID. */
    private static void stamp(PDDocument pdf, Instant documentDate, byte[] id) throws IOException {
        Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.setTimeInMillis(documentDate.toEpochMilli());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(date);
        if (info.getModificationDate() != null) {
            info.setModificationDate(date); // only where openhtmltopdf set one (XMP has no ModifyDate then)
        }
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            // a text edit: xmpbox's parser rejects openhtmltopdf's pdfuaid schema (no definition bundled)
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            String iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT)
                    .format(documentDate.atOffset(ZoneOffset.UTC));
            String stamped = XMP_DATE_ELEMENT.matcher(xmp).replaceAll("$1" + iso + "$3");
            stamped = XMP_DATE_ATTRIBUTE.matcher(stamped).replaceAll("$1" + iso + "$3");
            metadata.importXMPMetadata(stamped.getBytes(StandardCharsets.UTF_8));
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static InputStream resource(String name) {
        try (InputStream in = PdfReportRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Schrift fehlt im Programmpaket: " + name));
            }
            return new java.io.ByteArrayInputStream(withoutGlyphSubstitution(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Schrift " + name + " nicht lesbar: " + e.getMessage(), e);
        }
    }

    /**
     * The TrueType font with its GSUB table hidden (its directory tag renamed), so that PDFBox sets
     * "fl" and "fi" as two glyphs and never as a ligature: a ligature glyph maps to U+FB02 and breaks
     * searching for "Landesfläche" in a PDF viewer. The glyph data are untouched; the subset embedded
     * in the PDF never carries GSUB anyway.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        byte[] out = ttf.clone();
        int tables = ((out[4] & 0xFF) << 8) | (out[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= out.length && out[at] == 'G' && out[at + 1] == 'S' && out[at + 2] == 'U' && out[at + 3] == 'B') {
                out[at] = 'g';
                out[at + 1] = 's';
                out[at + 2] = 'u';
                out[at + 3] = 'b';
            }
        }
        return out;
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
