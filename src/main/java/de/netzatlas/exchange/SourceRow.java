package de.netzatlas.exchange;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * One data row of a source file: its number as the user sees it (file line, sheet row, feature
 * number), the cells as text in header order, and for GeoJSON the geometry (else null).
 */
public record SourceRow(long row, List<String> cells, Geometry geometry) {

    public String cell(int index) {
        return index < 0 || index >= cells.size() ? "" : cells.get(index);
    }
}
