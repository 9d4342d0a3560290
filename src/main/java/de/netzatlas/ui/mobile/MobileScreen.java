package de.netzatlas.ui.mobile;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import de.netzatlas.common.Messages;
import de.netzatlas.layers.MobileMapLayers;
import de.netzatlas.map.layer.FeatureHit;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.region.GeoBounds;
import de.netzatlas.ui.exchange.ListExport;
import de.netzatlas.ui.map.MapPane;
import de.netzatlas.ui.map.MapLayersViewModel;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;

/**
 * Wires the 5G/Mobilfunk feature into the main window: its layers join the map once the catalogue
 * is loaded, sites can be dragged (moved, audited, undoable), a click on a site selects its row and
 * choosing a row selects the site on the map and flies there. Keeps MainWindow's edits small.
 */
public final class MobileScreen {

    private final MapLayersViewModel layers;
    private final Consumer<GeoBounds> zoomTo;
    private final MobileViewModel vm;
    private final MobileListView list;
    private boolean syncing;

    /**
     * {@code layers}: the map's layers the mobile layers join; {@code zoomTo} flies the map to a box;
     * {@code exports} makes the list's "Exportieren …" for its window.
     */
    public MobileScreen(MobileViewModel vm, MapLayersViewModel layers, Consumer<GeoBounds> zoomTo,
                        Function<Supplier<Window>, ListExport> exports, MapPane mapPane, Messages m) {
        this.layers = layers;
        this.zoomTo = zoomTo;
        this.vm = vm;
        this.list = new MobileListView(vm, m);
        exports.apply(() -> list.getScene().getWindow())
                .attach(list.exportButton(), "mobile", vm.shown(), MobileSite::identifier, MobileSite::demo);
        mapPane.pointDrag().register(MobileMapLayers.SITES, vm::move);
        if (layers.loadedProperty().get()) {
            attach();
        }
        layers.loadedProperty().addListener((o, was, loaded) -> {
            if (loaded) {
                attach();
            }
        });
        list.table().getSelectionModel().selectedItemProperty().addListener((o, old, site) -> {
            if (site != null && !syncing) {
                showOnMap(site);
            }
        });
        layers.selected().addListener((ListChangeListener<FeatureHit>) c -> selectFromMap());
    }

    private void attach() {
        vm.setRestore(layers::restore);
        vm.attach(layers.manager());
        vm.load();
    }

    private void showOnMap(MobileSite s) {
        syncing = true;
        try {
            vm.hitFor(s).ifPresent(hit -> layers.select(List.of(hit)));
            double dLat = 0.03;
            double dLon = 0.05;
            zoomTo.accept(new GeoBounds(s.location().lat() - dLat, s.location().lon() - dLon,
                    s.location().lat() + dLat, s.location().lon() + dLon));
        } finally {
            syncing = false;
        }
    }

    private void selectFromMap() {
        if (syncing) {
            return;
        }
        layers.selected().stream().filter(h -> MobileMapLayers.SITES.equals(h.layerId())).findFirst()
                .flatMap(h -> vm.byId(h.featureId())).ifPresent(site -> {
                    syncing = true;
                    try {
                        list.table().getSelectionModel().select(site);
                        list.table().scrollTo(site);
                    } finally {
                        syncing = false;
                    }
                });
    }

    public MobileViewModel viewModel() {
        return vm;
    }

    public MobileListView view() {
        return list;
    }
}
