package de.netzatlas.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.locationtech.jts.geom.Envelope;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;

import de.netzatlas.common.Messages;
import de.netzatlas.ui.map.BasemapViewModel;
import de.netzatlas.ui.map.PrefetchDialog;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The "Karte" menu: which basemap (built-in, the MBTiles file, online), opening an MBTiles file,
 * the online tile server, and "Bereich offline verfügbar machen…" for the visible area.
 */
final class MapMenu {

    private final BasemapViewModel vm;
    private final Messages m;
    private final Supplier<Window> owner;
    private final MapView map;

    MapMenu(BasemapViewModel vm, Messages m, Supplier<Window> owner, MapView map) {
        this.vm = vm;
        this.m = m;
        this.owner = owner;
        this.map = map;
    }

    Menu build() {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem builtin = new RadioMenuItem(m.get("menu.map.builtin"));
        builtin.setId("menuMapBuiltin");
        RadioMenuItem online = new RadioMenuItem(m.get("menu.map.online"));
        online.setId("menuMapOnline");
        RadioMenuItem mbtiles = new RadioMenuItem();
        mbtiles.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.mbtilesNameProperty().get().isEmpty() ? m.get("menu.map.mbtiles.none")
                        : m.format("menu.map.mbtiles", vm.mbtilesNameProperty().get()), vm.mbtilesNameProperty()));
        mbtiles.disableProperty().bind(vm.mbtilesNameProperty().isEmpty());
        group.getToggles().addAll(builtin, mbtiles, online);
        builtin.setOnAction(e -> vm.useBuiltin());
        online.setOnAction(e -> vm.useRememberedOnline());
        mbtiles.setOnAction(e -> vm.useMbtilesAgain());
        Runnable select = () -> group.selectToggle(switch (vm.kindProperty().get()) {
            case MBTILES -> mbtiles;
            case ONLINE -> online;
            default -> builtin;
        });
        vm.kindProperty().addListener(o -> select.run());
        select.run();

        MenuItem open = new MenuItem(m.get("menu.map.open"));
        open.setId("menuMapOpen");
        open.setOnAction(e -> chooseMbtiles());
        MenuItem server = new MenuItem(m.get("menu.map.server"));
        server.setOnAction(e -> askServer());
        MenuItem prefetch = new MenuItem(m.get("menu.map.prefetch"));
        prefetch.setId("menuMapPrefetch");
        prefetch.setOnAction(e -> openPrefetch());

        vm.errorProperty().addListener((o, old, message) -> {
            if (message != null) {
                Platform.runLater(() -> showError(message));
            }
        });
        Menu menu = new Menu(m.get("menu.map"), null, builtin, mbtiles, online, new SeparatorMenuItem(), open, server,
                new SeparatorMenuItem(), prefetch);
        menu.setId("menuMap");
        return menu;
    }

    private void chooseMbtiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("basemap.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("basemap.open.filter"), "*.mbtiles"));
        vm.mbtilesFolder().map(Path::toFile)
                .filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            vm.openMbtiles(file.toPath());
        }
    }

    /** Reads the remembered server (a settings read) off the FX thread, then asks. */
    private void askServer() {
        vm.loadOnlineTemplate(this::askServer);
    }

    private void askServer(String remembered) {
        TextInputDialog dialog = new TextInputDialog(remembered);
        dialog.initOwner(owner.get());
        dialog.setTitle(m.get("basemap.server.title"));
        dialog.setHeaderText(m.get("basemap.server.header"));
        dialog.setContentText(m.get("basemap.server.label"));
        dialog.getEditor().setPrefColumnCount(40);
        dialog.getDialogPane().getButtonTypes().setAll(
                new javafx.scene.control.ButtonType(m.get("basemap.server.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new javafx.scene.control.ButtonType(m.get("basemap.server.cancel"),
                        javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        Optional<String> template = dialog.showAndWait();
        template.filter(t -> !t.isBlank()).ifPresent(vm::useOnline);
    }

    private void openPrefetch() {
        MapPoint nw = map.getMapPosition(0, 0);
        MapPoint se = map.getMapPosition(map.getWidth(), map.getHeight());
        if (nw == null || se == null) {
            return;
        }
        Envelope area = new Envelope(nw.getLongitude(), se.getLongitude(), se.getLatitude(), nw.getLatitude());
        int zoom = (int) Math.round(map.getZoom());
        vm.prefetch(area, zoom, prefetch -> PrefetchDialog.show(owner.get(), prefetch, m), f -> showError(f.message()));
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, DataSourcesDialog.closeButton(m));
        alert.initOwner(owner.get());
        alert.setTitle(m.get("basemap.error.title"));
        alert.setHeaderText(m.get("basemap.error.title"));
        alert.getDialogPane().setMinWidth(480);
        vm.errorProperty().set(null);
        alert.showAndWait();
    }
}
