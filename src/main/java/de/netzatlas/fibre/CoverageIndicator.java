package de.netzatlas.fibre;

import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The coverage indicators the map, the detail panel and reports offer, each a share of households
 * in percent (0 … 100) derived from {@link CoverageFigures} (household-weighted for Kreis and Land),
 * with fixed class limits for maps (the same for every stand, so two stands compare at a glance)
 * and whether a high value is good (gigabit) or bad (weiße/graue Flecken).
 */
public enum CoverageIndicator {

    /** Households with ≥ 1000 Mbit/s, any technology. */
    GIGABIT("gigabit", CoverageFigures::gigabitShare, true, 0, 20, 40, 60, 80, 100),
    /** Households that can book FTTB or FTTH. */
    FTTBH("fttbh", CoverageFigures::fttbhShare, true, 0, 20, 40, 60, 80, 100),
    /** Households with ≥ 100 Mbit/s. */
    AT_LEAST_100("atLeast100", f -> 1 - f.greySpotShare(), true, 0, 50, 70, 80, 90, 100),
    /** Households with ≥ 30 Mbit/s. */
    AT_LEAST_30("atLeast30", f -> 1 - f.whiteSpotShare(), true, 0, 80, 90, 95, 98, 100),
    /** Weiße Flecken: households below 30 Mbit/s. */
    WHITE_SPOTS("whiteSpots", CoverageFigures::whiteSpotShare, false, 0, 2, 5, 10, 20, 100),
    /** Graue Flecken: households below 100 Mbit/s (includes the weiße). */
    GREY_SPOTS("greySpots", CoverageFigures::greySpotShare, false, 0, 10, 20, 30, 50, 100);

    private final String key;
    private final ToDoubleFunction<CoverageFigures> share;
    private final boolean higherIsBetter;
    private final double[] limits;

    CoverageIndicator(String key, ToDoubleFunction<CoverageFigures> share, boolean higherIsBetter, double... limits) {
        this.key = key;
        this.share = share;
        this.higherIsBetter = higherIsBetter;
        this.limits = limits;
    }

    /** Stable id for settings and message keys ({@code fibre.indicator.<key>}). */
    public String key() {
        return key;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Percent of households, 0 … 100; NaN for a region without households (nothing to show). */
    public double percent(CoverageFigures figures) {
        if (figures == null || figures.households() <= 0) {
            return Double.NaN;
        }
        return 100 * Math.max(0, Math.min(1, share.applyAsDouble(figures)));
    }

    /** Later minus earlier in percentage points; NaN when either has no households. */
    public double changePoints(CoverageFigures earlier, CoverageFigures later) {
        return percent(later) - percent(earlier);
    }

    /** Ascending class limits in percent, from 0 to 100 (k + 1 limits for k classes). */
    public double[] classLimits() {
        return limits.clone();
    }

    public static Optional<CoverageIndicator> byKey(String key) {
        for (CoverageIndicator i : values()) {
            if (i.key.equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
