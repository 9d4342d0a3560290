package de.netzatlas.layers;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import de.netzatlas.common.Messages;
import de.netzatlas.fibre.CoverageFigures;
import de.netzatlas.fibre.CoverageIndicator;
import de.netzatlas.fibre.StandCoverage;
import de.netzatlas.map.layer.ChoroplethLayer;
import de.netzatlas.map.layer.ClassBreaks;
import de.netzatlas.map.layer.Palette;
import de.netzatlas.map.layer.ShapeFeature;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionBoundary;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;

/**
 * Builds the "Glasfaser-Versorgung" choropleth for one indicator, stand and level (Gemeinden or
 * Kreise): the indicator's fixed classes, a colour-blind-safe palette (YlGnBu where high is good,
 * YlOrRd for weiße/graue Flecken), "keine Daten" in grey, title naming indicator and stand (and
 * "Demodaten"). Plain Java; runs on a worker thread, the layer joins a manager on the FX thread.
 */
public final class CoverageLayerBuilder {

    public static final String ID = "glasfaser";

    private final RegionService regions;
    private final Messages m;

    public CoverageLayerBuilder(RegionService regions, Messages messages) {
        this.regions = regions;
        this.m = messages;
    }

    public ChoroplethLayer build(CoverageIndicator indicator, StandCoverage coverage, RegionLevel level) {
        NumberFormat percent = percentFormat(m);
        NumberFormat integer = NumberFormat.getIntegerInstance(m.locale());
        String indicatorLabel = m.get("fibre.indicator." + indicator.key());
        List<ShapeFeature> features = new ArrayList<>();
        for (RegionBoundary b : regions.boundaries(level)) {
            Region r = regions.byAgs(b.ags()).orElse(null);
            if (r == null) {
                continue;
            }
            CoverageFigures f = coverage.figures(r).orElse(null);
            double value = indicator.percent(f);
            String valueText = Double.isNaN(value) ? m.get("coverage.noData") : percent.format(value) + " %";
            List<String> details = List.of(
                    indicatorLabel + ": " + valueText,
                    m.get("detail.households") + ": " + (f == null ? "–" : integer.format(f.households())),
                    m.get("fibre.stand") + " " + coverage.stand().label());
            features.add(new ShapeFeature(r.ags(), r.name() + " · " + valueText, b.geometry(), "", value, details));
        }
        ClassBreaks breaks = new ClassBreaks(ClassBreaks.Method.EQUAL_INTERVALS, indicator.classLimits());
        Palette palette = indicator.higherIsBetter() ? Palette.YL_GN_BU : Palette.YL_OR_RD;
        int[] colours = palette.colours(breaks.classes());
        NumberFormat limit = NumberFormat.getIntegerInstance(m.locale());
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < breaks.classes(); c++) {
            labels.add(m.format(c == breaks.classes() - 1 ? "coverage.legend.last" : "coverage.legend.class",
                    limit.format(breaks.lower(c)), limit.format(breaks.upper(c))));
        }
        String title = m.format("coverage.layer.title", indicatorLabel, coverage.stand().label());
        String note = m.get(level == RegionLevel.KREIS ? "coverage.layer.note.kreis" : "coverage.layer.note.gemeinde")
                + (coverage.stand().demo() ? " · " + m.get("fibre.demoData") + " – " + m.get("fibre.demoData.hint")
                        : "");
        ChoroplethLayer layer = ChoroplethLayer.fixed(ID, title, features, breaks, colours, labels,
                m.get("coverage.noData"), note);
        layer.setLabelFromZoom(level == RegionLevel.KREIS ? 8 : 10);
        return layer;
    }

    public static NumberFormat percentFormat(Messages m) {
        NumberFormat f = NumberFormat.getNumberInstance(m.locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f;
    }
}
