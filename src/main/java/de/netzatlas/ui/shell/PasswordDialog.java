package de.netzatlas.ui.shell;

import java.nio.file.Path;
import java.util.Optional;

import de.netzatlas.common.Messages;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * The start-up question for the password of an encrypted database (decision 0025): one password
 * field, Öffnen / Beenden, and the reason of the last refusal. The typed password is handed out as a
 * {@code char[]} (the caller clears it) and the field is cleared at once.
 */
final class PasswordDialog {

    private PasswordDialog() {
    }

    /** Asks on the FX thread; empty when the planner chose Beenden or closed the dialog. */
    static Optional<char[]> ask(Path file, Messages messages, String problem) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Netzatlas – " + messages.get("password.title"));
        dialog.setHeaderText(messages.get("password.header"));
        ButtonType open = new ButtonType(messages.get("password.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("password.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, cancel);
        PasswordField field = new PasswordField();
        field.setPromptText(messages.get("password.prompt"));
        field.setId("database-password");
        Label where = new Label(messages.format("password.file", file.toString()));
        where.setWrapText(true);
        VBox box = new VBox(8, where, field);
        if (problem != null) {
            Label error = new Label(problem);
            error.setId("database-password-error");
            error.setWrapText(true);
            error.setStyle("-fx-text-fill: #b00020;");
            box.getChildren().add(error);
        }
        box.setPrefWidth(440);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        char[] password = null;
        if (answer.isPresent() && answer.get() == open) {
            CharSequence typed = field.getCharacters();
            password = new char[typed.length()];
            for (int i = 0; i < password.length; i++) {
                password[i] = typed.charAt(i);
            }
        }
        field.clear();
        return Optional.ofNullable(password);
    }
}
