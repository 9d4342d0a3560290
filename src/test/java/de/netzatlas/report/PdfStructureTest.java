package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import de.netzatlas.report.ReportModel.Document;

/** The PDF as a file: reproducible bytes. */
class PdfStructureTest {

    static final PdfReportRenderer RENDERER = SmallReport.renderer();

    @Test
    void theSameModelAndDateGiveByteIdenticalPdfs() throws IOException {
        Document d = SmallReport.document(true);
        Instant date = Instant.parse("2026-01-15T09:30:00Z");
        byte[] first = SmallReport.pdf(RENDERER, d, date);
        byte[] second = SmallReport.pdf(SmallReport.renderer(), d, date);
        assertArrayEquals(first, second);
        try (PDDocument pdf = Loader.loadPDF(first)) {
            assertEquals(date.toEpochMilli(), pdf.getDocumentInformation().getCreationDate().getTimeInMillis());
            assertEquals(date.toEpochMilli(), pdf.getDocumentInformation().getModificationDate().getTimeInMillis());
            COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
            byte[] expected = PdfReportRenderer.documentId(RENDERER.xhtml(d), date);
            assertArrayEquals(expected, ((COSString) id.get(0)).getBytes());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(xmp.contains(String.valueOf(java.time.Year.now().getValue() + 1)), xmp);
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
