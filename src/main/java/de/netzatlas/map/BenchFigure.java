package de.netzatlas.map;

import java.util.Arrays;
import java.util.Locale;

/** One benchmark result, printed as {@code name<TAB>value<TAB>unit}. */
public record BenchFigure(String name, double value, String unit) {

    public String line() {
        return name + '\t' + String.format(Locale.ROOT, "%.3f", value) + '\t' + unit;
    }

    /** Median of the samples (they are sorted in place). */
    public static double median(double[] samples) {
        Arrays.sort(samples);
        int n = samples.length;
        return n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    }
}
