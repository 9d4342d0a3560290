package de.netzatlas.ui.region;

import de.netzatlas.common.Messages;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;
import de.netzatlas.ui.common.BackgroundExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Holds the texts of the detail panel for the selected region; computes them off the FX thread. */
public final class RegionDetailViewModel {

    private final RegionService regions;
    private final Messages messages;
    private final BackgroundExecutor executor;
    private final ObjectProperty<RegionDetails> details = new SimpleObjectProperty<>();
    private final BooleanProperty empty = new SimpleBooleanProperty(true);
    private Region requested;

    public RegionDetailViewModel(RegionService regions, Messages messages, BackgroundExecutor executor) {
        this.regions = regions;
        this.messages = messages;
        this.executor = executor;
    }

    public void show(Region region) {
        requested = region;
        if (region == null) {
            details.set(null);
            empty.set(true);
            return;
        }
        executor.submit(messages.get("region.task.details"), t -> RegionDetails.of(region, context(region), messages), d -> {
            if (requested == region) {
                details.set(d);
                empty.set(false);
            }
        }, f -> {
            details.set(null);
            executor.report(f);
        });
    }

    private RegionDetails.Context context(Region r) {
        int children = r.level() == RegionLevel.GEMEINDE ? 0
                : r.level() == RegionLevel.LAND ? regions.byLevel(RegionLevel.GEMEINDE).size()
                : regions.children(r.ags()).size();
        return new RegionDetails.Context(r.parent().flatMap(regions::byAgs), regions.households(r), children);
    }

    public ReadOnlyObjectProperty<RegionDetails> detailsProperty() {
        return details;
    }

    public BooleanProperty emptyProperty() {
        return empty;
    }
}
