package de.netzatlas.ui.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import de.netzatlas.app.AppServices;
import de.netzatlas.map.TileSources;
import de.netzatlas.ui.FxGuard;
import de.netzatlas.ui.shell.MainViewModel;
import de.netzatlas.ui.shell.MainWindow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** Esc and Abbrechen on a register form: at once without edits, else "Änderungen verwerfen?". */
@ExtendWith(ApplicationExtension.class)
class RegisterFormGuardFxTest {

    @RegisterExtension
    final FxGuard guard = new FxGuard();

    @TempDir
    static Path dir;
    static AppServices services;
    MainWindow window;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("register-guard.mv.db"));
        TileSources.activate(services.createBasemap());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        window = guard.show(stage, guard.mainViewModel(services));
        window.start();
    }

    private boolean formShown(FxRobot robot) {
        return robot.lookup("#field-name").tryQuery().isPresent();
    }

    private boolean asking(FxRobot robot) {
        return robot.lookup("#discardDialog").tryQuery().isPresent();
    }

    @Test
    void withoutEditsEscClosesAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> window.togglePane(window.registerPanes().schools()));
        robot.clickOn("#schoolsNew");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> formShown(robot));
        robot.clickOn("#field-name");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !formShown(robot));
        assertTrue(!asking(robot));
    }

    @Test
    void withEditsEscAsksAndWeiterBearbeitenKeepsThem(FxRobot robot) throws Exception {
        robot.interact(() -> window.togglePane(window.registerPanes().schools()));
        robot.clickOn("#schoolsNew");
        robot.clickOn("#field-name").write("Grundschule Ungespeichert");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> asking(robot));
        robot.clickOn(robot.lookup("#discardDialog").lookup("Weiter bearbeiten").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(formShown(robot));
        assertEquals("Grundschule Ungespeichert", robot.lookup("#field-name").queryAs(TextField.class).getText());

        // the form's own Abbrechen (windows of earlier test classes may still show one)
        javafx.scene.Parent dialog = robot.lookup("#formMessages").queryAs(javafx.scene.Node.class).getScene().getRoot();
        robot.clickOn(robot.from(dialog).lookup((javafx.scene.control.Button b) -> "Abbrechen".equals(b.getText()))
                .queryAs(javafx.scene.control.Button.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> asking(robot));
        robot.clickOn(robot.lookup("#discardDialog").lookup("Verwerfen").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !formShown(robot));
        assertTrue(services.schools().all().isEmpty());
    }
}
