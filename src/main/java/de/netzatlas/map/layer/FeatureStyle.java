package de.netzatlas.map.layer;

/**
 * How one feature (or one class of features) is drawn: fill and outline colour (ARGB), outline
 * width, point symbol and size (diameter in logical pixels; ignored for lines and areas).
 */
public record FeatureStyle(int fill, int stroke, double strokeWidth, Symbol symbol, double size) {

    public static FeatureStyle point(int fill, Symbol symbol, double size) {
        return new FeatureStyle(fill, 0xFFFFFFFF, 1.0, symbol, size);
    }

    public static FeatureStyle area(int fill, int stroke, double strokeWidth) {
        return new FeatureStyle(fill, stroke, strokeWidth, Symbol.SQUARE, 12);
    }

    public static FeatureStyle line(int stroke, double width) {
        return new FeatureStyle(0, stroke, width, Symbol.SQUARE, 12);
    }

    /** Opaque RGB plus alpha 0..1 as ARGB. */
    public static int argb(int rgb, double alpha) {
        return ((int) Math.round(alpha * 255) << 24) | (rgb & 0xFFFFFF);
    }
}
