package de.netzatlas.map.layer;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * A line or area to draw: id, label, geometry (WGS84, x = lon), style class or value (NaN if
 * none) and the lines the side panel shows.
 */
public record ShapeFeature(String id, String label, Geometry geometry, String category, double value,
                           List<String> details) {
}
