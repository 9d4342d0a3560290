package de.netzatlas.exchange;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Drops the footnote lines at the end of a table (GENESIS "Stand:", "©", "___") while streaming:
 * a row that looks like a footnote is held back; if a fuller row follows, the held rows were data
 * after all and come out in their order (the validator judges them), and whatever is still held
 * when the table ends is dropped. Shared by the CSV and XLSX readers.
 */
final class TrailingFootnotes {

    private final Deque<SourceRow> held = new ArrayDeque<>();
    private final Deque<SourceRow> ready = new ArrayDeque<>();

    /** The next row released earlier (data that only looked like a footnote), or null. */
    SourceRow poll() {
        return ready.poll();
    }

    /**
     * Offers the next row read; returns the row to hand out now, or null when it is held back
     * (a possible footnote) and the reader should read on.
     */
    SourceRow offer(SourceRow row, boolean looksLikeFootnote) {
        if (looksLikeFootnote) {
            held.add(row);
            return null;
        }
        if (held.isEmpty()) {
            return row;
        }
        ready.addAll(held);
        held.clear();
        ready.add(row);
        return ready.poll();
    }

    /** At the end of the table: what is still held are footnotes. */
    void end() {
        held.clear();
    }
}
