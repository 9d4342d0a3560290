package de.netzatlas.fibre;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one place where coverage indicators are derived: gigabit share, FTTB/H share, weiße Flecken
 * (< 30 Mbit/s) and graue Flecken (< 100 Mbit/s), their household-weighted aggregation, the change
 * between stands and the choice of "the last stand on or before a date". Pure functions.
 */
public final class CoverageMath {

    private CoverageMath() {
    }

    public static CoverageFigures figures(GemeindeCoverage c) {
        return new CoverageFigures(c.households(), c.hh1000(), c.fttbh(), c.households() - c.hh30(),
                c.households() - c.hh100(), nz(c.homesPassed()), nz(c.homesConnected()));
    }

    /** Sums the counts of several Gemeinden; shares of the result are household-weighted. */
    public static CoverageFigures aggregate(Collection<GemeindeCoverage> coverages) {
        CoverageFigures sum = CoverageFigures.EMPTY;
        for (GemeindeCoverage c : coverages) {
            sum = sum.plus(figures(c));
        }
        return sum;
    }

    /** Later minus earlier, shares in percentage points. */
    public static CoverageChange change(CoverageFigures earlier, CoverageFigures later) {
        return new CoverageChange(
                100 * (later.gigabitShare() - earlier.gigabitShare()),
                100 * (later.fttbhShare() - earlier.fttbhShare()),
                100 * (later.whiteSpotShare() - earlier.whiteSpotShare()),
                100 * (later.greySpotShare() - earlier.greySpotShare()),
                later.gigabit() - earlier.gigabit(),
                later.fttbh() - earlier.fttbh());
    }

    /** The latest stand dated on or before {@code date} (e.g. 31 Dec of a report year). */
    public static Optional<CoverageStand> lastStandOnOrBefore(List<CoverageStand> stands, LocalDate date) {
        return stands.stream()
                .filter(s -> !s.date().isAfter(date))
                .max(Comparator.comparing(CoverageStand::date));
    }

    private static long nz(Integer value) {
        return value == null ? 0 : value;
    }
}
