package de.netzatlas.ui.fibre;

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

/** Esc on the project form: closes at once without edits, asks with edits and keeps them on "Weiter bearbeiten". */
@ExtendWith(ApplicationExtension.class)
class ProjectFormGuardFxTest {

    @RegisterExtension
    final FxGuard guard = new FxGuard();

    @TempDir
    static Path dir;
    static AppServices services;
    MainWindow window;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("guard.mv.db"));
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

    private Stage openForm(FxRobot robot) throws Exception {
        robot.interact(() -> window.projectScreens().openNew());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.projectScreens().formStage() != null
                && window.projectScreens().formStage().isShowing());
        Stage form = window.projectScreens().formStage();
        robot.interact(form::requestFocus);
        return form;
    }

    private boolean asking(FxRobot robot) {
        return robot.lookup("#discardDialog").tryQuery().isPresent();
    }

    @Test
    void withoutEditsEscClosesAtOnce(FxRobot robot) throws Exception {
        Stage form = openForm(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !form.isShowing());
    }

    @Test
    void withEditsEscAsksAndWeiterBearbeitenKeepsThem(FxRobot robot) throws Exception {
        Stage form = openForm(robot);
        robot.clickOn("#formName").write("Glasfaser Ungespeichert");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> asking(robot));
        robot.clickOn(robot.lookup("#discardDialog").lookup("Weiter bearbeiten").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(form.isShowing());
        assertEquals("Glasfaser Ungespeichert", robot.lookup("#formName").queryAs(TextField.class).getText());

        robot.clickOn("#formCancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> asking(robot));
        robot.clickOn(robot.lookup("#discardDialog").lookup("Verwerfen").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !form.isShowing());
    }
}
