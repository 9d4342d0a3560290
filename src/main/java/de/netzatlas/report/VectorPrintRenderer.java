package de.netzatlas.report;

import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.printing.PDFPrintable;
import org.apache.pdfbox.printing.Scaling;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Renders report pages for printing without any transparency, so that Java printing sends vector
 * pages instead of rasterising every page at printer resolution (a single translucent operation
 * makes {@code RasterPrinterJob} print the whole page as 300-dpi image bands, ≈ 4 MB per page).
 * Translucent fills and strokes become the opaque colour they show on white paper; translucent
 * text (the "Demodaten" watermark) is printed as outlined letters in that colour over the content,
 * so the text below stays readable; transparency groups are drawn as plain forms, soft masks and
 * blend modes are ignored. The PDF file itself keeps its translucent watermark.
 *
 * <p>Raster images with an alpha channel (none in the report's own figures, which are vector) would
 * still make Java rasterise their page.
 */
final class VectorPrintRenderer extends PDFRenderer {

    /** The outline width of translucent text on paper, in the text's user space units (≈ pt). */
    static final float OUTLINE_WIDTH = 0.9f;

    VectorPrintRenderer(PDDocument document) {
        super(document);
    }

    /** All pages of {@code document} as in {@link PDFPageable} (formats, orientation), drawn by this renderer. */
    static Pageable pageable(PDDocument document) {
        PDFPageable formats = new PDFPageable(document);
        PDFRenderer renderer = new VectorPrintRenderer(document);
        return new Pageable() {
            @Override
            public int getNumberOfPages() {
                return formats.getNumberOfPages();
            }

            @Override
            public PageFormat getPageFormat(int pageIndex) {
                return formats.getPageFormat(pageIndex);
            }

            @Override
            public Printable getPrintable(int pageIndex) {
                if (pageIndex < 0 || pageIndex >= getNumberOfPages()) {
                    throw new IndexOutOfBoundsException(pageIndex + " >= " + getNumberOfPages());
                }
                return new PDFPrintable(document, Scaling.ACTUAL_SIZE, false, PDFPrintable.RASTERIZE_OFF, true, renderer);
            }
        };
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new OpaqueDrawer(parameters);
    }

    /** The colour a translucent {@code colour} at {@code alpha} shows on white paper. */
    static PDColor onWhite(PDColor colour, double alpha) throws IOException {
        int rgb = colour.toRGB();
        float[] c = new float[3];
        for (int i = 0; i < 3; i++) {
            float v = ((rgb >> (16 - 8 * i)) & 0xFF) / 255f;
            c[i] = (float) (alpha * v + (1 - alpha));
        }
        return new PDColor(c, PDDeviceRGB.INSTANCE);
    }

    private static final class OpaqueDrawer extends PageDrawer {

        OpaqueDrawer(PageDrawerParameters parameters) throws IOException {
            super(parameters);
        }

        /** Replaces the translucency of the current graphics state by the colours it gives on white. */
        private void opaque() throws IOException {
            PDGraphicsState s = getGraphicsState();
            if (s.getNonStrokeAlphaConstant() < 1) {
                s.setNonStrokingColor(onWhite(s.getNonStrokingColor(), s.getNonStrokeAlphaConstant()));
                s.setNonStrokingColorSpace(PDDeviceRGB.INSTANCE);
                s.setNonStrokeAlphaConstant(1);
            }
            if (s.getAlphaConstant() < 1) {
                s.setStrokingColor(onWhite(s.getStrokingColor(), s.getAlphaConstant()));
                s.setStrokingColorSpace(PDDeviceRGB.INSTANCE);
                s.setAlphaConstant(1);
            }
            s.setSoftMask(null);
            s.setBlendMode(BlendMode.NORMAL);
        }

        @Override
        protected void showFontGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            PDGraphicsState s = getGraphicsState();
            PDTextState text = s.getTextState();
            double alpha = s.getNonStrokeAlphaConstant();
            if (alpha >= 1 || !text.getRenderingMode().isFill()) {
                opaque();
                super.showFontGlyph(textRenderingMatrix, font, code, displacement);
                return;
            }
            RenderingMode mode = text.getRenderingMode();
            PDColor stroke = s.getStrokingColor();
            PDColorSpace strokeSpace = s.getStrokingColorSpace();
            double strokeAlpha = s.getAlphaConstant();
            float width = s.getLineWidth();
            try {
                // outlined letters, three times as strong as the fill was (a thin line needs more colour)
                s.setStrokingColor(onWhite(s.getNonStrokingColor(), Math.min(1, 3 * alpha)));
                s.setStrokingColorSpace(PDDeviceRGB.INSTANCE);
                s.setAlphaConstant(1);
                s.setLineWidth(OUTLINE_WIDTH);
                text.setRenderingMode(RenderingMode.STROKE);
                s.setSoftMask(null);
                s.setBlendMode(BlendMode.NORMAL);
                super.showFontGlyph(textRenderingMatrix, font, code, displacement);
            } finally {
                text.setRenderingMode(mode);
                s.setStrokingColor(stroke);
                s.setStrokingColorSpace(strokeSpace);
                s.setAlphaConstant(strokeAlpha);
                s.setLineWidth(width);
            }
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            opaque();
            super.fillPath(windingRule);
        }

        @Override
        public void strokePath() throws IOException {
            opaque();
            super.strokePath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            opaque();
            super.fillAndStrokePath(windingRule);
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) throws IOException {
            opaque();
            super.shadingFill(shadingName);
        }

        @Override
        public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) throws IOException {
            opaque();
            super.drawImage(image);
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
            showForm(form); // no offscreen (raster) composition on paper
        }
    }
}
