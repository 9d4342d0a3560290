package de.netzatlas.ui.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


import de.netzatlas.common.Messages;
import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.fibre.StandCoverage;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;
import de.netzatlas.ui.common.BackgroundExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The detail panel's coverage section: follows the selected region and the coverage stand chosen
 * for the map, computes the figures off the FX thread. Null details: nothing selected or no stand.
 */
public final class CoverageDetailViewModel {

    private final RegionService regions;
    private final Messages messages;
    private final BackgroundExecutor executor;
    private final CoverageMapViewModel map;
    private final ObservableValue<Region> region;
    private final ObjectProperty<CoverageDetails> details = new SimpleObjectProperty<>();
    private int generation;

    public CoverageDetailViewModel(RegionService regions, Messages messages, BackgroundExecutor executor,
                                   CoverageMapViewModel map, ObservableValue<Region> region) {
        this.regions = regions;
        this.messages = messages;
        this.executor = executor;
        this.map = map;
        this.region = region;
        region.addListener(o -> refresh());
        map.standProperty().addListener(o -> refresh());
    }

    void refresh() {
        Region r = region.getValue();
        CoverageStand stand = map.standProperty().get();
        int mine = ++generation;
        if (r == null || stand == null) {
            details.set(null);
            return;
        }
        Optional<CoverageStand> previous = map.previous(stand);
        executor.submit(messages.get("coverage.task.details"), t -> {
            StandCoverage current = map.coverage(stand);
            return CoverageDetails.of(columnsFor(r, regions), current,
                    previous.map(map::coverage), messages);
        }, d -> {
            if (mine == generation) {
                details.set(d);
            }
        }, f -> {
            details.set(null);
            executor.report(f);
        });
    }

    /** The region itself, then its Kreis (for a Gemeinde) and the Land (unless it is the Land). */
    static List<Region> columnsFor(Region region, RegionService regions) {
        List<Region> columns = new ArrayList<>();
        columns.add(region);
        if (region.level() == RegionLevel.GEMEINDE) {
            region.parent().flatMap(regions::byAgs).ifPresent(columns::add);
        }
        if (region.level() != RegionLevel.LAND) {
            columns.add(regions.land());
        }
        return columns;
    }

    ReadOnlyObjectProperty<CoverageDetails> detailsProperty() {
        return details;
    }
}
