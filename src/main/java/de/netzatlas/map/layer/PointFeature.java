package de.netzatlas.map.layer;

import java.util.List;

/** A point to draw: its id, label, position (WGS84), style class and the lines the side panel shows. */
public record PointFeature(String id, String label, double lat, double lon, String category, List<String> details) {
}
