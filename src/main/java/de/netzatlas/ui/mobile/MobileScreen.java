package de.netzatlas.ui.mobile;

import java.util.List;

import de.netzatlas.common.Messages;
import de.netzatlas.layers.MobileMapLayers;
import de.netzatlas.map.layer.FeatureHit;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.region.GeoBounds;
import de.netzatlas.ui.exchange.ListExport;
import de.netzatlas.ui.map.MapPane;
import de.netzatlas.ui.shell.MainViewModel;
import javafx.collections.ListChangeListener;

/**
 * Wires the 5G/Mobilfunk feature into the main window: its layers join the map once the catalogue
 * is loaded, sites can be dragged (moved, audited, undoable), a click on a site selects its row and
 * choosing a row selects the site on the map and flies there. Keeps MainWindow's edits small.
 */
public final class MobileScreen {

    private final MainViewModel main;
    private final MobileViewModel vm;
    private final MobileListView list;
    private boolean syncing;

    public MobileScreen(MainViewModel main, MapPane mapPane) {
        this.main = main;
        Messages m = main.messages();
        this.vm = new MobileViewModel(main.services().mobile(), main.services().regions(), main.executor(), m);
        this.list = new MobileListView(vm, m);
        new ListExport(main.services().exchange(), main.executor(), m, () -> list.getScene().getWindow())
                .attach(list.exportButton(), "mobile", vm.shown(), MobileSite::identifier, MobileSite::demo);
        mapPane.pointDrag().register(MobileMapLayers.SITES, vm::move);
        main.undo().reloadAfter(main.services().mobile().sites(), vm::undone);
        if (main.layers().loadedProperty().get()) {
            attach();
        }
        main.layers().loadedProperty().addListener((o, was, loaded) -> {
            if (loaded) {
                attach();
            }
        });
        list.table().getSelectionModel().selectedItemProperty().addListener((o, old, site) -> {
            if (site != null && !syncing) {
                showOnMap(site);
            }
        });
        main.layers().selected().addListener((ListChangeListener<FeatureHit>) c -> selectFromMap());
    }

    private void attach() {
        vm.setRestore(main.layers()::restore);
        vm.attach(main.layers().manager());
        vm.load();
    }

    private void showOnMap(MobileSite s) {
        syncing = true;
        try {
            vm.hitFor(s).ifPresent(hit -> main.layers().select(List.of(hit)));
            double dLat = 0.03;
            double dLon = 0.05;
            main.zoomTargetProperty().set(new GeoBounds(s.location().lat() - dLat, s.location().lon() - dLon,
                    s.location().lat() + dLat, s.location().lon() + dLon));
        } finally {
            syncing = false;
        }
    }

    private void selectFromMap() {
        if (syncing) {
            return;
        }
        main.layers().selected().stream().filter(h -> MobileMapLayers.SITES.equals(h.layerId())).findFirst()
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
