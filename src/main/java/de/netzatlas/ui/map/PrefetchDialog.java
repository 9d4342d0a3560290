package de.netzatlas.ui.map;

import de.netzatlas.common.Messages;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The window of "Bereich offline verfügbar machen": binds to a {@link PrefetchViewModel}, nothing more. */
public final class PrefetchDialog {

    private PrefetchDialog() {
    }

    public static Stage show(Window owner, PrefetchViewModel vm, Messages m) {
        Label intro = new Label(m.format("prefetch.intro", vm.server()));
        intro.setWrapText(true);
        Spinner<Integer> from = new Spinner<>(5, 16, vm.minZoomProperty().get());
        Spinner<Integer> to = new Spinner<>(5, 16, vm.maxZoomProperty().get());
        from.setId("prefetchFrom");
        to.setId("prefetchTo");
        from.setPrefWidth(80);
        to.setPrefWidth(80);
        from.valueProperty().addListener((o, a, v) -> {
            vm.minZoomProperty().set(v);
            vm.estimate();
        });
        to.valueProperty().addListener((o, a, v) -> {
            vm.maxZoomProperty().set(v);
            vm.estimate();
        });
        from.disableProperty().bind(vm.runningProperty());
        to.disableProperty().bind(vm.runningProperty());
        HBox zooms = new HBox(8, new Label(m.get("prefetch.zoomFrom")), from, new Label(m.get("prefetch.zoomTo")), to);
        zooms.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label estimate = new Label();
        estimate.setId("prefetchEstimate");
        estimate.textProperty().bind(vm.estimateProperty());
        estimate.setWrapText(true);
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("prefetchStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        Stage stage = new Stage();
        Button start = new Button(m.get("prefetch.start"));
        start.setId("prefetchStart");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canStartProperty().not());
        start.setOnAction(e -> vm.start());
        Button cancel = new Button(m.get("prefetch.cancel"));
        cancel.setId("prefetchCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button(m.get("prefetch.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, start, cancel, close);

        for (Label wrapped : new Label[] {intro, estimate, status}) {
            wrapped.setMinHeight(Region.USE_PREF_SIZE);
            wrapped.setMaxWidth(Double.MAX_VALUE);
        }
        VBox root = new VBox(12, intro, zooms, estimate, progress, status, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(520);
        stage.setOnHiding(e -> vm.cancel());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("prefetch.title"));
        stage.setScene(new Scene(root));
        vm.estimate();
        stage.show();
        return stage;
    }
}
