package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import de.netzatlas.report.ReportModel.Block;
import de.netzatlas.report.ReportModel.Column;
import de.netzatlas.report.ReportModel.Paragraph;
import de.netzatlas.report.ReportModel.Table;

/** Page layout rules of the report, checked on the text of each PDF page. */
class PdfLayoutTest {

    static final PdfReportRenderer RENDERER = SmallReport.renderer();

    static Table longTable() {
        return longTable(false);
    }

    static Table longTable(boolean compact) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            rows.add(List.of(String.format("Ort%02d", i), Fmt.count(i * 100L), Fmt.pct(i)));
        }
        return new Table("Lange Tabelle", "Tabelle: Lange Liste der Orte",
                List.of(Column.left("Ort"), Column.right("Haushalte"), Column.right("Anteil")), rows, List.of(), compact);
    }

    /**
     * Wherever a long table starts (filler paragraphs push it down the page step by step, ≈ 7 mm
     * each, over a whole page), its caption, header and first four rows share one page.
     */
    @Test
    void aTableNeverStartsWithFewerThanFourRowsAtAPageEnd() {
        assertTrue(startsWithFourRows(false) >= 10);
    }

    @Test
    void aCompactTableNeverStartsWithFewerThanFourRowsAtAPageEnd() {
        assertTrue(startsWithFourRows(true) >= 10);
    }

    /** @return how many of the fillers made the table break across pages */
    private static int startsWithFourRows(boolean compact) {
        int nearEnd = 0;
        for (int filler = 0; filler <= 36; filler++) {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < filler; i++) {
                blocks.add(new Paragraph("Fülltext " + i));
            }
            blocks.add(longTable(compact));
            List<String> pages = ReportDemoTest.texts(SmallReport.pdf(RENDERER, SmallReport.document(false, blocks), null));
            int captionPage = -1;
            for (int p = 0; p < pages.size(); p++) {
                if (pages.get(p).contains("Tabelle: Lange Liste der Orte")) {
                    captionPage = p;
                }
            }
            assertTrue(captionPage >= 0, "caption printed (filler " + filler + ")");
            String page = pages.get(captionPage);
            for (String row : List.of("Ort01", "Ort02", "Ort03", "Ort04")) {
                assertTrue(page.contains(row), row + " on the caption's page (filler " + filler + "):\n" + page);
            }
            assertTrue(page.indexOf("Haushalte") > page.indexOf("Tabelle: Lange Liste der Orte"));
            if (!page.contains("Ort30")) {
                nearEnd++; // the table broke: it started in the lower part of a page
            }
        }
        return nearEnd;
    }

    /**
     * PDFTextStripper's output folds ligatures back (NFKC), so the glyphs' own Unicode values are read:
     * a ligature glyph maps to U+FB01/U+FB02 and would break a viewer's search for "Landesfläche".
     */
    @Test
    void wordsWithLigatureCandidatesAreSetAsSingleLetters() throws Exception {
        byte[] pdf = SmallReport.pdf(RENDERER, SmallReport.document(false), null);
        StringBuilder glyphs = new StringBuilder();
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
                    glyphs.append(t.getUnicode());
                }
            }.getText(d);
        }
        String all = glyphs.toString();
        for (String word : List.of("Fläche", "Pflichtaufgabe", "Grafik", "Landesfläche")) {
            assertTrue(all.contains(word), word + " searchable");
        }
        assertFalse(all.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06), "no ligature glyphs");
    }

    @Test
    void noLineBreakBetweenANumberAndItsUnit() {
        assertEquals("45,3\u00A0%", Fmt.unitSpaces(Fmt.pct(45.3)));
        assertEquals("+1,2\u00A0Pp.", Fmt.unitSpaces(Fmt.pp(1.2)));
        assertEquals("12,3\u00A0Mio.\u00A0€", Fmt.unitSpaces(Fmt.millions(12.3e6)));
        assertEquals("1.200\u00A0€", Fmt.unitSpaces(Fmt.euros(java.math.BigDecimal.valueOf(1200))));
        assertEquals("Fläche 1.234,5\u00A0km²", Fmt.unitSpaces("Fläche 1.234,5 km²"));
        assertEquals("Stand 31.12.2025 für 14 von 218 Gemeinden", Fmt.unitSpaces("Stand 31.12.2025 für 14 von 218 Gemeinden"));
        String all = String.join("\n", ReportDemoTest.texts(SmallReport.pdf(RENDERER, SmallReport.document(false), null)));
        assertTrue(all.contains("45,3\u00A0%"), all);
        assertTrue(all.contains("+5,3\u00A0Pp."), all);
        assertFalse(all.contains("45,3 %"));
    }

    @Test
    void germanOrderOfNames() {
        List<String> names = new ArrayList<>(List.of("Burgenlandkreis", "Salzlandkreis", "Börde", "Saalekreis",
                "Altmarkkreis Salzwedel", "Anhalt-Bitterfeld", "Ärzteviertel", "Zerbst/Anhalt"));
        names.sort(GermanOrder.NAMES);
        assertEquals(List.of("Altmarkkreis Salzwedel", "Anhalt-Bitterfeld", "Ärzteviertel", "Börde", "Burgenlandkreis",
                "Saalekreis", "Salzlandkreis", "Zerbst/Anhalt"), names);
        record Kreis(String name) {
        }
        List<Kreis> k = new ArrayList<>(List.of(new Kreis("Burgenlandkreis"), new Kreis(null), new Kreis("Börde")));
        k.sort(GermanOrder.by(Kreis::name));
        assertEquals(List.of(new Kreis("Börde"), new Kreis("Burgenlandkreis"), new Kreis(null)), k);
    }

    @Test
    void geoNamesIsCreditedUnderEveryMapAndOnTheMap() {
        List<String> pages = ReportDemoTest.texts(SmallReport.pdf(RENDERER, SmallReport.document(false), null));
        String mapPage = pages.stream().filter(p -> p.contains("Schulen im Land (Quelle")).findFirst().orElseThrow();
        assertTrue(mapPage.contains("Ortsnamen: GeoNames"), mapPage);
        StateMapPainter maps = new StateMapPainter((g, v) -> { }, (g, v) -> { }, a -> Optional.empty(), a -> a,
                new Envelope(0, 1, 0, 1), "© GeoBasis-DE / BKG 2016 (Daten verändert) · Natural Earth");
        assertTrue(maps.attribution().endsWith("· GeoNames"));
        assertTrue(ReportService.ATTRIBUTIONS.stream().anyMatch(a -> a.contains("GeoNames")));
        assertEquals(LocalDate.of(2025, 12, 31), SmallReport.AS_OF);
    }

    /** Share maps of different years compare: the same five classes whatever the year's values. */
    @Test
    void shareMapsUseTheSameClassesEveryYear() {
        org.locationtech.jts.geom.Geometry square = new org.locationtech.jts.geom.GeometryFactory()
                .toGeometry(new Envelope(11, 12, 52, 53));
        StateMapPainter maps = new StateMapPainter((g, v) -> { }, (g, v) -> { }, a -> Optional.of(square), a -> a,
                new Envelope(10, 13, 51, 54), "© Test");
        for (java.util.Map<String, Double> year : List.of(java.util.Map.of("1", 9.0, "2", 46.0),
                java.util.Map.of("1", 51.0, "2", 97.5))) {
            ReportModel.MapFigure f = new ReportModel.MapFigure("fibre-map", "Abbildung", "FTTB/H in %", year, "0",
                    List.of(), java.util.Map.of());
            de.netzatlas.map.layer.ChoroplethLayer layer = (de.netzatlas.map.layer.ChoroplethLayer) maps.layers(f).get(0);
            assertTrue(java.util.Arrays.equals(new double[] {0, 20, 40, 60, 80, 100}, layer.breaks().limits()),
                    java.util.Arrays.toString(layer.breaks().limits()));
        }
    }
}
