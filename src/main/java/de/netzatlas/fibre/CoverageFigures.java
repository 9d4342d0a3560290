package de.netzatlas.fibre;

/**
 * Household counts behind the headline indicators of a Gemeinde, Kreis or the Land. Shares are
 * computed from the summed counts, so aggregates are weighted by households (never an average of
 * percentages). A region without households has share 0.
 */
public record CoverageFigures(long households, long gigabit, long fttbh, long below30, long below100,
                              long homesPassed, long homesConnected) {

    public static final CoverageFigures EMPTY = new CoverageFigures(0, 0, 0, 0, 0, 0, 0);

    /** Share of households with ≥ 1000 Mbit/s (any technology), 0 … 1. */
    public double gigabitShare() {
        return share(gigabit);
    }

    /** Share of households that can book FTTB/H, 0 … 1. */
    public double fttbhShare() {
        return share(fttbh);
    }

    /** Share of households below 30 Mbit/s (weiße Flecken), 0 … 1. */
    public double whiteSpotShare() {
        return share(below30);
    }

    /** Share of households below 100 Mbit/s (graue Flecken, includes the weiße), 0 … 1. */
    public double greySpotShare() {
        return share(below100);
    }

    public CoverageFigures plus(CoverageFigures o) {
        return new CoverageFigures(households + o.households, gigabit + o.gigabit, fttbh + o.fttbh,
                below30 + o.below30, below100 + o.below100, homesPassed + o.homesPassed,
                homesConnected + o.homesConnected);
    }

    private double share(long count) {
        return households == 0 ? 0 : (double) count / households;
    }
}
