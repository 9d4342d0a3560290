package de.netzatlas.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.locationtech.jts.geom.Geometry;

/**
 * Something that can be exported: named, typed columns (their keys are the import field keys, so an
 * exported file imports back unchanged) and rows streamed to a consumer, each with an optional geometry.
 * The registers export through {@link AssetExportSource} (decision notes 0012, 0015).
 */
public interface ExportSource {

    String id();

    String label();

    List<Column> columns();

    /** Streams every row (in a stable order) to {@code sink}. */
    void rows(Consumer<Row> sink);

    /**
     * This source narrowed to the rows {@code keep} accepts (e.g. what a filtered list shows): same id
     * and columns, rows in the same order, still streamed; {@code label} names the selection.
     */
    default ExportSource filtered(String label, Predicate<Row> keep) {
        return new FilteredExportSource(this, label, keep);
    }

    /**
     * Narrowed to the rows whose first column – the natural key: project id, Schulnummer, site id … –
     * is one of {@code keys} (compared as text).
     */
    default ExportSource withKeys(String label, Collection<String> keys) {
        Set<String> wanted = Set.copyOf(keys);
        return filtered(label, row -> !row.values().isEmpty() && row.values().get(0) != null
                && wanted.contains(row.values().get(0).toString()));
    }

    record Column(String key, TargetField.FieldType type) {
    }

    /**
     * Values in column order (String, Integer/Long, BigDecimal, LocalDate, Boolean or null); geometry or
     * null; whether the row is synthetic demo data (the {@link Exporter} never writes those, decision 0017).
     */
    record Row(List<Object> values, Geometry geometry, boolean demo) {
        public Row(List<Object> values, Geometry geometry) {
            this(values, geometry, false);
        }
    }
}
