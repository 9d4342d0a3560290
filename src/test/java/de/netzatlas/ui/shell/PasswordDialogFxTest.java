package de.netzatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import de.netzatlas.common.Messages;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;

/** The start-up password question of an encrypted database (decision 0025). */
@ExtendWith(ApplicationExtension.class)
class PasswordDialogFxTest {

    private final Messages m = new Messages(Locale.GERMAN);

    @Start
    void start(Stage stage) {
        // the dialog is the only window, as at start-up
    }

    private AtomicReference<Optional<char[]>> ask(String problem) {
        AtomicReference<Optional<char[]>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(PasswordDialog.ask(Path.of("/daten/netzatlas.mv.db"), m, problem)));
        return result;
    }

    @Test
    void theTypedPasswordIsHandedOutAsCharsAndTheFieldIsCleared(FxRobot robot) throws Exception {
        AtomicReference<Optional<char[]>> result = ask("Falsches Passwort für die Datenbank /daten/netzatlas.mv.db.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#database-password").tryQuery().isPresent());
        PasswordField field = robot.lookup("#database-password").queryAs(PasswordField.class);
        Label error = robot.lookup("#database-password-error").queryAs(Label.class);
        assertTrue(error.getText().startsWith("Falsches Passwort"), error.getText());
        robot.interact(() -> field.setText("Geheim-Feld-1"));
        robot.clickOn(m.get("password.open"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        assertEquals("Geheim-Feld-1", new String(result.get().orElseThrow()));
        assertEquals("", field.getText());
    }

    @Test
    void beendenGivesNothing(FxRobot robot) throws Exception {
        AtomicReference<Optional<char[]>> result = ask(null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#database-password").tryQuery().isPresent());
        PasswordField field = robot.lookup("#database-password").queryAs(PasswordField.class);
        robot.interact(() -> field.setText("nicht-benutzt"));
        robot.clickOn(m.get("password.cancel"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        assertTrue(result.get().isEmpty());
        assertEquals("", field.getText());
    }
}
