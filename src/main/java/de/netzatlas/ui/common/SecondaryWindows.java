package de.netzatlas.ui.common;

import java.util.function.BooleanSupplier;

import de.netzatlas.common.Messages;

import javafx.event.EventHandler;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * What every secondary window shares: Esc closes it as its close button would (unless a control in
 * it used the key, e.g. an open popup), and a form window can be guarded so that closing it with
 * unsaved edits asks first ("Änderungen verwerfen?" – Verwerfen / Weiter bearbeiten).
 */
public final class SecondaryWindows {

    private SecondaryWindows() {
    }

    /** Esc closes {@code stage} through {@link #requestClose}; returns the stage. */
    public static Stage closeOnEscape(Stage stage) {
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                requestClose(stage);
            }
        });
        return stage;
    }

    /**
     * Closes the window as its close button does: its close-request handler runs first and keeps
     * the window open by consuming the request.
     */
    public static void requestClose(Window window) {
        WindowEvent request = new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST);
        EventHandler<WindowEvent> handler = window.getOnCloseRequest();
        if (handler != null) {
            handler.handle(request);
        }
        if (!request.isConsumed()) {
            window.hide();
        }
    }

    /**
     * Asks before {@code stage} closes (close button, Esc, {@link #requestClose}) while
     * {@code dirty} says there are unsaved edits; without edits it closes at once.
     */
    public static void guardUnsavedEdits(Stage stage, BooleanSupplier dirty, Messages m) {
        stage.setOnCloseRequest(e -> {
            if (dirty.getAsBoolean() && !confirmDiscard(stage, m)) {
                e.consume();
            }
        });
    }

    /** "Änderungen verwerfen?": true for Verwerfen, false for Weiter bearbeiten (also Esc). */
    public static boolean confirmDiscard(Window owner, Messages m) {
        ButtonType discard = new ButtonType(m.get("form.discard.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(m.get("form.discard.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.get("form.discard.text"), discard, keep);
        alert.initOwner(owner);
        alert.setTitle(m.get("form.discard.title"));
        alert.setHeaderText(m.get("form.discard.title"));
        alert.getDialogPane().setId("discardDialog");
        return alert.showAndWait().orElse(keep) == discard;
    }
}
