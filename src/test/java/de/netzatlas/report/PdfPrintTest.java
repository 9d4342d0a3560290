package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.junit.jupiter.api.Test;

/**
 * Printing without a printer: the JDK's PostScript stream print service stands in. Java printing
 * rasterises a page (image bands at printer resolution, {@code colorimage} in PostScript) as soon as
 * anything on it is translucent; the report's print path must stay vector.
 */
class PdfPrintTest {

    static final byte[] DEMO = SmallReport.pdf(SmallReport.renderer(), SmallReport.document(true), null);

    static String postScript(byte[] pdf) {
        ByteArrayOutputStream spool = new ByteArrayOutputStream();
        javax.print.StreamPrintService ps = javax.print.StreamPrintServiceFactory
                .lookupStreamPrintServiceFactories(javax.print.DocFlavor.SERVICE_FORMATTED.PAGEABLE,
                        "application/postscript")[0].getPrintService(spool);
        assertTrue(new ReportPrinter(() -> new javax.print.PrintService[] {ps}).print(pdf, ps, false, "Bericht"));
        return spool.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theDemoReportPrintsAsVectorPagesWhileThePdfKeepsItsTranslucentWatermark() throws Exception {
        boolean translucent = false;
        int pages;
        try (PDDocument d = Loader.loadPDF(DEMO)) {
            pages = d.getNumberOfPages();
            for (PDPage page : d.getPages()) {
                translucent |= hasAlpha(page.getResources());
                for (COSName n : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f) {
                        translucent |= hasAlpha(f.getResources());
                    }
                }
            }
        }
        assertTrue(translucent, "the on-screen PDF keeps the translucent watermark");
        String ps = postScript(DEMO);
        assertEquals(pages, Pattern.compile("(?m)^%%Page: ").matcher(ps).results().count());
        assertEquals(0, Pattern.compile("colorimage").matcher(ps).results().count(), "no raster bands");
        assertTrue(ps.length() < 3_000_000, "vector pages are small: " + ps.length() + " bytes for " + pages + " pages");
    }

    private static boolean hasAlpha(org.apache.pdfbox.pdmodel.PDResources r) throws java.io.IOException {
        if (r == null) {
            return false;
        }
        for (COSName n : r.getExtGStateNames()) {
            PDExtendedGraphicsState gs = r.getExtGState(n);
            if (gs.getNonStrokingAlphaConstant() != null && gs.getNonStrokingAlphaConstant() < 1) {
                return true;
            }
        }
        return false;
    }

    @Test
    void thePrintedWatermarkIsOutlinedInAnOpaqueLightColour() throws Exception {
        try (PDDocument d = Loader.loadPDF(DEMO)) {
            BufferedImage image = new BufferedImage(595, 842, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 595, 842);
            new VectorPrintRenderer(d).renderPageToGraphics(3, g);
            g.dispose();
            int reddish = 0;
            for (int y = 0; y < 842; y++) {
                for (int x = 0; x < 595; x++) {
                    int p = image.getRGB(x, y);
                    int r = (p >> 16) & 0xFF;
                    int gr = (p >> 8) & 0xFF;
                    int b = p & 0xFF;
                    if (r > 150 && r - gr > 30 && r - b > 30) {
                        reddish++;
                    }
                }
            }
            assertTrue(reddish > 200, "watermark outline visible on paper: " + reddish + " reddish pixels");
        }
        int onPaper = VectorPrintRenderer.onWhite(new org.apache.pdfbox.pdmodel.graphics.color.PDColor(
                new float[] {0xB7 / 255f, 0x1C / 255f, 0x1C / 255f},
                org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE), 0.16).toRGB();
        // 16 % of #B71C1C on white
        assertEquals(0xF3, (onPaper >> 16) & 0xFF, 1);
        assertEquals(0xDB, (onPaper >> 8) & 0xFF, 1);
        assertEquals(0xDB, onPaper & 0xFF, 1);
    }
}
