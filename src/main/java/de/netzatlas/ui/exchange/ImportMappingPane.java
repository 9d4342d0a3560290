package de.netzatlas.ui.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.netzatlas.common.Messages;
import de.netzatlas.exchange.TargetField;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Zuordnung": one row per field of the target (required ones marked *) with the source column it is
 * read from, in two halves side by side; the mapping can be saved as a profile. Rebuilt when the
 * file's header or the target changes, kept in step with the view model's mapping.
 */
final class ImportMappingPane extends TitledPane {

    private final ImportViewModel vm;
    private final Messages m;
    private final Map<String, ComboBox<String>> combos = new HashMap<>();
    private final GridPane grid = new GridPane();
    private boolean updating;

    ImportMappingPane(ImportViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setText(m.get("exchange.import.mapping"));
        grid.setId("importMapping");
        grid.setHgap(10);
        grid.setVgap(6);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(200);

        TextField profileName = new TextField();
        profileName.setId("importProfileName");
        profileName.setPromptText(m.get("exchange.import.profileName"));
        Button saveProfile = new Button(m.get("exchange.import.saveProfile"));
        saveProfile.setId("importSaveProfile");
        saveProfile.disableProperty().bind(profileName.textProperty().isEmpty());
        saveProfile.setOnAction(e -> vm.saveProfile(profileName.getText()));
        HBox profileRow = new HBox(8, profileName, saveProfile);
        profileRow.setAlignment(Pos.CENTER_LEFT);

        setContent(new VBox(8, scroll, profileRow));
        setCollapsible(false);
        vm.header().addListener((ListChangeListener<String>) c -> rebuild());
        vm.mappingProperty().addListener((o, a, v) -> sync());
        vm.targetIdProperty().addListener((o, a, v) -> rebuild());
    }

    private void rebuild() {
        grid.getChildren().clear();
        combos.clear();
        List<TargetField> fields = vm.fields();
        grid.addRow(0, heading("exchange.import.targetField"), heading("exchange.import.sourceColumn"));
        int col = 0;
        int row = 1;
        int half = (fields.size() + 1) / 2;
        for (int i = 0; i < fields.size(); i++) {
            TargetField f = fields.get(i);
            if (i == half) {
                col = 2;
                row = 1;
                grid.add(heading("exchange.import.targetField"), 2, 0);
                grid.add(heading("exchange.import.sourceColumn"), 3, 0);
            }
            Label label = new Label(m.translated("exchange.field." + f.key(), f.label()) + (f.required() ? " *" : ""));
            label.setMinWidth(Region.USE_PREF_SIZE);
            ComboBox<String> combo = new ComboBox<>();
            combo.setId("map-" + f.key());
            combo.getItems().add("");
            combo.getItems().addAll(vm.header());
            String unmapped = m.get("exchange.import.unmapped");
            combo.setConverter(new LabelConverter<>(c -> c.isEmpty() ? unmapped : c, unmapped));
            combo.setPrefWidth(200);
            combo.setOnAction(e -> {
                if (!updating) {
                    vm.map(f.key(), combo.getValue());
                }
            });
            combos.put(f.key(), combo);
            grid.add(label, col, row);
            grid.add(combo, col + 1, row);
            row++;
        }
        sync();
    }

    private Label heading(String key) {
        Label l = new Label(m.get(key));
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private void sync() {
        updating = true;
        try {
            combos.forEach((key, combo) -> combo.setValue(vm.mappingProperty().get().column(key).orElse("")));
        } finally {
            updating = false;
        }
    }
}
