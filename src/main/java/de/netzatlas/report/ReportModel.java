package de.netzatlas.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's document model: plain, immutable records that say what the report contains, not how
 * it looks. {@link ReportAssembler} builds it from the data as of a cut-off date; the PDF renderer,
 * the XLSX export and the tests read it. Formatted strings are final German text (figures already
 * rounded the way the report prints them); raw values sit next to them where tests need them.
 */
public final class ReportModel {

    private ReportModel() {
    }

    /**
     * The whole report. {@code demo}: some chapter rests on demo data (every page says so);
     * {@code demoDomains} names those chapters (the title page lists them) — a domain with any real
     * record never shows its demo records. {@code basis}: per chapter id, each record behind the
     * figures (label → its state on the cut-off day), so that a later diff can say which records
     * changed a figure. {@code foreword} and {@code imprint}: the year's Vorwort (after the table
     * of contents) and Impressum (last page), empty when none was written.
     */
    public record Document(int year, LocalDate asOf, String title, String issuer, boolean demo,
                           String summaryNarrative, List<KpiTile> kpis, List<Chapter> chapters,
                           Appendix appendix, List<String> demoDomains, Map<String, Map<String, String>> basis,
                           String foreword, String imprint) {
        public Document {
            kpis = List.copyOf(kpis);
            chapters = List.copyOf(chapters);
            demoDomains = List.copyOf(demoDomains);
            java.util.Map<String, Map<String, String>> b = new java.util.TreeMap<>();
            (basis == null ? Map.<String, Map<String, String>>of() : basis)
                    .forEach((k, v) -> b.put(k, java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(v))));
            basis = java.util.Collections.unmodifiableMap(b);
            foreword = foreword == null ? "" : foreword;
            imprint = imprint == null ? "" : imprint;
        }

        public Document(int year, LocalDate asOf, String title, String issuer, boolean demo, String summaryNarrative,
                        List<KpiTile> kpis, List<Chapter> chapters, Appendix appendix) {
            this(year, asOf, title, issuer, demo, summaryNarrative, kpis, chapters, appendix,
                    demo ? List.of("alle Kapitel") : List.of(), Map.of(), "", "");
        }

        public Optional<Chapter> chapter(String id) {
            return chapters.stream().filter(c -> c.id().equals(id)).findFirst();
        }

        /** Every table of the report, in order (the XLSX workbook has one sheet per table). */
        public List<Table> tables() {
            return chapters.stream().flatMap(c -> c.blocks().stream())
                    .filter(Table.class::isInstance).map(Table.class::cast).toList();
        }
    }

    /**
     * One key figure: its value at the cut-off (null: no data), the value a year earlier (null: none),
     * the unit ("%" shares are 0–100), and the distance to the federal and the state target.
     */
    public record KpiTile(String id, String label, Double value, Double previous, String unit, String valueText,
                          String changeText, List<String> targetNotes, String method) {
        public KpiTile {
            targetNotes = List.copyOf(targetNotes);
        }

        public boolean hasData() {
            return value != null;
        }
    }

    /**
     * A chapter: its narrative (the editable text of this year, may be empty), whether any data
     * backs it, and its blocks. A chapter without data carries only the "keine Daten" note.
     */
    public record Chapter(String id, String title, String narrative, boolean hasData, String noDataNote,
                          List<Block> blocks, String dataStand) {
        public Chapter {
            blocks = List.copyOf(blocks);
        }
    }

    /** A piece of chapter content. */
    public sealed interface Block permits Heading, Paragraph, Table, Chart, MapFigure, ItemList {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public enum Align { LEFT, RIGHT }

    public record Column(String title, Align align) {
        public static Column left(String title) {
            return new Column(title, Align.LEFT);
        }

        public static Column right(String title) {
            return new Column(title, Align.RIGHT);
        }
    }

    /**
     * A table; {@code sheet} names it in the XLSX workbook (≤ 31 characters); totals may be empty.
     * A {@code compact} table is a long register list, printed in a smaller type.
     */
    public record Table(String sheet, String caption, List<Column> columns, List<List<String>> rows,
                        List<String> totals, boolean compact) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            totals = List.copyOf(totals);
        }

        public Table(String sheet, String caption, List<Column> columns, List<List<String>> rows, List<String> totals) {
            this(sheet, caption, columns, rows, totals, false);
        }

        /** The values of column {@code title} in row order (for tests and exports). */
        public List<String> column(String title) {
            int c = columns.stream().map(Column::title).toList().indexOf(title);
            if (c < 0) {
                throw new IllegalArgumentException("Keine Spalte „" + title + "“ in " + sheet);
            }
            return rows.stream().map(r -> c < r.size() ? r.get(c) : "").toList();
        }
    }

    public enum ChartKind { LINE, BAR }

    /** A series of values over the chart's categories (null: no value for that category). */
    public record Series(String name, List<Double> values, boolean dashed) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** A chart over categories (years, statuses …), drawn as vector graphics. */
    public record Chart(String id, String caption, ChartKind kind, String valueAxis, List<String> categories,
                        List<Series> series, boolean percent) implements Block {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** A point on a site map. */
    public record MapPoint(String id, String label, double lat, double lon, String category) {
    }

    /**
     * A map figure of the whole state: a choropleth of values per region (AGS → value; regions
     * missing are drawn grey) and/or points in categories (category → colour from {@code categories}).
     */
    public record MapFigure(String id, String caption, String valueTitle, Map<String, Double> values,
                            String valueFormat, List<MapPoint> points, Map<String, Integer> categories)
            implements Block {
        public MapFigure {
            values = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(values));
            points = List.copyOf(points);
            categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
        }
    }

    public record ItemList(String caption, List<String> items, String emptyText) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    /** Anhang: attributions and licences, data stands per chapter, method notes per KPI, glossary. */
    public record Appendix(List<String> attributions, List<Map.Entry<String, String>> dataStands,
                           List<Map.Entry<String, String>> methods, List<Map.Entry<String, String>> glossary) {
        public Appendix {
            attributions = List.copyOf(attributions);
            dataStands = List.copyOf(dataStands);
            methods = List.copyOf(methods);
            glossary = List.copyOf(glossary);
        }
    }
}
