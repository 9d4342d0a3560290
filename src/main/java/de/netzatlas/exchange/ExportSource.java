package de.netzatlas.exchange;

import java.util.List;
import java.util.function.Consumer;

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

    record Column(String key, TargetField.FieldType type) {
    }

    /** Values in column order (String, Integer/Long, BigDecimal, LocalDate, Boolean or null); geometry or null. */
    record Row(List<Object> values, Geometry geometry) {
    }
}
