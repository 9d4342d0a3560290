package de.netzatlas.ui.exchange;

import java.io.File;

import de.netzatlas.common.Messages;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Wizard step 1, "Datei und Ziel": the file, what it holds (the target) and an optional mapping profile. */
final class ImportFilePage extends VBox {

    ImportFilePage(ImportViewModel vm, Messages m, Window owner) {
        super(16);
        TextField path = new TextField();
        path.setId("importFile");
        path.setEditable(false);
        path.setPrefColumnCount(50);
        path.textProperty().bind(Bindings.createStringBinding(
                () -> vm.fileProperty().get() == null ? "" : vm.fileProperty().get().toString(), vm.fileProperty()));
        Button choose = new Button(m.get("exchange.import.chooseFile"));
        choose.setId("importChooseFile");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("exchange.import.chooseFile"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(m.get("exchange.filter.all"), "*.csv", "*.txt", "*.xlsx", "*.geojson", "*.json"),
                    new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"),
                    new FileChooser.ExtensionFilter("Excel (XLSX)", "*.xlsx"),
                    new FileChooser.ExtensionFilter("GeoJSON", "*.geojson", "*.json"));
            File f = chooser.showOpenDialog(owner);
            if (f != null) {
                vm.fileProperty().set(f.toPath());
            }
        });
        HBox fileRow = new HBox(8, path, choose);
        HBox.setHgrow(path, Priority.ALWAYS);

        ComboBox<String> target = new ComboBox<>();
        target.getItems().setAll(vm.targetIds());
        target.setId("importTarget");
        target.setConverter(new LabelConverter<>(vm::targetLabel));
        target.valueProperty().bindBidirectional(vm.targetIdProperty());

        ComboBox<String> profiles = new ComboBox<>(vm.profileNames());
        profiles.setId("importProfile");
        profiles.setPromptText(m.get("exchange.import.noProfile"));
        profiles.setOnAction(e -> {
            if (profiles.getValue() != null) {
                vm.loadProfile(profiles.getValue());
            }
        });
        Label hint = new Label(m.get("exchange.import.fileHint"));
        hint.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(m.get("exchange.import.file")), fileRow);
        grid.addRow(1, new Label(m.get("exchange.import.target")), target);
        grid.addRow(2, new Label(m.get("exchange.import.profile")), profiles);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);
        getChildren().addAll(grid, hint);
    }
}
