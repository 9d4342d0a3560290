package de.netzatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import com.gluonhq.maps.MapView;

import de.netzatlas.app.AppServices;
import de.netzatlas.layers.LayerSettings;
import de.netzatlas.map.MapViewport;
import de.netzatlas.map.TileSources;
import de.netzatlas.map.layer.FeatureLayer;
import de.netzatlas.ui.FxGuard;
import de.netzatlas.ui.shell.MainViewModel;
import de.netzatlas.ui.shell.MainWindow;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Feature layers through the real window, headless: toggling, clicking, the layer panel. */
@ExtendWith(ApplicationExtension.class)
class MapLayersFxTest {

    /** FX-thread guard on the database, unhandled task failures fail the test. */
    @RegisterExtension
    final FxGuard guard = new FxGuard();

    static final double MAGDEBURG_LAT = 52.12773;
    static final double MAGDEBURG_LON = 11.62916;

    @TempDir
    static Path dir;
    static AppServices services;
    MainViewModel viewModel;
    MainWindow window;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("layers.mv.db"));
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
        viewModel.load();
    }

    private Point2D showMagdeburg(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> viewModel.layers().loadedProperty().get());
        MapView map = robot.lookup("#map").queryAs(MapView.class);
        robot.interact(() -> {
            map.setZoom(12);
            map.setCenter(MAGDEBURG_LAT, MAGDEBURG_LON);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            MapViewport v = window.mapPane().layerStack().viewport();
            return v != null && Math.abs(v.zoom() - 12) < 0.01
                    && Math.abs(v.x(MAGDEBURG_LON) - v.width() / 2) < 2;
        });
        MapViewport v = window.mapPane().layerStack().viewport();
        return new Point2D(v.x(MAGDEBURG_LON), v.y(MAGDEBURG_LAT));
    }

    @Test
    void togglingThePlacesLayerOffMeansItsFeaturesAreNoLongerHit(FxRobot robot) throws Exception {
        Point2D at = showMagdeburg(robot);
        CheckBox places = robot.lookup("#layerVisible-orte").queryAs(CheckBox.class);
        if (!places.isSelected()) {
            robot.clickOn(places);
        }
        MapView map = robot.lookup("#map").queryAs(MapView.class);
        robot.clickOn(map.localToScreen(at));
        Label name = robot.lookup("#featureName").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Magdeburg".equals(name.getText()) && name.isVisible());
        assertEquals("Orte", robot.lookup("#featureLayer").queryAs(Label.class).getText());
        MapViewport v = window.mapPane().layerStack().viewport();
        assertTrue(viewModel.layers().hover(v, at.getX(), at.getY()).isPresent());

        robot.clickOn(places);
        assertFalse(places.isSelected());
        FeatureLayer layer = viewModel.layers().manager().byId("orte").orElseThrow();
        assertFalse(layer.isVisible());
        assertTrue(viewModel.layers().hover(v, at.getX(), at.getY()).filter(h -> h.layerId().equals("orte")).isEmpty(),
                "hidden layer is not hit");
        robot.clickOn(map.localToScreen(at));
        Label ags = robot.lookup("#detailAgs").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "15003000".equals(ags.getText()));
        assertFalse(robot.lookup("#featureDetail").query().isVisible(), "the click fell through to the Gemeinde");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> services.settings().get(LayerSettings.KEY).orElse("").contains("orte:0"));
    }

    @Test
    void layerPanelListsTheLayersWithLegendAndMovesThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> viewModel.layers().loadedProperty().get());
        assertTrue(robot.lookup("Einwohner je km²").tryQuery().isPresent());
        assertTrue(robot.lookup("#layerVisible-dichte").queryAs(CheckBox.class).isSelected());
        int before = viewModel.layers().manager().layers().indexOf(
                viewModel.layers().manager().byId("dichte").orElseThrow());
        robot.clickOn("#layerUp-dichte");
        int after = viewModel.layers().manager().layers().indexOf(
                viewModel.layers().manager().byId("dichte").orElseThrow());
        assertEquals(before + 1, after);
        robot.clickOn("#layerDown-dichte");
    }
}
