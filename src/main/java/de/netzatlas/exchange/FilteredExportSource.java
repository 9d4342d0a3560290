package de.netzatlas.exchange;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** An {@link ExportSource} restricted to some of its rows ({@link ExportSource#filtered}). */
final class FilteredExportSource implements ExportSource {

    private final ExportSource source;
    private final String label;
    private final Predicate<Row> keep;

    FilteredExportSource(ExportSource source, String label, Predicate<Row> keep) {
        this.source = source;
        this.label = label == null ? source.label() : label;
        this.keep = keep;
    }

    @Override
    public String id() {
        return source.id();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<Column> columns() {
        return source.columns();
    }

    @Override
    public void rows(Consumer<Row> sink) {
        source.rows(row -> {
            if (keep.test(row)) {
                sink.accept(row);
            }
        });
    }
}
