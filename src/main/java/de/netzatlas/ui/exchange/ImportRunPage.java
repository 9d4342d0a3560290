package de.netzatlas.ui.exchange;

import de.netzatlas.common.Messages;
import de.netzatlas.exchange.ImportTarget;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Wizard step 4, "Importieren": all or nothing or valid rows only, overwrite or skip changed records,
 * the import with progress and cancel, its result in bold, its problems, and undo.
 */
final class ImportRunPage extends VBox {

    ImportRunPage(ImportViewModel vm, Messages m) {
        super(14);
        RadioButton all = radio(m, "exchange.import.allOrNothing", "importAllOrNothing");
        RadioButton valid = radio(m, "exchange.import.validOnly", "importValidOnly");
        VBox mode = either(all, valid, vm.validOnlyProperty().get());
        valid.selectedProperty().addListener((o, a, v) -> vm.validOnlyProperty().set(v));
        RadioButton overwrite = radio(m, "exchange.import.overwrite", "importOverwrite");
        RadioButton skip = radio(m, "exchange.import.skip", "importSkip");
        VBox existing = either(overwrite, skip, false);
        skip.selectedProperty().addListener((o, a, v) -> vm.existingProperty().set(
                v ? ImportTarget.ExistingPolicy.SKIP : ImportTarget.ExistingPolicy.OVERWRITE));

        Label checkedHint = new Label();
        checkedHint.setWrapText(true);
        checkedHint.textProperty().bind(Bindings.createStringBinding(() -> !vm.checkedProperty().get() ? ""
                : m.format("exchange.import.counts", vm.errorsProperty().get(), vm.warningsProperty().get()),
                vm.checkedProperty(), vm.errorsProperty(), vm.warningsProperty()));

        Button run = new Button(m.get("exchange.import.run"));
        run.setId("importRun");
        run.disableProperty().bind(vm.runningProperty().or(vm.resultProperty().isNotNull()
                .and(Bindings.createBooleanBinding(() -> vm.resultProperty().get() != null
                        && vm.resultProperty().get().written(), vm.resultProperty()))));
        run.setOnAction(e -> vm.runImport());
        Button undo = new Button(m.get("exchange.import.undo"));
        undo.setId("importUndo");
        undo.disableProperty().bind(vm.undoableProperty().isNull().or(vm.runningProperty()));
        undo.setOnAction(e -> vm.undo());

        Label result = new Label();
        result.setId("importResult");
        result.setWrapText(true);
        result.setStyle("-fx-font-weight: bold;");
        result.textProperty().bind(Bindings.createStringBinding(() -> vm.resultProperty().get() == null ? ""
                : vm.statusProperty().get(), vm.resultProperty(), vm.statusProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("exchange.import.mode")), mode);
        grid.addRow(1, new Label(m.get("exchange.import.existing")), existing);
        ProblemTable problems = new ProblemTable(vm, m, "importResultProblems");
        problems.setPrefHeight(220);
        getChildren().addAll(grid, checkedHint, new HBox(8, run, undo), new ImportProgressRow(vm, m, "importProgress"),
                result, problems);
    }

    private static RadioButton radio(Messages m, String key, String id) {
        RadioButton b = new RadioButton(m.get(key));
        b.setId(id);
        return b;
    }

    /** Two radio buttons as one choice, one below the other; the second chosen if {@code second}. */
    private static VBox either(RadioButton first, RadioButton other, boolean second) {
        ToggleGroup group = new ToggleGroup();
        first.setToggleGroup(group);
        other.setToggleGroup(group);
        first.setSelected(!second);
        other.setSelected(second);
        return new VBox(6, first, other);
    }
}
