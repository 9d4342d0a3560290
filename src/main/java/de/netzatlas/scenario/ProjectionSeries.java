package de.netzatlas.scenario;

import java.util.List;
import java.util.Optional;

/**
 * The projection of one region as a chart/table series: one row per year with the gigabit and
 * FTTB/H shares in percent, the federal FTTB/H target (NaN before 2025) and the gap to it in
 * percentage points and households. The window's chart and table and later the annual report
 * draw the same series. Pure data.
 */
public record ProjectionSeries(ProjectionPoint.Level level, String ags, List<Row> rows) {

    /** One year; shares and target in percent (0 … 100). */
    public record Row(int year, long households, double gigabitPercent, double fttbhPercent, double targetPercent,
                      double gapPoints, long gapHouseholds) {

        public boolean hasTarget() {
            return !Double.isNaN(targetPercent);
        }

        /** Below the target in this year. */
        public boolean behind() {
            return hasTarget() && gapHouseholds > 0;
        }
    }

    public ProjectionSeries {
        rows = List.copyOf(rows);
    }

    /** The rows of one region (level and AGS) from a projection's points, by year. */
    public static ProjectionSeries of(List<ProjectionPoint> points, ProjectionPoint.Level level, String ags) {
        List<Row> rows = points.stream()
                .filter(p -> p.level() == level && p.ags().equals(ags))
                .sorted((a, b) -> Integer.compare(a.year(), b.year()))
                .map(ProjectionSeries::row)
                .toList();
        return new ProjectionSeries(level, ags, rows);
    }

    static Row row(ProjectionPoint p) {
        double fttbh = 100 * p.fttbhShare();
        double target = p.hasTarget() ? 100 * p.targetShare() : Double.NaN;
        double gapPoints = p.hasTarget() ? Math.max(0, target - fttbh) : 0;
        return new Row(p.year(), p.households(), 100 * p.gigabitShare(), fttbh, target, gapPoints,
                p.gapHouseholds());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The row of a year, if projected. */
    public Optional<Row> year(int year) {
        return rows.stream().filter(r -> r.year() == year).findFirst();
    }

    /** The last projected year (e.g. 2030). */
    public Optional<Row> last() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
    }
}
