package de.netzatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
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

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.map.TileSources;
import de.netzatlas.ui.FxGuard;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** The map by keyboard: Strg+0 from the search field, arrows pan, +/- zoom. */
@ExtendWith(ApplicationExtension.class)
class MapKeysFxTest {

    @RegisterExtension
    final FxGuard guard = new FxGuard();

    @TempDir
    static Path dir;
    static AppServices services;
    MapView map;
    Scene scene;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("keys.mv.db"));
        TileSources.activate(services.createBasemap());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        guard.watch(services.database());
        MainWindow window = new MainWindow(new MainViewModel(services, new Messages(Locale.GERMAN), guard.executor()));
        scene = new Scene(window.root(), 1280, 800);
        stage.setScene(scene);
        stage.show();
        window.start();
        map = window.mapPane().mapView();
    }

    private double landZoom() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.getZoom() > 6);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS); // the fly-to animation settles
        return map.getZoom();
    }

    @Test
    void strgNullShowsTheWholeLandWhileASearchFieldHasFocus(FxRobot robot) throws Exception {
        double land = landZoom();
        for (String field : new String[] {null, "#regionSearch", "#mapSearch"}) {
            robot.interact(() -> {
                map.setZoom(11);
                map.setCenter(51.48, 11.97);
            });
            if (field != null) {
                robot.clickOn(field);
            }
            assertTrue(scene.getFocusOwner() instanceof TextField, field + ": " + scene.getFocusOwner());
            KeyCode zero = field == null ? KeyCode.NUMPAD0 : KeyCode.DIGIT0;
            robot.press(KeyCode.CONTROL, zero).release(zero, KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.getZoom() == land);
            assertEquals("", ((TextField) scene.getFocusOwner()).getText(), "no 0 typed into " + field);
        }
    }

    @Test
    void arrowsPanAndPlusMinusZoomOnceTheFocusIsOutOfTheSearchField(FxRobot robot) throws Exception {
        double land = landZoom();
        robot.clickOn("#mapSearch");
        MapPoint before = map.getCenter();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.getLongitude(), map.getCenter().getLongitude(), 1e-9, "arrows move the caret there");

        robot.interact(map::requestFocus);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        MapPoint right = map.getCenter();
        assertTrue(right.getLongitude() > before.getLongitude() + 0.1, before + " → " + right);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.getCenter().getLatitude() < right.getLatitude() - 0.05, right + " → " + map.getCenter());

        robot.type(KeyCode.PLUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(land + 1, map.getZoom(), 1e-9);
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(land + 2, map.getZoom(), 1e-9);
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.SUBTRACT);
        robot.type(KeyCode.SUBTRACT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(land - 1, map.getZoom(), 1e-9);
    }
}
