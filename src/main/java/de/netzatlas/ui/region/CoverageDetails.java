package de.netzatlas.ui.region;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.netzatlas.common.Messages;
import de.netzatlas.fibre.CoverageFigures;
import de.netzatlas.fibre.CoverageIndicator;
import de.netzatlas.fibre.StandCoverage;
import de.netzatlas.layers.CoverageLayerBuilder;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;

/**
 * The coverage section of the detail panel, formatted: the selected region and, for comparison,
 * its Kreis and the Land (household-weighted aggregates), each indicator in percent with the change
 * against the previous stand in percentage points; "keine Daten" where a region has none.
 * Plain Java, no toolkit.
 */
record CoverageDetails(String stand, String comparedWith, List<String> columns, List<String> names,
                       List<String> households,
                       List<Line> lines) {

    /** One indicator: its label, and per column the value and the change. */
    record Line(CoverageIndicator indicator, String label, List<String> values, List<String> changes) {
    }

    static CoverageDetails of(List<Region> columns, StandCoverage current, Optional<StandCoverage> previous,
                              Messages m) {
        NumberFormat percent = CoverageLayerBuilder.percentFormat(m);
        NumberFormat points = CoverageLayerBuilder.percentFormat(m);
        points.setMaximumFractionDigits(1);
        NumberFormat integer = NumberFormat.getIntegerInstance(m.locale());
        List<Optional<CoverageFigures>> now = columns.stream().map(current::figures).toList();
        List<Optional<CoverageFigures>> before = columns.stream()
                .map(r -> previous.flatMap(p -> p.figures(r))).toList();
        List<Line> lines = new ArrayList<>();
        for (CoverageIndicator i : CoverageIndicator.values()) {
            List<String> values = new ArrayList<>();
            List<String> changes = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Optional<CoverageFigures> f = now.get(c);
                values.add(f.map(x -> percent.format(i.percent(x)) + " %").orElse(m.get("coverage.noData")));
                double delta = f.isPresent() && before.get(c).isPresent()
                        ? i.changePoints(before.get(c).get(), f.get()) : Double.NaN;
                changes.add(Double.isNaN(delta) ? "–"
                        : m.format("coverage.detail.points", (delta > 0.05 ? "+" : "") + points.format(delta)));
            }
            lines.add(new Line(i, m.get("coverage.short." + i.key()), values, changes));
        }
        List<String> households = now.stream()
                .map(f -> f.map(x -> integer.format(x.households())).orElse(m.get("coverage.noData"))).toList();
        String compared = previous.map(p -> m.format("coverage.detail.compared", p.stand().label()))
                .orElse(m.get("coverage.detail.noPrevious"));
        return new CoverageDetails(m.get("fibre.stand") + " " + current.stand().label(), compared,
                columns.stream().map(r -> m.get("coverage.detail.column." + r.level().name())).toList(),
                columns.stream().map(Region::name).toList(), households, lines);
    }
}
