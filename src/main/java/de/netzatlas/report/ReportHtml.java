package de.netzatlas.report;

import java.util.List;
import java.util.Map;

import de.netzatlas.report.ReportModel.Block;
import de.netzatlas.report.ReportModel.Chapter;
import de.netzatlas.report.ReportModel.Chart;
import de.netzatlas.report.ReportModel.Column;
import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.report.ReportModel.Heading;
import de.netzatlas.report.ReportModel.ItemList;
import de.netzatlas.report.ReportModel.KpiTile;
import de.netzatlas.report.ReportModel.MapFigure;
import de.netzatlas.report.ReportModel.Paragraph;
import de.netzatlas.report.ReportModel.Table;

/**
 * Turns the document model into XHTML with CSS paged media for openhtmltopdf: A4 pages, running
 * header and "Seite x von y" footer, a table of contents whose page numbers come from
 * {@code target-counter}, tables with repeated header rows, figures as {@code <object>} elements
 * drawn as vector graphics by {@link PdfReportRenderer}. Layout only — no figure is computed here.
 */
final class ReportHtml {

    static final String FIGURE_TYPE = "netzatlas/figure";
    static final String WATERMARK_TYPE = "netzatlas/watermark";
    static final String WATERMARK = "Demodaten";
    static final String FONT = "DejaVu Sans";
    /** Printed under every map figure: the sources of the basemap (full list in Anhang A). */
    static final String MAP_ATTRIBUTION = "Kartengrundlage: © GeoBasis-DE / BKG 2016 (Daten verändert); Ortsnamen: "
            + "GeoNames (CC BY 4.0); Gewässer: Natural Earth";
    /**
     * The space a long table needs at least below its caption on the page it starts on: header
     * row and four rows (openhtmltopdf's {@code -fs-page-break-min-height} moves the caption to the
     * next page otherwise, and the table with it). Rows are 8.3 pt with 1.1 mm padding (≈ 6 mm; two
     * lines ≈ 10 mm), compact rows 7 pt (≈ 4 mm; two lines ≈ 7 mm); headers may take two lines.
     */
    static final String MIN_TABLE_START = "58mm";
    static final String MIN_COMPACT_TABLE_START = "44mm";
    /** The document language (PDF /Lang, for screen readers and PDF/UA). */
    static final String LANG = "de-DE";

    private ReportHtml() {
    }

    /** Escaped text with non-breaking spaces before units ({@link Fmt#unitSpaces}). */
    private static String esc(String text) {
        return Xml.escape(Fmt.unitSpaces(text));
    }

    static String chapterAnchor(String id) {
        return "kap-" + id;
    }

    static String xhtml(Document d, CompactColumns.TextWidth width) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + LANG + "\" xml:lang=\"" + LANG + "\">")
                .append("<head><meta charset=\"UTF-8\"/><title>").append(esc(d.title())).append("</title>")
                .append("<meta name=\"author\" content=\"").append(esc(d.issuer())).append("\"/>")
                .append("<meta name=\"subject\" content=\"Digitale Infrastruktur in Sachsen-Anhalt, Stand ")
                .append(Fmt.date(d.asOf())).append("\"/>")
                .append("<meta name=\"keywords\" content=\"Glasfaser, Mobilfunk, Schulen, ITN-XT, Landes-CIO\"/>")
                .append("<style>").append(css(d)).append("</style>");
        bookmarks(h, d);
        h.append("</head><body>");
        if (d.demo()) {
            h.append("<object type=\"").append(WATERMARK_TYPE).append("\" class=\"watermark\"></object>");
        }
        titlePage(h, d);
        toc(h, d);
        if (!d.foreword().isBlank()) {
            h.append("<h1 id=\"").append(chapterAnchor("vorwort")).append("\">Vorwort</h1>")
                    .append(Narrative.toXhtml(d.foreword()));
        }
        summary(h, d);
        int n = 2;
        for (Chapter c : d.chapters()) {
            chapter(h, c, n++, d, width);
        }
        appendix(h, d);
        h.append("</body></html>");
        return h.toString();
    }

    private static String css(Document d) {
        String title = d.title().replace("\"", "");
        String stand = "Stand: " + Fmt.date(d.asOf());
        String issuer = d.issuer().replace("\"", "'");
        return """
                @page { size: A4 portrait; margin: 24mm 20mm 22mm 22mm;
                  @top-left { content: "%s"; font-family: '%s'; font-size: 7.5pt; color: #555; vertical-align: bottom; padding-bottom: 3mm; border-bottom: 0.4pt solid #9aa5b1; }
                  @top-right { content: "%s"; font-family: '%s'; font-size: 7.5pt; color: #555; vertical-align: bottom; padding-bottom: 3mm; border-bottom: 0.4pt solid #9aa5b1; }
                  @bottom-left { content: "%s"; font-family: '%s'; font-size: 7pt; color: #666; vertical-align: top; padding-top: 3mm; }
                  @bottom-right { content: "Seite " counter(page) " von " counter(pages); font-family: '%s'; font-size: 7.5pt; color: #333; vertical-align: top; padding-top: 3mm; }
                }
                @page :first {
                  @top-left { content: none; border: none; } @top-right { content: none; border: none; }
                  @bottom-left { content: none; } @bottom-right { content: none; } }
                body { font-family: '%s'; font-size: 9.5pt; line-height: 1.42; color: #1a1a1a; }
                object.watermark { position: fixed; top: 60mm; left: 0; width: 166mm; height: 130mm; display: block; }
                .titlepage { page-break-after: always; height: 248mm; position: relative; }
                .titlebar { background-color: #1f3b5c; color: #ffffff; padding: 60mm 12mm 14mm 12mm; margin-top: 6mm; }
                .titlebar .kicker { font-size: 11pt; letter-spacing: 1pt; color: #c9d6e6; margin: 0 0 6mm 0; }
                .titlebar h1.title { font-size: 28pt; line-height: 1.15; margin: 0; padding: 0; border: none; page-break-before: auto; color: #fff; }
                .titlebar .stand { font-size: 13pt; margin: 8mm 0 0 0; color: #ffffff; }
                .titlemeta { padding: 16mm 12mm 0 12mm; font-size: 10.5pt; color: #333; }
                .titlemeta .issuer { font-size: 12pt; font-weight: bold; color: #1f3b5c; }
                .titlemeta .demo { margin-top: 10mm; color: #9e1b1b; font-weight: bold; }
                .titlefoot { position: absolute; bottom: 0; left: 0; right: 0; font-size: 8pt; color: #666;
                  border-top: 0.5pt solid #9aa5b1; padding-top: 3mm; }
                h1 { font-size: 17pt; color: #1f3b5c; margin: 0 0 5mm 0; padding-bottom: 2mm;
                  border-bottom: 1pt solid #1f3b5c; page-break-before: always; page-break-after: avoid; font-weight: bold; }
                h2 { font-size: 11.5pt; color: #1f3b5c; margin: 7mm 0 2.5mm 0; page-break-after: avoid; }
                h3 { font-size: 10pt; margin: 5mm 0 2mm 0; page-break-after: avoid; }
                p { margin: 0 0 2.5mm 0; text-align: left; }
                ul { margin: 0 0 3mm 0; padding-left: 5mm; }
                li { margin-bottom: 1mm; }
                .toc ul { list-style: none; padding: 0; margin: 6mm 0 0 0; }
                .toc li { margin: 0 0 3mm 0; font-size: 11pt; }
                .toc li.sub { margin-left: 8mm; font-size: 9.5pt; color: #333; }
                .toc a { color: #1a1a1a; text-decoration: none; }
                .toc a::after { content: leader('.') " " target-counter(attr(href), page); }
                table.kpi { width: 100%%; border-collapse: separate; border-spacing: 2mm; margin: 0 0 3mm 0; }
                table.kpi td { width: 33%%; vertical-align: top; background-color: #eef3f8; border-top: 2pt solid #1f3b5c; padding: 3mm; }
                .kpi .label { font-size: 8.5pt; color: #333; font-weight: bold; }
                .kpi .value { font-size: 17pt; font-weight: bold; color: #1f3b5c; margin: 1.5mm 0 1mm 0; }
                .kpi .value.none { font-size: 11pt; color: #777; font-weight: normal; }
                .kpi .change { font-size: 8pt; color: #333; }
                .kpi .target { font-size: 7.5pt; color: #555; margin-top: 1mm; }
                table.data { width: 100%%; border-collapse: collapse; margin: 1mm 0 5mm 0; font-size: 8.3pt; -fs-table-paginate: paginate; }
                table.data thead { display: table-header-group; }
                table.data th { background-color: #1f3b5c; color: #fff; font-weight: bold; padding: 1.4mm 1.6mm; text-align: left; vertical-align: bottom; }
                table.data td { padding: 1.1mm 1.6mm; border-bottom: 0.4pt solid #c5ced8; vertical-align: top; }
                table.data tr { page-break-inside: avoid; }
                table.data tr.even td { background-color: #f4f7fa; }
                table.data tr.total td { font-weight: bold; border-top: 0.8pt solid #1f3b5c; border-bottom: 0.8pt solid #1f3b5c; }
                table.data .r { text-align: right; }
                table.data.compact { font-size: 7pt; line-height: 1.25; margin-top: 0.5mm; table-layout: fixed; }
                table.data.compact th { padding: 1.1mm 1.2mm; font-size: 7pt; }
                table.data.compact td { padding: 0.55mm 1.2mm; border-bottom: 0.3pt solid #d5dce3; }
                table.data.compact td.nw { white-space: nowrap; }
                table.data.compact td.flag { color: #9e1b1b; font-weight: bold; }
                .caption { font-size: 8.5pt; font-weight: bold; color: #333; margin: 4mm 0 1mm 0; page-break-after: avoid; }
                .caption.start { -fs-page-break-min-height: %s; }
                .caption.start-compact { -fs-page-break-min-height: %s; }
                .keep { page-break-inside: avoid; }
                .figure { page-break-inside: avoid; margin: 2mm 0 5mm 0; }
                .figure .caption { margin-top: 1.5mm; font-weight: normal; font-style: italic; }
                .figure .attribution { font-size: 8pt; color: #555; margin: 0.5mm 0 0 0; }
                object.map { display: block; width: 166mm; height: 178mm; border: 0.4pt solid #c5ced8; }
                object.chart { display: block; width: 166mm; height: 78mm; }
                object.chart.tall { height: 105mm; }
                .nodata { margin: 6mm 0; padding: 5mm; border: 0.6pt solid #b8c2cc; background-color: #f6f7f9; color: #444; }
                .nodata strong { color: #1f3b5c; }
                .lead { font-size: 10pt; }
                .muted { color: #666; font-size: 8pt; }
                dl { margin: 0; }
                dt { font-weight: bold; margin-top: 2mm; page-break-after: avoid; }
                dd { margin: 0 0 1mm 6mm; }
                """.formatted(esc(title), FONT, esc(stand), FONT, esc(issuer), FONT, FONT, FONT, MIN_TABLE_START,
                MIN_COMPACT_TABLE_START);
    }

    private static void titlePage(StringBuilder h, Document d) {
        h.append("<div class=\"titlepage\"><div class=\"titlebar\"><p class=\"kicker\">Digitale Infrastruktur in ")
                .append("Sachsen-Anhalt</p><h1 class=\"title\">").append(esc(d.title())).append("</h1>")
                .append("<p class=\"stand\">Stand: ").append(Fmt.date(d.asOf())).append("</p></div>")
                .append("<div class=\"titlemeta\"><p>Herausgegeben von</p><p class=\"issuer\">")
                .append(esc(d.issuer())).append("</p><p>Jahresbericht ").append(d.year())
                .append(" zu Glasfaser, Mobilfunk/5G, Schulen ans Netz und dem Landesdatennetz ITN-XT</p>");
        if (d.demo()) {
            h.append("<p class=\"demo\">Dieser Bericht enthält Demodaten (synthetische Beispieldaten) in: ")
                    .append(esc(String.join(", ", d.demoDomains()))).append(". Diese Zahlen sind nicht amtlich; alle anderen ")
                    .append("Kapitel zeigen echte Daten oder sagen „keine Daten“.</p>");
        }
        h.append("</div><div class=\"titlefoot\">Erstellt mit Netzatlas aus dem Datenbestand zum Stichtag ")
                .append(Fmt.date(d.asOf())).append(". Datenquellen, Datenstände und Berechnungsweise: siehe Anhang.")
                .append("</div></div>");
    }

    private static void toc(StringBuilder h, Document d) {
        h.append("<div class=\"toc\"><h1 class=\"tochead\" style=\"page-break-before: auto\">Inhalt</h1><ul>");
        if (!d.foreword().isBlank()) {
            h.append("<li><a href=\"#").append(chapterAnchor("vorwort")).append("\">Vorwort</a></li>");
        }
        h.append("<li><a href=\"#").append(chapterAnchor(ReportAssembler.SUMMARY)).append("\">1 Zusammenfassung</a></li>");
        int n = 2;
        for (Chapter c : d.chapters()) {
            h.append("<li><a href=\"#").append(chapterAnchor(c.id())).append("\">").append(n++).append(' ')
                    .append(esc(c.title())).append("</a></li>");
        }
        h.append("<li><a href=\"#").append(chapterAnchor("anhang")).append("\">Anhang</a></li>");
        for (String[] sub : APPENDIX_PARTS) {
            h.append("<li class=\"sub\"><a href=\"#").append(sub[0]).append("\">").append(esc(sub[1]))
                    .append("</a></li>");
        }
        if (!d.imprint().isBlank()) {
            h.append("<li><a href=\"#").append(chapterAnchor("impressum")).append("\">Impressum</a></li>");
        }
        h.append("</ul></div>");
    }

    /** The PDF outline: one entry per chapter (as the table of contents), the appendix parts under "Anhang". */
    private static void bookmarks(StringBuilder h, Document d) {
        h.append("<bookmarks>");
        if (!d.foreword().isBlank()) {
            bookmark(h, "Vorwort", chapterAnchor("vorwort"), true);
        }
        bookmark(h, "1 Zusammenfassung", chapterAnchor(ReportAssembler.SUMMARY), true);
        int n = 2;
        for (Chapter c : d.chapters()) {
            bookmark(h, n++ + " " + c.title(), chapterAnchor(c.id()), true);
        }
        bookmark(h, "Anhang", chapterAnchor("anhang"), false);
        for (String[] sub : APPENDIX_PARTS) {
            bookmark(h, sub[1], sub[0], true);
        }
        h.append("</bookmark>");
        if (!d.imprint().isBlank()) {
            bookmark(h, "Impressum", chapterAnchor("impressum"), true);
        }
        h.append("</bookmarks>");
    }

    private static void bookmark(StringBuilder h, String name, String anchor, boolean close) {
        h.append("<bookmark name=\"").append(esc(name)).append("\" href=\"#").append(anchor).append("\">")
                .append(close ? "</bookmark>" : "");
    }

    /** The alternative text of a figure (PDF/UA: every figure has one): its kind and its caption. */
    static String altText(Block b) {
        if (b instanceof Chart c) {
            return (c.kind() == ReportModel.ChartKind.LINE ? "Liniendiagramm" : "Balkendiagramm") + ": " + c.caption()
                    + " (Werte: " + String.join(", ", c.series().stream().map(ReportModel.Series::name).toList())
                    + " über " + String.join(", ", c.categories()) + ")";
        }
        if (b instanceof MapFigure m) {
            return "Karte von Sachsen-Anhalt: " + m.caption();
        }
        return "";
    }

    static final String[][] APPENDIX_PARTS = {
            {"anhang-quellen", "A Datenquellen und Lizenzen"},
            {"anhang-stand", "B Datenstände je Kapitel"},
            {"anhang-methoden", "C Methodenhinweise"},
            {"anhang-glossar", "D Glossar"}};

    private static void summary(StringBuilder h, Document d) {
        h.append("<h1 id=\"").append(chapterAnchor(ReportAssembler.SUMMARY)).append("\">1 Zusammenfassung</h1>");
        h.append(Narrative.toXhtml(d.summaryNarrative()));
        h.append("<p class=\"caption\">Kennzahlen zum Stichtag ").append(Fmt.date(d.asOf()))
                .append(" und Veränderung gegenüber dem Vorjahr</p><table class=\"kpi\">");
        List<KpiTile> k = d.kpis();
        for (int i = 0; i < k.size(); i += 3) {
            h.append("<tr>");
            for (int j = i; j < i + 3; j++) {
                h.append("<td>");
                if (j < k.size()) {
                    tile(h, k.get(j));
                }
                h.append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table><p class=\"muted\">Ziele: Gigabitstrategie des Bundes (2022) und Gigabitstrategie ")
                .append("Sachsen-Anhalt 2025–2030; Berechnung der Kennzahlen siehe Anhang C.</p>");
    }

    private static void tile(StringBuilder h, KpiTile t) {
        h.append("<div class=\"label\">").append(esc(t.label())).append("</div>");
        h.append("<div class=\"value").append(t.hasData() ? "" : " none").append("\">").append(esc(t.valueText()))
                .append("</div>");
        if (!t.changeText().isEmpty()) {
            h.append("<div class=\"change\">").append(esc(t.changeText())).append("</div>");
        }
        for (String target : t.targetNotes()) {
            h.append("<div class=\"target\">").append(esc(target)).append("</div>");
        }
    }

    private static void chapter(StringBuilder h, Chapter c, int n, Document d, CompactColumns.TextWidth width) {
        h.append("<h1 id=\"").append(chapterAnchor(c.id())).append("\">").append(n).append(' ')
                .append(esc(c.title())).append("</h1>");
        h.append(Narrative.toXhtml(c.narrative()));
        if (!c.hasData()) {
            h.append("<div class=\"nodata\"><strong>keine Daten</strong> – ").append(esc(c.noDataNote()))
                    .append(" (Stichtag ").append(Fmt.date(d.asOf())).append(")</div>");
            return;
        }
        for (Block b : c.blocks()) {
            block(h, b, width);
        }
    }

    private static void block(StringBuilder h, Block b, CompactColumns.TextWidth width) {
        if (b instanceof Heading x) {
            h.append("<h2>").append(esc(x.text())).append("</h2>");
        } else if (b instanceof Paragraph x) {
            h.append("<p class=\"lead\">").append(esc(x.text())).append("</p>");
        } else if (b instanceof Table t) {
            table(h, t, width);
        } else if (b instanceof Chart c) {
            h.append("<div class=\"figure\"><object type=\"").append(FIGURE_TYPE)
                    .append("\" class=\"chart").append(c.kind() == ReportModel.ChartKind.BAR
                            && c.categories().size() > 8 ? " tall" : "").append("\" data-id=\"")
                    .append(esc(c.id())).append("\" title=\"").append(esc(c.caption()))
                    .append("\" alt=\"").append(esc(altText(c)))
                    .append("\"></object><p class=\"caption\">").append(esc(c.caption()))
                    .append("</p></div>");
        } else if (b instanceof MapFigure m) {
            h.append("<div class=\"figure\"><object type=\"").append(FIGURE_TYPE)
                    .append("\" class=\"map\" data-id=\"").append(esc(m.id())).append("\" title=\"")
                    .append(esc(m.caption())).append("\" alt=\"").append(esc(altText(m)))
                    .append("\"></object><p class=\"caption\">").append(esc(m.caption())).append("</p>")
                    .append("<p class=\"attribution\">").append(esc(MAP_ATTRIBUTION)).append("</p></div>");
        } else if (b instanceof ItemList l) {
            h.append("<p class=\"caption\">").append(esc(l.caption())).append("</p>");
            if (l.items().isEmpty()) {
                h.append("<p>").append(esc(l.emptyText())).append("</p>");
            } else {
                h.append("<ul>");
                l.items().forEach(i -> h.append("<li>").append(esc(i)).append("</li>"));
                h.append("</ul>");
            }
        }
    }

    private static void table(StringBuilder h, Table t, CompactColumns.TextWidth width) {
        // short tables stay in one piece with their caption; long ones break with repeated header rows
        boolean small = t.rows().size() <= 12;
        h.append(small ? "<div class=\"keep\">" : "");
        h.append("<p class=\"caption").append(small ? "" : t.compact() ? " start-compact" : " start").append("\">")
                .append(esc(t.caption())).append("</p>");
        h.append("<table class=\"data").append(t.compact() ? " compact" : "").append("\">");
        if (t.compact()) {
            h.append("<colgroup>");
            for (double w : CompactColumns.widths(t, width)) {
                h.append("<col style=\"width: ").append(String.format(java.util.Locale.ROOT, "%.1f", w)).append("%\"/>");
            }
            h.append("</colgroup>");
        }
        h.append("<thead><tr>");
        for (Column c : t.columns()) {
            h.append("<th").append(c.align() == ReportModel.Align.RIGHT ? " class=\"r\"" : "").append(">")
                    .append(esc(c.title())).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        if (t.rows().isEmpty()) {
            h.append("<tr><td colspan=\"").append(t.columns().size()).append("\">Keine Einträge.</td></tr>");
        }
        int i = 0;
        for (List<String> row : t.rows()) {
            h.append("<tr").append(i++ % 2 == 1 ? " class=\"even\"" : "").append(">");
            cells(h, t, row);
            h.append("</tr>");
        }
        if (!t.totals().isEmpty()) {
            h.append("<tr class=\"total\">");
            cells(h, t, t.totals());
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        h.append(small ? "</div>" : "");
    }

    private static void cells(StringBuilder h, Table t, List<String> row) {
        for (int c = 0; c < t.columns().size(); c++) {
            String v = c < row.size() ? row.get(c) : "";
            h.append("<td").append(cellClass(t, t.columns().get(c), v)).append(">").append(esc(v))
                    .append("</td>");
        }
    }

    /**
     * Right-aligned numbers; in compact register lists every column but the first two keeps its
     * text on one line (Kreis, status, date), and a set "überfällig" marker is set off in red.
     */
    private static String cellClass(Table t, Column c, String value) {
        StringBuilder cls = new StringBuilder(c.align() == ReportModel.Align.RIGHT ? "r" : "");
        if (t.compact() && t.columns().indexOf(c) >= 2) {
            cls.append(cls.isEmpty() ? "" : " ").append("nw");
        }
        if (t.compact() && c.title().equals(OpenItemsTable.OVERDUE) && !value.isEmpty()) {
            cls.append(" flag");
        }
        return cls.isEmpty() ? "" : " class=\"" + cls + "\"";
    }

    private static void appendix(StringBuilder h, Document d) {
        h.append("<h1 id=\"").append(chapterAnchor("anhang")).append("\">Anhang</h1>");
        h.append("<h2 id=\"").append(APPENDIX_PARTS[0][0]).append("\">").append(APPENDIX_PARTS[0][1]).append("</h2><ul>");
        d.appendix().attributions().forEach(a -> h.append("<li>").append(esc(a)).append("</li>"));
        h.append("</ul>");
        h.append("<h2 id=\"").append(APPENDIX_PARTS[1][0]).append("\">").append(APPENDIX_PARTS[1][1]).append("</h2>");
        h.append("<table class=\"data\"><thead><tr><th>Kapitel</th><th>Datenstand und Quelle</th></tr></thead><tbody>");
        int i = 0;
        for (Map.Entry<String, String> e : d.appendix().dataStands()) {
            h.append("<tr").append(i++ % 2 == 1 ? " class=\"even\"" : "").append("><td>").append(esc(e.getKey()))
                    .append("</td><td>").append(esc(e.getValue())).append("</td></tr>");
        }
        h.append("</tbody></table>");
        dl(h, APPENDIX_PARTS[2], d.appendix().methods());
        dl(h, APPENDIX_PARTS[3], d.appendix().glossary());
        if (!d.imprint().isBlank()) {
            h.append("<h1 id=\"").append(chapterAnchor("impressum")).append("\">Impressum</h1>")
                    .append(Narrative.toXhtml(d.imprint()));
        }
    }

    private static void dl(StringBuilder h, String[] part, List<Map.Entry<String, String>> entries) {
        h.append("<h2 id=\"").append(part[0]).append("\">").append(part[1]).append("</h2><dl>");
        for (Map.Entry<String, String> e : entries) {
            h.append("<dt>").append(esc(e.getKey())).append("</dt><dd>").append(esc(e.getValue()))
                    .append("</dd>");
        }
        h.append("</dl>");
    }
}
