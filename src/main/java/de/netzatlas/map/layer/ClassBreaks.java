package de.netzatlas.map.layer;

import java.util.Arrays;

/**
 * Classes for a choropleth: {@code k} classes given by {@code k + 1} ascending limits from the
 * smallest to the largest value. Quantiles put about the same number of regions in each class
 * (good for skewed data such as density); equal intervals keep the value steps equal (easy to read).
 */
public record ClassBreaks(Method method, double[] limits) {

    public enum Method { QUANTILES, EQUAL_INTERVALS }

    public static ClassBreaks of(Method method, double[] values, int classes) {
        return method == Method.QUANTILES ? quantiles(values, classes) : equalIntervals(values, classes);
    }

    public static ClassBreaks equalIntervals(double[] values, int classes) {
        double[] v = finiteSorted(values);
        double min = v[0];
        double max = v[v.length - 1];
        double[] limits = new double[classes + 1];
        for (int i = 0; i <= classes; i++) {
            limits[i] = min + (max - min) * i / classes;
        }
        return new ClassBreaks(Method.EQUAL_INTERVALS, limits);
    }

    /** Limits at the i/k quantiles (linear interpolation between order statistics). */
    public static ClassBreaks quantiles(double[] values, int classes) {
        double[] v = finiteSorted(values);
        double[] limits = new double[classes + 1];
        for (int i = 0; i <= classes; i++) {
            double pos = (v.length - 1) * (double) i / classes;
            int lo = (int) Math.floor(pos);
            int hi = Math.min(v.length - 1, lo + 1);
            limits[i] = v[lo] + (v[hi] - v[lo]) * (pos - lo);
        }
        return new ClassBreaks(Method.QUANTILES, limits);
    }

    private static double[] finiteSorted(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            throw new IllegalArgumentException("keine Werte zum Klassieren");
        }
        return v;
    }

    public int classes() {
        return limits.length - 1;
    }

    /** Class 0..k-1 of a value (values outside the range go to the first or last class); -1 for NaN. */
    public int classOf(double value) {
        if (!Double.isFinite(value)) {
            return -1;
        }
        for (int i = 1; i < limits.length - 1; i++) {
            if (value < limits[i]) {
                return i - 1;
            }
        }
        return classes() - 1;
    }

    public double lower(int cls) {
        return limits[cls];
    }

    public double upper(int cls) {
        return limits[cls + 1];
    }
}
