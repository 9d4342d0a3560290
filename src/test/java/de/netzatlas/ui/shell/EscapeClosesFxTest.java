package de.netzatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
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
import de.netzatlas.common.Messages;
import de.netzatlas.map.TileSources;
import de.netzatlas.ui.FxGuard;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Esc closes the secondary windows: timeline, projection, report, data sources. */
@ExtendWith(ApplicationExtension.class)
class EscapeClosesFxTest {

    @RegisterExtension
    final FxGuard guard = new FxGuard();

    @TempDir
    static Path dir;
    static AppServices services;
    final Messages m = new Messages(Locale.GERMAN);
    MainWindow window;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("esc.mv.db"));
        TileSources.activate(services.createBasemap());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        guard.watch(services.database());
        window = new MainWindow(new MainViewModel(services, m, guard.executor()));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
        window.start();
    }

    private Optional<Window> shown(String title) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing()).findFirst();
    }

    private void escapeCloses(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(title).isPresent());
        Window w = shown(title).orElseThrow();
        robot.interact(w::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !w.isShowing());
        assertTrue(shown(title).isEmpty(), title);
    }

    @Test
    void escapeClosesTheTimeline(FxRobot robot) throws Exception {
        robot.interact(() -> window.projectScreens().showTimeline());
        escapeCloses(robot, m.get("timeline.title"));
    }

    @Test
    void escapeClosesTheProjection(FxRobot robot) throws Exception {
        robot.interact(window::openProjection);
        escapeCloses(robot, m.get("projection.title"));
    }

    @Test
    void escapeClosesTheDataSourcesDialog(FxRobot robot) throws Exception {
        robot.clickOn("Hilfe").clickOn("Datenquellen und Lizenzen");
        escapeCloses(robot, m.get("sources.title"));
    }

    @Test
    void escapeClosesTheReport(FxRobot robot) throws Exception {
        robot.clickOn(m.get("menu.report")).clickOn(m.get("menu.report.create"));
        escapeCloses(robot, m.get("report.title"));
    }
}
