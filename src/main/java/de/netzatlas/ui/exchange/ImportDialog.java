package de.netzatlas.ui.exchange;

import de.netzatlas.common.Messages;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The import wizard "Datei → Importieren …": four steps (Datei und Ziel, Vorschau und Zuordnung,
 * Prüfen, Importieren) over one {@link ImportViewModel}, each step its own page. The window holds the
 * step title, the status line and Zurück/Weiter/Schließen; only layout and bindings live here.
 */
public final class ImportDialog {

    private final ImportViewModel vm;
    private final Messages m;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final Label stepTitle = new Label();
    private final Node[] steps;
    private int step;
    private final Button back;
    private final Button next;
    private final Label status = new Label();

    private ImportDialog(Window owner, ImportViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        steps = new Node[] {new ImportFilePage(vm, m, stage), new ImportPreviewPage(vm, m),
            new ImportCheckPage(vm, m, stage), new ImportRunPage(vm, m)};
        back = new Button(m.get("exchange.back"));
        back.setId("importBack");
        back.setOnAction(e -> show(step - 1));
        next = new Button(m.get("exchange.next"));
        next.setId("importNext");
        next.setDefaultButton(true);
        next.setOnAction(e -> show(step + 1));
        Button close = new Button(m.get("exchange.close"));
        close.setId("importClose");
        close.setCancelButton(true);
        close.disableProperty().bind(vm.runningProperty());
        close.setOnAction(e -> stage.close());
        status.setId("importStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMinWidth(0);
        status.managedProperty().bind(status.visibleProperty());
        for (Button b : new Button[] {back, next, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, gap, back, next, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(12, 0, 0, 0));
        stepTitle.setId("importStepTitle");
        stepTitle.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        BorderPane.setMargin(stepTitle, new Insets(0, 0, 12, 0));
        root.setTop(stepTitle);
        root.setBottom(buttons);
        root.setPadding(new Insets(16));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("exchange.import.title"));
        stage.setScene(new Scene(root, 1100, 760));
        show(0);
    }

    public static ImportDialog open(Window owner, ImportViewModel vm, Messages m) {
        ImportDialog d = new ImportDialog(owner, vm, m);
        vm.loadProfileNames();
        d.stage.show();
        return d;
    }

    Stage stage() {
        return stage;
    }

    /** Shows wizard step {@code i} (0…3); entering the preview reads the file, entering "Prüfen" checks it. */
    void show(int i) {
        int target = Math.max(0, Math.min(steps.length - 1, i));
        boolean forward = target > step;
        step = target;
        root.setCenter(steps[step]);
        status.setVisible(step != steps.length - 1); // the last step shows the result in its own, bold line
        stepTitle.setText(m.format("exchange.import.step", step + 1, steps.length, m.get("exchange.import.step" + step)));
        back.disableProperty().unbind();
        back.disableProperty().bind(vm.runningProperty().or(Bindings.createBooleanBinding(() -> step == 0)));
        next.disableProperty().unbind();
        if (step == 0) {
            next.disableProperty().bind(vm.fileProperty().isNull().or(vm.targetIdProperty().isNull()));
        } else if (step == steps.length - 1) {
            next.disableProperty().bind(Bindings.createBooleanBinding(() -> true));
        } else {
            next.disableProperty().bind(vm.runningProperty().or(Bindings.isEmpty(vm.header())));
        }
        if (forward && step == 1) {
            vm.preview();
        } else if (forward && step == 2) {
            vm.check();
        }
    }
}
