package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.netzatlas.report.ReportModel.Column;
import de.netzatlas.report.ReportModel.Table;

/** Compact register lists: short columns keep their text on one line, the names share the rest. */
class CompactColumnsTest {

    /** 1 mm per character, bold or not: easy to reason about. */
    private static final CompactColumns.TextWidth MM_PER_CHAR = (text, bold) -> text.length();

    private static Table table(List<List<String>> rows) {
        return new Table("Liste", "Tabelle", List.of(Column.left("Name"), Column.left("Ort"), Column.left("Kreis"),
                Column.left("Status")), rows, List.of(), true);
    }

    @Test
    void aListThatFitsGetsItsWidestTextsScaledToTheLine() {
        double[] w = CompactColumns.widths(table(List.of(List.of("a".repeat(30), "b".repeat(20), "c".repeat(10),
                "d".repeat(10)))), MM_PER_CHAR);
        assertEquals(100, Arrays.stream(w).sum(), 1e-9);
        assertEquals(w[2], w[3], 1e-9);
        assertTrue(w[0] > w[1] && w[1] > w[2]);
    }

    @Test
    void tooWideAListKeepsShortColumnsWholeAndWrapsTheFewLongNames() {
        List<List<String>> rows = List.of(
                List.of("n".repeat(40), "o".repeat(100), "Kreis".repeat(6), "geplant"),
                List.of("n".repeat(40), "o".repeat(30), "k", "s"),
                List.of("n".repeat(40), "o".repeat(30), "k", "s"));
        double[] w = CompactColumns.widths(table(rows), MM_PER_CHAR);
        double mm = CompactColumns.LINE_MM / 100;
        assertEquals(100, Arrays.stream(w).sum(), 1e-9);
        assertTrue(w[2] * mm >= 30, "Kreis on one line: " + w[2] * mm);
        assertTrue(w[0] * mm >= 40, "every name fits: " + w[0] * mm);
        assertTrue(w[1] * mm >= 30 && w[1] * mm < 100, "only the one long entry wraps: " + w[1] * mm);
    }
}
