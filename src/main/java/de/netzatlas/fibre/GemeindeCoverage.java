package de.netzatlas.fibre;

/**
 * The raw coverage counts of one Gemeinde at one stand, as imported: households, where known
 * businesses and schools (total and with ≥ 1000 Mbit/s), households per bandwidth class (at
 * least 30 … 1000 Mbit/s download), per technology, and fibre homes passed / connected.
 * Shares are never stored; {@link CoverageMath} derives them.
 */
public record GemeindeCoverage(
        String ags,
        int households,
        Integer businesses,
        Integer businessesGigabit,
        Integer schools,
        Integer schoolsGigabit,
        int hh30,
        int hh50,
        int hh100,
        int hh200,
        int hh400,
        int hh1000,
        int ftth,
        int fttb,
        int hfc,
        int dsl,
        Integer homesPassed,
        Integer homesConnected) {

    /** Households that can book FTTB or FTTH (capped at the households present). */
    public int fttbh() {
        return Math.min(households, ftth + fttb);
    }
}
