package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.junit.jupiter.api.Test;

import de.netzatlas.report.ReportModel.Document;

/**
 * The PDF as a file, checked with PDFBox: reproducible bytes; tagged (structure tree, /MarkInfo,
 * /Lang, figures with /Alt), an outline with one entry per chapter, PDF/A-2a claimed in XMP.
 *
 * <p>What only veraPDF (not in the build) checks for PDF/A-2a and is not covered here: the
 * role map and standard structure types of every element, that every content item is either in
 * the structure tree or an artifact (the drawer graphics of maps and charts, the watermark), the
 * ToUnicode maps of all glyphs (partly covered by the text-extraction tests), the XMP schema
 * validity (pdfaid, extension schemas), and the ICC output intent details. Run
 * {@code verapdf --flavour 2a bericht.pdf} on a published edition before the release.
 */
class PdfStructureTest {

    static final PdfReportRenderer RENDERER = SmallReport.renderer();

    @Test
    void taggedWithStructureTreeLanguageBookmarksAndFigureAltTexts() throws IOException {
        Document d = SmallReport.document(true);
        try (PDDocument pdf = Loader.loadPDF(SmallReport.pdf(RENDERER, d, null))) {
            var catalog = pdf.getDocumentCatalog();
            assertEquals("de-DE", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "MarkInfo /Marked true");
            PDStructureTreeRoot root = catalog.getStructureTreeRoot();
            assertNotNull(root, "StructTreeRoot");
            assertFalse(root.getKids().isEmpty(), "structure tree has kids");
            List<PDStructureElement> all = new ArrayList<>();
            collect(root.getKids(), all);
            List<String> types = all.stream().map(PDStructureElement::getStructureType).toList();
            assertTrue(types.contains("H1"), types.toString());
            assertTrue(types.contains("Table"), types.toString());
            List<PDStructureElement> figures = all.stream().filter(e -> "Figure".equals(e.getStructureType())).toList();
            assertTrue(figures.size() >= 2, types.toString());
            for (PDStructureElement f : figures) {
                assertNotNull(f.getAlternateDescription(), "figure without /Alt");
            }
            assertTrue(figures.stream().anyMatch(f -> f.getAlternateDescription().startsWith("Liniendiagramm: Schulen")));
            assertTrue(figures.stream().anyMatch(f -> f.getAlternateDescription().startsWith("Karte von Sachsen-Anhalt")));
            assertTrue(catalog.getViewerPreferences() == null || catalog.getViewerPreferences().displayDocTitle(),
                    "title shown instead of the file name");
            assertEquals("Bericht des Landes-CIO 2025", pdf.getDocumentInformation().getTitle());

            PDDocumentOutline outline = catalog.getDocumentOutline();
            assertNotNull(outline, "bookmarks");
            List<String> top = new ArrayList<>();
            outline.children().forEach(i -> top.add(i.getTitle()));
            assertEquals(List.of("1 Zusammenfassung", "2 Glasfaser", "3 Schulen ans Netz", "Anhang"), top);
            List<String> appendix = new ArrayList<>();
            outline.getLastChild().children().forEach(i -> appendix.add(i.getTitle()));
            assertEquals(4, appendix.size(), appendix.toString());
            for (var item : outline.children()) {
                assertNotNull(item.findDestinationPage(pdf), item.getTitle() + " leads to a page");
            }
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part>2<") || xmp.contains("pdfaid:part=\"2\""), xmp);
            assertTrue(xmp.contains("pdfaid:conformance>A<") || xmp.contains("pdfaid:conformance=\"A\""), xmp);
        }
    }

    private static void collect(List<Object> kids, List<PDStructureElement> out) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                out.add(e);
                collect(e.getKids(), out);
            }
        }
    }

    @Test
    void theSameModelAndDateGiveByteIdenticalPdfs() throws IOException {
        Document d = SmallReport.document(true);
        Instant date = Instant.parse("2026-01-15T09:30:00Z");
        byte[] first = SmallReport.pdf(RENDERER, d, date);
        byte[] second = SmallReport.pdf(SmallReport.renderer(), d, date);
        assertArrayEquals(first, second);
        try (PDDocument pdf = Loader.loadPDF(first)) {
            assertEquals(date.toEpochMilli(), pdf.getDocumentInformation().getCreationDate().getTimeInMillis());
            var modified = pdf.getDocumentInformation().getModificationDate();
            assertTrue(modified == null || modified.getTimeInMillis() == date.toEpochMilli());
            COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
            byte[] expected = PdfReportRenderer.documentId(RENDERER.xhtml(d), date);
            assertArrayEquals(expected, ((COSString) id.get(0)).getBytes());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("2026-01-15T09:30:00Z"), xmp);
        }
        // another date: another ID, the default date is the cut-off
        byte[] other = SmallReport.pdf(RENDERER, d, date.plusSeconds(1));
        assertFalse(Arrays.equals(first, other));
        assertArrayEquals(SmallReport.pdf(RENDERER, d, null), SmallReport.pdf(RENDERER, d, null));
        try (PDDocument pdf = Loader.loadPDF(SmallReport.pdf(RENDERER, d, null))) {
            assertEquals(PdfReportRenderer.defaultDocumentDate(d).toEpochMilli(),
                    pdf.getDocumentInformation().getCreationDate().getTimeInMillis());
        }
    }
}
