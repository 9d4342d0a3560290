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

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.map.TileSources;
import de.netzatlas.region.Region;
import de.netzatlas.ui.FxGuard;
import de.netzatlas.ui.common.FxBackgroundExecutor;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

/** The main flow through the real window, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    /** FX-thread guard on the database, unhandled task failures fail the test. */
    @RegisterExtension
    final FxGuard guard = new FxGuard();

    @TempDir
    static Path dir;
    static AppServices services;
    FxBackgroundExecutor executor;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("fx.mv.db"));
        TileSources.activate(services.createBasemap());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        guard.watch(services.database());
        executor = guard.executor();
        MainWindow window = new MainWindow(new MainViewModel(services, new Messages(Locale.GERMAN), executor));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
        window.start();
    }

    @Test
    void navigatorListsTheFourteenKreise(FxRobot robot) throws Exception {
        TreeView<Region> tree = robot.lookup("#regionTree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree.getRoot() != null);
        assertEquals("Sachsen-Anhalt", tree.getRoot().getValue().name());
        assertEquals(14, tree.getRoot().getChildren().size());
        Label database = robot.lookup("#statusDatabase").queryAs(Label.class);
        assertTrue(database.getText().contains("fx.mv.db"), database.getText());
    }

    @Test
    void helpShowsTheDataSourcesAndLicences(FxRobot robot) throws Exception {
        robot.clickOn("Hilfe").clickOn("Datenquellen und Lizenzen");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sourcesText").tryQuery().isPresent());
        String text = robot.lookup("#sourcesText").queryAs(TextArea.class).getText();
        assertTrue(text.contains("© GeoBasis-DE / BKG 2016 (Daten verändert)"), text);
        assertTrue(text.contains("Datenlizenz Deutschland – Namensnennung – Version 2.0"), text);
        assertTrue(text.contains("GeoNames (www.geonames.org), CC BY 4.0"), text);
        assertTrue(text.contains("Gluon Maps"), text);
        robot.clickOn("Schließen");
    }

    @Test
    void clickingTheMapSelectsTheGemeindeUnderTheCursor(FxRobot robot) throws Exception {
        MapView map = robot.lookup("#map").queryAs(MapView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.getZoom() > 6);
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS); // the fly-to animation settles
        Bounds b = map.localToScreen(map.getBoundsInLocal());
        Point2D centre = new Point2D(b.getCenterX(), b.getCenterY());
        MapPoint expected = WaitForAsyncUtils.asyncFx(() -> {
            Point2D local = map.screenToLocal(centre);
            return map.getMapPosition(local.getX(), local.getY());
        }).get();
        Region atCentre = services.regions().regionAt(expected.getLatitude(), expected.getLongitude()).orElseThrow();
        robot.clickOn(centre);
        Label name = robot.lookup("#detailAgs").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> atCentre.ags().equals(name.getText()));
        assertEquals(atCentre.name(), robot.lookup("#detailName").queryAs(Label.class).getText());
    }

    @Test
    void searchingMagdebAndChoosingMagdeburgShowsItsPopulation(FxRobot robot) throws Exception {
        robot.clickOn("#regionSearch").write("Magdeb");
        ListView<Region> results = robot.lookup("#searchResults").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        robot.clickOn("Magdeburg – Gemeinde · Kreisfreie Stadt, 15003000");
        Label population = robot.lookup("#detailPopulation").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "237.565".equals(population.getText()));
        assertEquals("Stand 31.12.2019", robot.lookup("#detailPopulationStand").queryAs(Label.class).getText());
        assertEquals("Magdeburg", robot.lookup("#detailName").queryAs(Label.class).getText());
        assertEquals("15003000", robot.lookup("#detailAgs").queryAs(Label.class).getText());
        TreeView<Region> tree = robot.lookup("#regionTree").queryAs(TreeView.class);
        assertEquals("15003000", tree.getSelectionModel().getSelectedItem().getValue().ags(),
                "the chosen result is revealed in the tree");
    }

    @Test
    void theMapMenuOffersTheBasemapsAndEstimatesAPrefetchBeforeLoadingAnything(FxRobot robot) throws Exception {
        MapView map = robot.lookup("#map").queryAs(MapView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.getZoom() > 6);
        robot.clickOn("Karte");
        assertTrue(robot.lookup("Eingebaute Grundkarte").tryQuery().isPresent());
        assertTrue(robot.lookup("Hintergrundkarte öffnen…").tryQuery().isPresent());
        robot.clickOn("Bereich offline verfügbar machen…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#prefetchEstimate").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        String estimate = robot.lookup("#prefetchEstimate").queryAs(Label.class).getText();
        assertTrue(estimate.contains("Kacheln, davon 0 schon gespeichert"), estimate);
        robot.clickOn("Schließen");
    }
}
