package de.netzatlas.exchange;

import java.util.List;

/**
 * A source file read as a table, row by row (streaming: a million rows never sit in memory). The
 * header names the columns; {@link #next()} returns null at the end. File-level problems (not
 * readable, wrong format, projected coordinates …) go into the {@link Problems} given at opening.
 */
public interface TableReader extends AutoCloseable {

    List<String> header();

    /** The row number of the header (for problems that concern a column as a whole). */
    long headerRow();

    /** The next data row, or null at the end (or when the file turned out unreadable: see problems). */
    SourceRow next();

    /** Bytes consumed so far and total, for progress; total 0 when unknown. */
    default long position() {
        return 0;
    }

    @Override
    void close();
}
