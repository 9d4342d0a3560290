package de.netzatlas.ui.region;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import de.netzatlas.common.Messages;
import de.netzatlas.region.HouseholdFigure;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;

/** The detail panel's texts for one region, formatted for the UI language. Plain Java, no toolkit. */
public record RegionDetails(String name, String subtitle, String ags, String type, String parentLabel, String parent,
                            String verband,
                            String population, String populationStand, String area, String density,
                            String households, boolean householdsEstimated, String householdsNote, String children) {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** What the details need beside the region, read by the view model in the background. */
    record Context(Optional<Region> parent, Optional<HouseholdFigure> households, int children) {
    }

    static RegionDetails of(Region r, Context context, Messages m) {
        NumberFormat integer = NumberFormat.getIntegerInstance(m.locale());
        NumberFormat decimal = NumberFormat.getNumberInstance(m.locale());
        decimal.setMinimumFractionDigits(2);
        decimal.setMaximumFractionDigits(2);
        String parent = context.parent().map(Region::name).orElse("–");
        String parentLabel = m.get(r.level() == RegionLevel.GEMEINDE ? "detail.parent" : "detail.parent.land");
        String verband = r.level() != RegionLevel.GEMEINDE ? "–"
                : r.verbandsgemeinde().orElse(m.get("detail.verband.none"));
        String population = r.population() == null ? "–" : integer.format(r.population());
        String stand = r.populationDate() == null ? "" : m.format("detail.population.stand", DATE.format(r.populationDate()));
        String area = r.areaKm2() == null ? "–" : m.format("detail.area.value", decimal.format(r.areaKm2()));
        String density = r.population() == null || r.areaKm2() == null || r.areaKm2() <= 0 ? "–"
                : integer.format(Math.round(r.population() / r.areaKm2()));
        Optional<HouseholdFigure> households = context.households();
        String householdText = households.map(h -> integer.format(h.value())).orElse("–");
        boolean estimated = households.map(HouseholdFigure::estimated).orElse(false);
        String note = households.map(h -> h.estimated()
                        ? m.format("detail.households.note", decimal.format(h.householdSize()))
                        : h.date() == null ? "" : m.format("detail.households.real", DATE.format(h.date())))
                .orElse("");
        String children = r.level() == RegionLevel.GEMEINDE ? "–"
                : integer.format(context.children());
        return new RegionDetails(r.name(), r.officialName() == null ? r.type() : r.officialName(), r.ags(),
                r.type(), parentLabel, parent, verband, population, stand, area, density, householdText, estimated, note, children);
    }
}
