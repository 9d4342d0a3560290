package de.netzatlas.map.layer;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Regions filled by a value in classes (quantiles or equal intervals) with a colour-blind-safe
 * sequential palette, and a legend with the class limits. Regions without a value are grey.
 */
public final class ChoroplethLayer extends ShapeLayer {

    static final int NO_VALUE = 0xFFD9D9D9;
    static final int OUTLINE = 0xB0FFFFFF;

    private final ClassBreaks breaks;
    private final int[] colours;

    private ChoroplethLayer(String id, String title, ClassBreaks breaks, int[] colours, List<LegendEntry> legend,
                            String note) {
        super(id, title, f -> style(breaks, colours, f.value()), legend, note);
        this.breaks = breaks;
        this.colours = colours;
    }

    /**
     * @param features regions with their {@link ShapeFeature#value()}
     * @param format   formats the class limits in the legend (e.g. German integers)
     * @param unit     appended to the legend note, e.g. "Einwohner je km²"
     */
    public static ChoroplethLayer of(String id, String title, List<ShapeFeature> features, ClassBreaks.Method method,
                                     int classes, Palette palette, NumberFormat format, String note) {
        double[] values = features.stream().mapToDouble(ShapeFeature::value).toArray();
        ClassBreaks breaks = ClassBreaks.of(method, values, classes);
        int[] colours = palette.colours(classes);
        List<LegendEntry> legend = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            String label = format.format(breaks.lower(c)) + " – " + format.format(breaks.upper(c));
            legend.add(new LegendEntry(label, FeatureStyle.area(colours[c], OUTLINE, 0.6), LegendEntry.Kind.AREA));
        }
        if (features.stream().anyMatch(f -> !Double.isFinite(f.value()))) {
            legend.add(new LegendEntry("–", style(breaks, colours, Double.NaN), LegendEntry.Kind.AREA));
        }
        ChoroplethLayer layer = new ChoroplethLayer(id, title, breaks, colours, legend, note);
        layer.setAreaOutlineFromZoom(8.5);
        layer.setFeatures(features);
        return layer;
    }

    /**
     * A layer with fixed class limits (the same classes for every data stand, so maps of two
     * stands compare at a glance), one colour and legend label per class, and a legend entry
     * {@code noDataLabel} for regions without a value (drawn grey) when there are any.
     */
    public static ChoroplethLayer fixed(String id, String title, List<ShapeFeature> features, ClassBreaks breaks,
                                        int[] colours, List<String> labels, String noDataLabel, String note) {
        if (colours.length != breaks.classes() || labels.size() != breaks.classes()) {
            throw new IllegalArgumentException("je Klasse eine Farbe und eine Beschriftung");
        }
        List<LegendEntry> legend = new ArrayList<>();
        for (int c = 0; c < breaks.classes(); c++) {
            legend.add(new LegendEntry(labels.get(c), FeatureStyle.area(colours[c], OUTLINE, 0.6),
                    LegendEntry.Kind.AREA));
        }
        if (features.stream().anyMatch(f -> !Double.isFinite(f.value()))) {
            legend.add(new LegendEntry(noDataLabel, style(breaks, colours, Double.NaN), LegendEntry.Kind.AREA));
        }
        ChoroplethLayer layer = new ChoroplethLayer(id, title, breaks, colours.clone(), legend, note);
        layer.setAreaOutlineFromZoom(8.5);
        layer.setFeatures(features);
        return layer;
    }

    private static FeatureStyle style(ClassBreaks breaks, int[] colours, double value) {
        int cls = breaks.classOf(value);
        return FeatureStyle.area(cls < 0 ? NO_VALUE : colours[cls], OUTLINE, 0.6);
    }

    public ClassBreaks breaks() {
        return breaks;
    }

    /** The fill colour (ARGB) a value gets. */
    public int colourOf(double value) {
        int cls = breaks.classOf(value);
        return cls < 0 ? NO_VALUE : colours[cls];
    }
}
