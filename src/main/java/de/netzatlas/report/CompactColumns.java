package de.netzatlas.report;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import de.netzatlas.report.ReportModel.Table;

/**
 * Column widths of a compact register list (many rows in 7 pt type). openhtmltopdf's automatic table
 * layout gives short columns room they do not need and wraps long names; a fixed layout whose widths
 * come from the texts measured in the embedded font keeps Kreis, status and dates on one line and
 * looks the same on every page.
 */
final class CompactColumns {

    /** Width in mm of a text in the compact table type (7 pt), regular or bold: the real font's metrics. */
    @FunctionalInterface
    interface TextWidth {
        double mm(String text, boolean bold);
    }

    /** The text line of a page (A4 less margins), in mm. */
    static final double LINE_MM = 166;
    /** Left and right padding of a compact cell (CSS: 1.2 mm each) and a little air, in mm. */
    private static final double PADDING_MM = 2 * 1.2 + 0.8;

    private CompactColumns() {
    }

    /**
     * Column widths in % for a compact register list. Columns from the third on (Kreis, status,
     * date, marker) keep their text on one line and get their widest text (for the header: its
     * widest word, as headers may wrap). The first two (names) share the rest so that the list takes
     * as few lines as possible (ties: the split nearest to their widest texts' ratio). When everything
     * fits on one line, each column simply gets its widest text, scaled to the line.
     */
    static double[] widths(Table t, TextWidth width) {
        int n = t.columns().size();
        double[] header = new double[n];
        double[][] cells = new double[n][];
        double[] widest = new double[n];
        for (int c = 0; c < n; c++) {
            for (String word : t.columns().get(c).title().split("[ /]")) {
                header[c] = Math.max(header[c], width.mm(word, true) + PADDING_MM);
            }
            final int col = c;
            cells[c] = t.rows().stream()
                    .mapToDouble(r -> width.mm(col < r.size() ? r.get(col) : "", false) + PADDING_MM).toArray();
            widest[c] = Math.max(header[c], Arrays.stream(cells[c]).max().orElse(0));
        }
        double[] out = widest.clone();
        if (Arrays.stream(widest).sum() > LINE_MM && n > 2) {
            double free = Math.max(LINE_MM - Arrays.stream(widest).skip(2).sum(), LINE_MM / 3);
            double ideal = free * widest[0] / (widest[0] + widest[1]);
            double best = ideal;
            long fewest = Long.MAX_VALUE;
            for (double w0 = header[0]; w0 <= free - header[1]; w0 += 0.5) {
                double a = w0;
                long lines = IntStream.range(0, t.rows().size())
                        .mapToLong(r -> Math.max(lines(cells[0][r], a), lines(cells[1][r], free - a))).sum();
                if (lines < fewest || lines == fewest && Math.abs(w0 - ideal) < Math.abs(best - ideal)) {
                    fewest = lines;
                    best = w0;
                }
            }
            out[0] = best;
            out[1] = free - best;
        }
        double sum = Arrays.stream(out).sum();
        for (int c = 0; c < n; c++) {
            out[c] = 100 * out[c] / sum;
        }
        return out;
    }

    /** Lines a text of {@code need} mm (padding included) takes in a column {@code width} mm wide (estimate). */
    private static long lines(double need, double width) {
        return need <= width ? 1 : (long) Math.ceil(1.1 * (need - PADDING_MM) / (width - PADDING_MM));
    }
}
