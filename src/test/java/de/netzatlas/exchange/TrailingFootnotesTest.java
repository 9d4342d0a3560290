package de.netzatlas.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrailingFootnotesTest {

    private static SourceRow row(long n, String... cells) {
        return new SourceRow(n, List.of(cells), null);
    }

    /** Streams rows through the buffer as a reader does; footnote = only the first cell filled. */
    private static List<Long> stream(List<SourceRow> rows) {
        TrailingFootnotes footnotes = new TrailingFootnotes();
        List<Long> out = new ArrayList<>();
        for (SourceRow r : rows) {
            SourceRow released;
            while ((released = footnotes.poll()) != null) {
                out.add(released.row());
            }
            SourceRow now = footnotes.offer(r, r.cells().stream().filter(c -> !c.isBlank()).count() <= 1);
            if (now != null) {
                out.add(now.row());
            }
        }
        SourceRow released;
        while ((released = footnotes.poll()) != null) {
            out.add(released.row());
        }
        footnotes.end();
        assertNull(footnotes.poll());
        return out;
    }

    @Test
    void footnotesAtTheEndAreDroppedSparseRowsInTheMiddleKeptInOrder() {
        List<Long> lines = stream(List.of(
                row(1, "15001000", "Dessau", "1"),
                row(2, "Zwischenzeile", "", ""),
                row(3, "Noch eine", "", ""),
                row(4, "15002000", "Halle", "2"),
                row(5, "Stand: 31.12.2024", "", ""),
                row(6, "© Statistisches Landesamt", "", "")));
        assertEquals(List.of(1L, 2L, 3L, 4L), lines);
    }
}
