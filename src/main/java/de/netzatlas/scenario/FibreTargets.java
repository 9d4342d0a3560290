package de.netzatlas.scenario;

/**
 * The federal Gigabitstrategie targets for fibre (FTTB/H): at least half of households by the end
 * of 2025, every household by 2030. Between the two the target path is linear (our reading, for
 * the yearly gap); before 2025 there is no target.
 */
public final class FibreTargets {

    public static final int INTERIM_YEAR = 2025;
    public static final double INTERIM_SHARE = 0.5;
    public static final int FINAL_YEAR = 2030;
    public static final double FINAL_SHARE = 1.0;

    private FibreTargets() {
    }

    /** Target FTTB/H share at the end of {@code year}, or NaN before 2025. */
    public static double fttbhTarget(int year) {
        if (year < INTERIM_YEAR) {
            return Double.NaN;
        }
        if (year >= FINAL_YEAR) {
            return FINAL_SHARE;
        }
        return INTERIM_SHARE + (FINAL_SHARE - INTERIM_SHARE) * (year - INTERIM_YEAR) / (FINAL_YEAR - INTERIM_YEAR);
    }
}
