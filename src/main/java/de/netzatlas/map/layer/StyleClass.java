package de.netzatlas.map.layer;

/** A style class of a layer (status, type, value class): key, legend label and style. */
public record StyleClass(String key, String label, FeatureStyle style) {
}
