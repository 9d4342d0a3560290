package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.fibre.CoverageFigures;
import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.report.ReportModel.KpiTile;

/** The full report on the demo data set: figures against the services, PDF structure, fonts, text. */
class ReportDemoTest {

    static final LocalDate CUT_OFF = LocalDate.of(2025, 12, 31);

    @TempDir
    static Path dir;
    static ReportFixture f;
    static Document doc;
    static byte[] pdf;
    static int auditRowsBefore;

    @BeforeAll
    static void build() {
        f = new ReportFixture(dir);
        f.demo.load();
        f.texts.save(2025, ReportAssembler.FIBRE, "Der Ausbau hat **deutlich** zugelegt.\n\n- Förderaufrufe bewilligt\n"
                + "- Baustellen in Börde und Harz", "planerin");
        auditRowsBefore = f.audit.count(f.db);
        doc = f.report.assemble(2025, CUT_OFF);
        pdf = f.report.pdf(doc);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static KpiTile kpi(Document d, String id) {
        return d.kpis().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void kpisEqualTheFibreServicesForTheSameCutOff() {
        CoverageStand stand = f.coverage.standFor(CUT_OFF).orElseThrow();
        CoverageFigures land = f.coverage.summary(stand, RegionLevel.LAND).get(0).figures();
        assertEquals(100 * land.gigabitShare(), kpi(doc, "gigabit").value(), 1e-9);
        assertEquals(100 * land.fttbhShare(), kpi(doc, "fttbh").value(), 1e-9);
        CoverageStand previous = f.coverage.standFor(CUT_OFF.minusYears(1)).orElseThrow();
        CoverageFigures before = f.coverage.summary(previous, RegionLevel.LAND).get(0).figures();
        assertEquals(100 * before.fttbhShare(), kpi(doc, "fttbh").previous(), 1e-9);

        BigDecimal funding = BigDecimal.ZERO;
        // the projects as they stood at the cut-off (a demo project cancelled in 2026 was still being built)
        for (FibreProject p : f.projects.asOf(ServiceFibreChapterSource.endOfDay(CUT_OFF))) {
            if (p.model().funded() && (p.status() == ProjectStatus.FOERDERBESCHEID || p.status() == ProjectStatus.BAU
                    || p.status() == ProjectStatus.ABGESCHLOSSEN)) {
                funding = funding.add(nz(p.funding().bund())).add(nz(p.funding().land()));
            }
        }
        assertTrue(funding.signum() > 0, "demo data has funded projects");
        assertEquals(funding.doubleValue() / 1e6, kpi(doc, "foerderung").value(), 1e-6);
        // demo projects stand in the previous year as their milestones say: fewer approvals then
        Double approvedBefore = kpi(doc, "foerderung").previous();
        assertNotNull(approvedBefore);
        assertTrue(approvedBefore > 0 && approvedBefore < kpi(doc, "foerderung").value(), approvedBefore + " vs "
                + kpi(doc, "foerderung").value());
        assertTrue(kpi(doc, "fttbh").valueText().endsWith(" %"));
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    @Test
    void chaptersWithoutASourceSayKeineDatenInsteadOfZeros() {
        ReportModel.Chapter mobile = doc.chapter(ReportAssembler.MOBILE).orElseThrow();
        assertFalse(mobile.hasData());
        assertTrue(mobile.blocks().isEmpty());
        assertEquals("keine Daten", kpi(doc, "5g").valueText());
        assertEquals(null, kpi(doc, "schulen").value());
        String text = pageTexts().get(pageOf("3 Mobilfunk/5G") - 1);
        assertTrue(text.contains("keine Daten"), text);
        assertFalse(text.contains("0,0 %") || text.contains("0,0\u00A0%"), text);
    }

    @Test
    void creatingTheReportChangesNothingInTheDatabase() {
        assertEquals(auditRowsBefore, f.audit.count(f.db));
        f.report.assemble(2025, CUT_OFF);
        assertEquals(auditRowsBefore, f.audit.count(f.db));
    }

    @Test
    void twoRunsGiveTheSameTextContent() throws IOException {
        Document again = f.report.assemble(2025, CUT_OFF);
        assertEquals(doc, again);
        byte[] second = f.report.pdf(again);
        assertEquals(String.join("\f", pageTexts()), String.join("\f", texts(second)));
        org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, second, "same model, same bytes");
    }

    @Test
    void pdfOpensWithTitleUmlautsAndAPlausiblePageCount() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertTrue(d.getNumberOfPages() >= 10 && d.getNumberOfPages() <= 40, "pages: " + d.getNumberOfPages());
            assertEquals("Bericht des Landes-CIO 2025", d.getDocumentInformation().getTitle());
            assertNotNull(d.getDocumentCatalog().getMetadata(), "XMP metadata for PDF/A");
            assertFalse(d.getDocumentCatalog().getOutputIntents().isEmpty(), "sRGB output intent");
        }
        String all = String.join("\n", pageTexts()).replaceAll("[ \\t]+", " ");
        assertTrue(all.contains("Bericht des Landes-CIO 2025"));
        assertTrue(all.contains("Stand: 31.12.2025"));
        assertTrue(all.contains("Förderbescheid"), "umlaut ö");
        assertTrue(all.contains("Ministerium für Infrastruktur"), "umlaut ü");
        assertTrue(all.contains("Datenstände je Kapitel"), "umlaut ä");
        assertTrue(all.contains("Der Ausbau hat deutlich zugelegt."), "narrative text of the year: "
                + pageTexts().get(pageOf("2 Glasfaser") - 1));
        assertTrue(all.contains("Baustellen in Börde und Harz"));
        assertTrue(all.contains("Demodaten"));
        List<String> pages = pageTexts();
        assertTrue(pages.get(pages.size() - 1).contains("Seite " + pages.size() + " von " + pages.size()));
    }

    @Test
    void everyPageCarriesTheDemoWatermark() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                StringBuilder rotated = new StringBuilder();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                        positions.stream().filter(t -> Math.abs(t.getTextMatrix().getShearY()) > 0.1)
                                .forEach(t -> rotated.append(t.getUnicode()));
                    }
                };
                s.setSuppressDuplicateOverlappingText(false);
                s.setStartPage(p);
                s.setEndPage(p);
                s.getText(d);
                assertTrue(rotated.toString().contains("Demodaten"), "page " + p + ": " + rotated);
            }
        }
    }

    @Test
    void onlyEmbeddedFonts() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    fonts++;
                }
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                            && form.getResources() != null) {
                        for (var fn : form.getResources().getFontNames()) {
                            assertTrue(form.getResources().getFont(fn).isEmbedded(), fn.getName());
                        }
                    }
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void tableOfContentsPageNumbersMatchTheChapterPages() {
        String toc = pageTexts().get(1);
        Matcher m = Pattern.compile("(?m)^(\\d \\S[^.\\n]*?|Anhang)\\s*\\.*\\s*(\\d+)\\s*$").matcher(toc);
        int entries = 0;
        while (m.find()) {
            String title = m.group(1).strip();
            int page = Integer.parseInt(m.group(2));
            String text = pageTexts().get(page - 1);
            assertTrue(text.lines().anyMatch(l -> l.strip().equals(title)), title + " not on page " + page);
            entries++;
        }
        assertTrue(entries >= 7, "TOC entries found: " + entries + "\n" + toc);
    }

    @Test
    void xlsxHasASheetPerTable() throws IOException {
        Path x = dir.resolve("tabellen.xlsx");
        f.report.writeXlsx(doc, x);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(x))) {
            // the fixed sheets, and every table the assembler builds has its fixed sheet (none appended)
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(XlsxTablesWriter.fixedSheetNames(), names);
            assertEquals(names.size(), XlsxTablesWriter.sheetCount(doc));
            assertEquals("Sachsen-Anhalt", wb.getSheet("Glasfaser je Kreis").getRow(XlsxTablesWriter.HEADER_ROW + 1 + 14)
                    .getCell(0).getStringCellValue());
            for (String name : names) {
                assertTrue(wb.getSheet(name).getRow(0).getCell(0).getStringCellValue().startsWith("Demodaten"), name);
            }
        }
    }

    @Test
    void printingSendsExactlyThePdfPagesToThePrintService() throws Exception {
        java.io.ByteArrayOutputStream spool = new java.io.ByteArrayOutputStream();
        javax.print.StreamPrintServiceFactory[] factories = javax.print.StreamPrintServiceFactory
                .lookupStreamPrintServiceFactories(javax.print.DocFlavor.SERVICE_FORMATTED.PAGEABLE,
                        "application/postscript");
        assertTrue(factories.length > 0, "the JDK's PostScript stream print service");
        javax.print.StreamPrintService fake = factories[0].getPrintService(spool);
        ReportPrinter printer = new ReportPrinter(() -> new javax.print.PrintService[] {fake});
        assertTrue(printer.print(pdf, fake, false, "Bericht des Landes-CIO 2025"));
        String ps = spool.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        int pages;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            pages = d.getNumberOfPages();
        }
        assertEquals(pages, Pattern.compile("(?m)^%%Page: ").matcher(ps).results().count());
        // vector pages: the translucent watermark does not turn them into 300-dpi raster bands
        assertEquals(0, Pattern.compile("colorimage").matcher(ps).results().count(), "no raster bands");
    }

    @Test
    void noPrinterGivesAClearGermanMessage() {
        ReportPrinter none = new ReportPrinter(() -> new javax.print.PrintService[0]);
        assertFalse(none.hasPrinter());
        ReportPrinter.NoPrinterException e = org.junit.jupiter.api.Assertions.assertThrows(
                ReportPrinter.NoPrinterException.class, () -> none.print(pdf, null, false, "Bericht"));
        assertTrue(e.getMessage().startsWith("Es ist kein Drucker eingerichtet."));
    }

    private static int pageOf(String heading) {
        List<String> pages = pageTexts();
        for (int i = 2; i < pages.size(); i++) {
            if (pages.get(i).lines().anyMatch(l -> l.strip().equals(heading))) {
                return i + 1;
            }
        }
        throw new AssertionError(heading + " not found");
    }

    private static List<String> cache;

    static synchronized List<String> pageTexts() {
        if (cache == null) {
            cache = texts(pdf);
        }
        return cache;
    }

    static List<String> texts(byte[] bytes) {
        try (PDDocument d = Loader.loadPDF(bytes)) {
            List<String> out = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(d));
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
