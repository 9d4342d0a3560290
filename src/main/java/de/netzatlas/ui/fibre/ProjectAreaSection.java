package de.netzatlas.ui.fibre;

import de.netzatlas.common.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The project's area in the form: what it is (parts, km²), "Fläche zeichnen", "Fläche aus GeoJSON…",
 * "Fläche entfernen" and the reason a GeoJSON file was refused. Drawing and importing need the
 * window around the form, which wires those two buttons.
 */
final class ProjectAreaSection extends VBox {

    final Button draw = new Button();
    final Button importArea = new Button();
    final Button clearArea = new Button();
    final Label error = new Label();

    ProjectAreaSection(ProjectFormViewModel vm, Messages m) {
        super(4);
        Label summary = new Label();
        summary.setId("formAreaSummary");
        summary.textProperty().bind(vm.areaSummary);
        draw.setText(m.get("projectForm.area.draw"));
        draw.setId("formDrawArea");
        importArea.setText(m.get("projectForm.area.import"));
        importArea.setId("formImportArea");
        clearArea.setText(m.get("projectForm.area.clear"));
        clearArea.setId("formClearArea");
        clearArea.disableProperty().bind(vm.area.isNull());
        clearArea.setOnAction(e -> vm.area.set(null));
        error.setId("formAreaError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        vm.area.addListener(o -> error.setText(""));
        getChildren().addAll(summary, new HBox(6, draw, importArea, clearArea), error);
    }
}
