package de.netzatlas.ui.registers;

import java.util.List;
import java.util.function.Function;

import de.netzatlas.common.Messages;
import de.netzatlas.ui.common.FormGrid;
import de.netzatlas.ui.common.SecondaryWindows;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The dialog frame every register form shares: the form grid bound to an {@link AssetFormViewModel},
 * a message area (the issues, marked on their fields, and the form's status), and an OK button that
 * asks the view model to save, keeping the dialog open while there are errors. Warnings are shown and
 * do not block.
 */
public final class RegisterForm {

    private RegisterForm() {
    }

    /** A text field bound to the view model's field of that name. */
    public static TextField text(FormGrid f, AssetFormViewModel<?> vm, String field, String label) {
        TextField t = f.text(field, label, "");
        t.textProperty().bindBidirectional(vm.text(field));
        return t;
    }

    /** A date field (TT.MM.JJJJ) bound to the view model's field of that name. */
    public static TextField date(FormGrid f, AssetFormViewModel<?> vm, String field, String label) {
        TextField t = f.date(field, label, null);
        t.textProperty().bindBidirectional(vm.text(field));
        return t;
    }

    /** A choice bound to one of the view model's properties. */
    public static <T> ComboBox<T> choice(FormGrid f, String field, String label, List<T> values, Property<T> value,
                                         Function<T, String> name) {
        ComboBox<T> box = f.choice(field, label, values, value.getValue(), name);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A check box below the fields, bound to one of the view model's properties. */
    public static CheckBox check(FormGrid f, String label, BooleanProperty value) {
        CheckBox box = new CheckBox(label);
        box.selectedProperty().bindBidirectional(value);
        ((GridPane) f.node()).addRow(99, new Label(""), box);
        return box;
    }

    /** Opens the dialog; {@code saved} runs after a save, when the dialog has closed. */
    public static void show(Window owner, String title, FormGrid form, AssetFormViewModel<?> vm, Messages m,
                            Runnable saved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Label messages = new Label();
        messages.setId("formMessages");
        messages.setWrapText(true);
        messages.getStyleClass().add("form-error");
        Runnable showIssues = () -> {
            String lines = form.show(vm.issues());
            String status = vm.statusProperty().get();
            messages.setText(status.isEmpty() ? lines : lines.isEmpty() ? status : lines + "\n" + status);
        };
        vm.issues().addListener((javafx.beans.InvalidationListener) o -> showIssues.run());
        vm.statusProperty().addListener(o -> showIssues.run());
        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(440);
        messages.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(8, scroll, messages);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(m.get("registers.save"));
        ok.disableProperty().bind(vm.savingProperty());
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setText(m.get("projectForm.cancel"));
        // Abbrechen and Esc (the cancel button's key) ask before unsaved edits are lost; so does the close button.
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            if (vm.dirtyProperty().get() && !SecondaryWindows.confirmDiscard(dialog.getDialogPane().getScene().getWindow(), m)) {
                e.consume();
            }
        });
        dialog.setOnShown(e -> dialog.getDialogPane().getScene().getWindow().addEventFilter(
                WindowEvent.WINDOW_CLOSE_REQUEST, close -> {
                    if (vm.dirtyProperty().get() && !SecondaryWindows.confirmDiscard(
                            dialog.getDialogPane().getScene().getWindow(), m)) {
                        close.consume();
                    }
                }));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(() -> {
                dialog.close();
                saved.run();
            });
        });
        dialog.show();
    }
}
