package de.netzatlas.map.layer;

/** One line of a layer's legend: a swatch drawn in the layer's style and its label. */
public record LegendEntry(String label, FeatureStyle style, Kind kind) {

    public enum Kind { POINT, LINE, AREA }
}
