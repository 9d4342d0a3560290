package de.netzatlas.ui.exchange;

import java.io.File;

import de.netzatlas.common.Messages;
import de.netzatlas.exchange.Format;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** "Datei → Exportieren …": data, format, file; binds to an {@link ExportViewModel}. */
public final class ExportDialog {

    private ExportDialog() {
    }

    public static Stage open(Window owner, ExportViewModel vm, Messages m) {
        Stage stage = new Stage();
        ComboBox<String> source = new ComboBox<>(FXCollections.observableArrayList(vm.sourceIds()));
        source.setId("exportSource");
        source.setConverter(new LabelConverter<>(vm::sourceLabel));
        source.valueProperty().bindBidirectional(vm.sourceIdProperty());
        ComboBox<Format> format = new ComboBox<>(FXCollections.observableArrayList(Format.values()));
        format.setId("exportFormat");
        format.setConverter(new LabelConverter<>(f -> m.get("exchange.format." + f.extension())));
        format.valueProperty().bindBidirectional(vm.formatProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        Label sourceLabel = new Label(m.get("exchange.export.source"));
        Label formatLabel = new Label(m.get("exchange.export.format"));
        sourceLabel.setMinWidth(Region.USE_PREF_SIZE);
        formatLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, sourceLabel, source);
        grid.addRow(1, formatLabel, format);
        Label notice = new Label();
        notice.setId("exportNotice");
        notice.getStyleClass().add("export-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Label hint = new Label(m.get("exchange.export.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar(-1);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("exportStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        Button save = new Button(m.get("exchange.export.save"));
        save.setId("exportSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.runningProperty().or(source.valueProperty().isNull()));
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("exchange.export.title"));
            chooser.setInitialFileName(vm.suggestedFileName());
            Format f = vm.formatProperty().get();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("exchange.format." + f.extension()),
                    "*." + f.extension()));
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                vm.export(file.toPath());
            }
        });
        Button cancel = new Button(m.get("exchange.export.cancel"));
        cancel.setId("exportCancel");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button(m.get("exchange.close"));
        close.setCancelButton(true);
        close.disableProperty().bind(vm.runningProperty());
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, save, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(14, grid, notice, hint, progress, status, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("exchange.export.title"));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets()); // the window's look (notice colours)
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
