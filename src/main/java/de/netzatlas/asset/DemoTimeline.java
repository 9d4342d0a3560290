package de.netzatlas.asset;

import java.time.LocalDate;
import java.util.Random;

/**
 * Dates for synthetic register histories: a programme that ramps up over the years, so demo data
 * change from one report year to the next (the report compares each figure with the previous
 * year) instead of having finished long ago. Deterministic for a seeded {@link Random}.
 */
public final class DemoTimeline {

    private final int firstYear;
    private final double[] cumulative;

    /** @param weights relative share of events per year, starting with {@code firstYear} */
    public DemoTimeline(int firstYear, double... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("no years");
        }
        this.firstYear = firstYear;
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** A day in a year drawn by weight, uniformly within that year, but never after {@code latest}. */
    public LocalDate day(Random random, LocalDate latest) {
        double roll = random.nextDouble();
        int year = 0;
        while (year < cumulative.length - 1 && roll >= cumulative[year]) {
            year++;
        }
        LocalDate from = LocalDate.of(firstYear + year, 1, 1);
        LocalDate to = LocalDate.of(firstYear + year, 12, 31);
        if (to.isAfter(latest)) {
            to = latest;
        }
        if (from.isAfter(to)) {
            return latest;
        }
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    /** {@code date} minus a random number of days in [min, max], but not before {@code earliest}. */
    public static LocalDate before(Random random, LocalDate date, int min, int max, LocalDate earliest) {
        LocalDate d = date.minusDays(min + random.nextInt(max - min + 1));
        return d.isBefore(earliest) ? (date.isBefore(earliest) ? date : earliest) : d;
    }
}
