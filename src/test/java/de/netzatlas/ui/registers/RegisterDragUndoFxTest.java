package de.netzatlas.ui.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import de.netzatlas.app.AppServices;
import de.netzatlas.map.MapViewport;
import de.netzatlas.map.TileSources;
import de.netzatlas.schools.School;
import de.netzatlas.ui.FxGuard;
import de.netzatlas.ui.shell.MainViewModel;
import de.netzatlas.ui.shell.MainWindow;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

/**
 * A school dragged on the map of the real window moves (audited); Bearbeiten → Rückgängig
 * (Ctrl+Z) takes back the most recent change of the session, whichever register made it: here
 * first the school move, then the older ITN-XT change.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterDragUndoFxTest {

    /** FX-thread guard on the database, unhandled task failures fail the test. */
    @RegisterExtension
    final FxGuard guard = new FxGuard();

    @TempDir
    static Path dir;
    static AppServices services;
    MainWindow window;

    @BeforeAll
    static void open() throws Exception {
        services = AppServices.open(dir.resolve("register-drag.mv.db"));
        assertTrue(services.exchange().imports().run(de.netzatlas.exchange.ImportRequest.of(
                Path.of("assets/samples/schulen-beispiel.csv"), "schools"), null, null).ok());
        assertTrue(services.exchange().imports().run(de.netzatlas.exchange.ImportRequest.of(
                Path.of("assets/samples/itn-standorte-beispiel.csv"), "sites"), null, null).ok());
        TileSources.activate(services.createBasemap());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        MainViewModel viewModel = guard.mainViewModel(services);
        window = guard.show(stage, viewModel);
        window.start();
    }

    private School halle() {
        return services.schools().all().stream().filter(s -> "15002000".equals(s.gemeindeAgs())).findFirst()
                .orElseThrow();
    }

    @Test
    void draggingASchoolMovesItAndCtrlZUndoesTheNewestChangeFirst(FxRobot robot) throws Exception {
        // an older change in another register: rename an ITN-XT site
        var site = services.sites().all().get(0);
        services.sites().update(site.withName(site.name() + " (neu)"));
        Thread.sleep(20);
        School school = halle();
        double lat = school.location().lat();
        double lon = school.location().lon();

        robot.interact(() -> window.togglePane(window.registerPanes().schools())); // Register → Schulen ans Netz
        robot.interact(() -> {
            window.mapPane().mapView().setZoom(13);
            window.mapPane().mapView().setCenter(lat, lon);
        });
        waitFor(() -> {
            MapViewport v = window.mapPane().layerStack().viewport();
            return v != null && window.mapPane().pointDrag().draggableAt(v.x(lon), v.y(lat)).isPresent();
        }, "Schule unter dem Zeiger ziehbar");
        MapViewport v = window.mapPane().layerStack().viewport();
        Point2D from = window.mapPane().mapView().localToScreen(v.x(lon), v.y(lat));
        assertNotNull(from);
        robot.moveTo(from).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 8; i++) {
            robot.moveTo(from.add(8 * i, 0));
        }
        robot.release(MouseButton.PRIMARY);
        waitFor(() -> halle().location().lon() > lon + 0.002, "Schule verschoben");
        assertEquals(lat, halle().location().lat(), 0.001);
        assertEquals(2, services.audit().history(services.database(), "school", school.id().toString()).size());

        robot.interact(() -> window.mapPane().mapView().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> Math.abs(halle().location().lon() - lon) < 1e-9, "Schule zurück");
        assertTrue(services.sites().all().stream().anyMatch(s -> s.name().endsWith(" (neu)")),
                "the older ITN-XT change is still there");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> services.sites().all().stream().noneMatch(s -> s.name().endsWith(" (neu)")),
                "then the ITN-XT change is taken back");
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
