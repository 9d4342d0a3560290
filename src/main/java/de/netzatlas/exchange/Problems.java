package de.netzatlas.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The problem report of one import: every finding. Keeps at most {@link #LIMIT} entries (a million
 * broken rows must not exhaust memory) but counts all of them. Thread-safe: while an import writes,
 * its rows are read and validated on a second thread, and both report here.
 */
public final class Problems {

    public static final int LIMIT = 10_000;

    private final String file;
    private final List<Problem> list = new ArrayList<>();
    private long errors;
    private long warnings;

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public synchronized void add(Problem p) {
        if (p.isError()) {
            errors++;
        } else {
            warnings++;
        }
        if (list.size() < LIMIT) {
            list.add(p);
        }
    }

    /** Takes over every finding of {@code other} (counts exactly, keeps entries up to the limit). */
    public synchronized void addAll(Problems other) {
        errors += other.errors;
        warnings += other.warnings;
        for (Problem p : other.list) {
            if (list.size() >= LIMIT) {
                break;
            }
            list.add(p);
        }
    }

    public void error(long row, String column, String value, String message) {
        add(Problem.error(file, row, column, value, message));
    }

    public void warning(long row, String column, String value, String message) {
        add(Problem.warning(file, row, column, value, message));
    }

    public synchronized long errorCount() {
        return errors;
    }

    public synchronized long warningCount() {
        return warnings;
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    /** The findings sorted by row (file-level ones, row 0, first; equal rows in the order found). */
    public synchronized List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparingLong(Problem::row));
        return Collections.unmodifiableList(sorted);
    }

    /** Writes the report as CSV (German Excel conventions: {@code ;}, UTF-8 with BOM). */
    public static void writeCsv(List<Problem> problems, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            p.printRecord("Datei", "Zeile", "Spalte", "Wert", "Meldung", "Schwere");
            for (Problem pr : problems) {
                p.printRecord(de.netzatlas.common.SpreadsheetText.cells(pr.file(), pr.row(), pr.column(),
                        pr.value() == null ? "" : pr.value(), pr.message(), pr.severity().label()));
            }
        }
    }
}
