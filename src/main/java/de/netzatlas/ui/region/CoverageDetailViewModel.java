package de.netzatlas.ui.region;

import java.util.Optional;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.fibre.StandCoverage;
import de.netzatlas.region.Region;
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

    private final AppServices services;
    private final Messages messages;
    private final BackgroundExecutor executor;
    private final CoverageMapViewModel map;
    private final ObservableValue<Region> region;
    private final ObjectProperty<CoverageDetails> details = new SimpleObjectProperty<>();
    private int generation;

    public CoverageDetailViewModel(AppServices services, Messages messages, BackgroundExecutor executor,
                                   CoverageMapViewModel map, ObservableValue<Region> region) {
        this.services = services;
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
            return CoverageDetails.of(CoverageDetails.columnsFor(r, services.regions()), current,
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

    ReadOnlyObjectProperty<CoverageDetails> detailsProperty() {
        return details;
    }
}
