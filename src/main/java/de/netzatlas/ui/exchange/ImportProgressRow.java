package de.netzatlas.ui.exchange;

import de.netzatlas.common.Messages;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The progress of the running check or import with its "Abbrechen"; visible only while it runs. */
final class ImportProgressRow extends HBox {

    ImportProgressRow(ImportViewModel vm, Messages m, String id) {
        super(8);
        ProgressBar bar = new ProgressBar(0);
        bar.setId(id);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(m.get("exchange.import.cancel"));
        cancel.setId(id + "Cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        getChildren().addAll(bar, cancel);
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(vm.runningProperty());
        managedProperty().bind(visibleProperty());
    }
}
