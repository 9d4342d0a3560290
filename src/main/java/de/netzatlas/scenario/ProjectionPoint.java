package de.netzatlas.scenario;

/**
 * Projected state of one region at the end of one year: households, with gigabit, with FTTB/H, the
 * target FTTB/H share for that year (NaN before the first target year) and the households missing
 * to reach it (0 when on track).
 */
public record ProjectionPoint(int year, Level level, String ags, long households, long gigabit, long fttbh,
                              double targetShare, long gapHouseholds) {

    public enum Level { LAND, KREIS, GEMEINDE }

    public double gigabitShare() {
        return households == 0 ? 0 : (double) gigabit / households;
    }

    public double fttbhShare() {
        return households == 0 ? 0 : (double) fttbh / households;
    }

    public boolean hasTarget() {
        return !Double.isNaN(targetShare);
    }
}
