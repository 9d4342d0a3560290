package de.netzatlas.exchange;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * One data row of a source file: its number as the user sees it (file line, sheet row, feature
 * number), the cells as text in header order, for GeoJSON the geometry (else null), and what the
 * reader found wrong with the row's shape (more cells than the header, a cut-off last row), else null.
 */
public record SourceRow(long row, List<String> cells, Geometry geometry, String defect) {

    public SourceRow(long row, List<String> cells, Geometry geometry) {
        this(row, cells, geometry, null);
    }

    public String cell(int index) {
        return index < 0 || index >= cells.size() ? "" : cells.get(index);
    }
}
