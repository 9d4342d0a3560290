package de.netzatlas.ui.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.gluonhq.maps.MapView;

import de.netzatlas.app.AppServices;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.layers.MapLayerCatalog;
import de.netzatlas.map.MapViewport;
import de.netzatlas.map.TileSources;
import de.netzatlas.map.layer.FeatureHit;
import de.netzatlas.ui.FxGuard;
import de.netzatlas.ui.shell.MainViewModel;
import de.netzatlas.ui.shell.MainWindow;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * The whole project round trip through the real window, headless: a new project from the menu,
 * a triangle drawn on the map, saved; the area is on the map layer (hit-test) and in the list;
 * Ctrl+Z in a text field undoes only the typing, Ctrl+Z on the list removes the project again.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectAreaFxTest {

    /** FX-thread guard on the database, unhandled task failures fail the test. */
    @RegisterExtension
    final FxGuard guard = new FxGuard();

    static final double LAT = 52.13;
    static final double LON = 11.63;

    @TempDir
    static Path dir;
    static AppServices services;
    MainViewModel viewModel;
    MainWindow window;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("area.mv.db"));
        TileSources.activate(services.createBasemap());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        viewModel = guard.mainViewModel(services);
        window = guard.show(stage, viewModel);
        window.start();
    }

    @Test
    void drawATriangleSaveSeeItOnMapAndListThenUndoRemovesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.layers().loadedProperty().get());
        robot.clickOn("Glasfaser").clickOn("Neues Projekt …");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.projectScreens().form() != null
                && !window.projectScreens().form().kreise.isEmpty());
        ProjectFormViewModel form = window.projectScreens().form();
        robot.clickOn("#formName").write("Testnetz Dreieck");
        assertEquals("Testnetz Dreieck", form.name.get());
        robot.interact(() -> {
            form.kreis.set(form.kreise.stream().filter(k -> k.ags().equals("15003")).findFirst().orElseThrow());
            form.gemeinden.setAll("15003000");
            form.households.set("800");
            form.cost.set("2.000.000,00");
            form.shareBund.set("1.000.000,00");
            form.shareLand.set("800.000,00");
            form.shareOperator.set("200.000,00");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> form.checkedProperty().get());
        assertEquals("Ausbaugebiet fehlt (Fläche zeichnen oder als GeoJSON importieren).", form.message("area").get());

        robot.clickOn("#formDrawArea");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.mapPane().areaEditor().isActive());
        assertFalse(window.projectScreens().formStage().isShowing(), "the form steps aside while drawing");
        robot.clickOn("#areaEditorSnap"); // free drawing: no snapping to the Gemeinde border
        MapView map = robot.lookup("#map").queryAs(MapView.class);
        robot.interact(() -> {
            map.setZoom(12);
            map.setCenter(LAT, LON);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            MapViewport v = window.mapPane().layerStack().viewport();
            return v != null && Math.abs(v.zoom() - 12) < 0.01 && Math.abs(v.x(LON) - v.width() / 2) < 2;
        });
        MapViewport v = window.mapPane().layerStack().viewport();
        robot.clickOn(screen(map, v, LAT - 0.01, LON - 0.02));
        robot.clickOn(screen(map, v, LAT - 0.01, LON + 0.02));
        robot.doubleClickOn(screen(map, v, LAT + 0.012, LON));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.mapPane().areaEditor().draft().closedCount(), "double-click closed the triangle");
        robot.clickOn("#areaEditorApply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.projectScreens().formStage().isShowing());
        Geometry area = form.area.get();
        assertEquals(4, area.getNumPoints(), "a triangle: three corners and the closing point");
        assertTrue(area.contains(area.getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(LON, LAT))));
        assertTrue(form.areaSummary.get().startsWith("1 Fläche"), form.areaSummary.get());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> form.canSaveProperty().get());
        robot.clickOn("#formSave");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.projects().find(form.id()).isPresent());
        FibreProject saved = services.projects().find(form.id()).orElseThrow();
        assertEquals("Testnetz Dreieck", saved.name());

        TableView<?> table = robot.lookup("#projectsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(saved.id(), ((FibreProject) table.getItems().get(0)).id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> projectAt(LAT, LON).isPresent());
        assertEquals(saved.id().toString(), projectAt(LAT, LON).orElseThrow().featureId());
        assertTrue(projectAt(LAT + 0.03, LON).isEmpty(), "outside the triangle");

        // A click on the area selects the project in the list.
        robot.interact(() -> table.getSelectionModel().clearSelection());
        MapViewport now = window.mapPane().layerStack().viewport();
        robot.clickOn(screen(map, now, LAT, LON));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem() != null);
        assertEquals(saved.id(), ((FibreProject) table.getSelectionModel().getSelectedItem()).id());

        // Ctrl+Z in a text field undoes the typing there, not the saved project.
        robot.clickOn("#projectsSearch").write("xyz");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = robot.lookup("#projectsSearch").queryAs(TextField.class);
        assertNotEquals("xyz", search.getText());
        Thread.sleep(500);
        assertTrue(services.projects().find(saved.id()).isPresent(), "the project is still there");
        robot.interact(() -> search.setText(""));

        robot.clickOn(table);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        assertTrue(services.projects().find(saved.id()).isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> projectAt(LAT, LON).isEmpty());
    }

    private Optional<FeatureHit> projectAt(double lat, double lon) {
        MapViewport v = window.mapPane().layerStack().viewport();
        return viewModel.layers().manager().hit(v, v.x(lon), v.y(lat), 2)
                .filter(h -> MapLayerCatalog.PROJECTS.equals(h.layerId()));
    }

    private static Point2D screen(MapView map, MapViewport v, double lat, double lon) {
        return map.localToScreen(v.x(lon), v.y(lat));
    }
}
