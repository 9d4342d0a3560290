package de.netzatlas.ui.exchange;

import java.io.File;

import de.netzatlas.common.Messages;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Wizard step 3, "Prüfen": the dry run's counts and problem report, checking again, saving the report. */
final class ImportCheckPage extends VBox {

    ImportCheckPage(ImportViewModel vm, Messages m, Window owner) {
        super(10);
        ProblemTable table = new ProblemTable(vm, m, "importProblems");
        Label counts = new Label();
        counts.setId("importCounts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> m.format("exchange.import.counts",
                vm.errorsProperty().get(), vm.warningsProperty().get()), vm.errorsProperty(), vm.warningsProperty()));
        Button save = new Button(m.get("exchange.import.saveReport"));
        save.setId("importSaveReport");
        save.disableProperty().bind(Bindings.isEmpty(vm.problems()).or(vm.runningProperty()));
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("exchange.import.saveReport"));
            chooser.setInitialFileName("importbericht.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File f = chooser.showSaveDialog(owner);
            if (f != null) {
                vm.saveReport(f.toPath());
            }
        });
        Button recheck = new Button(m.get("exchange.import.check"));
        recheck.setId("importCheck");
        recheck.disableProperty().bind(vm.runningProperty());
        recheck.setOnAction(e -> vm.check());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, counts, spacer, recheck, save);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, new ImportProgressRow(vm, m, "importCheckProgress"), table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }
}
