package de.netzatlas.ui.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** The school register through the real window: filter by Kreis, choose a school, the map centres on it; map click chooses the row. */
@ExtendWith(ApplicationExtension.class)
class SchoolListFxTest {

    /** FX-thread guard on the database, unhandled task failures fail the test. */
    @RegisterExtension
    final FxGuard guard = new FxGuard();

    @TempDir
    static Path dir;
    static AppServices services;
    MainViewModel viewModel;
    MainWindow window;

    @BeforeAll
    static void open() throws Exception {
        services = AppServices.open(dir.resolve("schools.mv.db"));
        assertTrue(services.exchange().imports().run(de.netzatlas.exchange.ImportRequest.of(
                Path.of("assets/samples/schulen-beispiel.csv"), "schools"), null, null).ok());
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
    void filterToOneKreisChooseASchoolAndTheMapCentresOnIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.togglePane(window.registerPanes().schools())); // menu Register → Schulen ans Netz
        @SuppressWarnings("unchecked")
        TableView<School> table = robot.lookup("#schoolsTable").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 3, "drei Schulen in der Liste");

        robot.clickOn("#schoolsKreis");
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.ListCell<?> cell
                && "Halle (Saale)".equals(cell.getText())).queryAs(javafx.scene.Node.class));
        waitFor(() -> table.getItems().size() == 1, "nur die Schule in Halle");
        assertEquals("Summe: 1 Schulen · 212 Schüler · Gigabit: 100,0 % der Schulen, 100,0 % der Schüler · 0 überfällig",
                robot.lookup("#schoolsTotals").queryAs(Label.class).getText()); // a connected school is never overdue
        School halle = table.getItems().get(0);
        assertEquals("Beispiel-Grundschule am Markt", halle.name());

        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.TableCell<?, ?> cell
                && "Beispiel-Grundschule am Markt".equals(cell.getText())).queryAs(javafx.scene.Node.class));
        waitFor(() -> centredOn(51.4825, 11.9697), "Karte auf die Schule zentriert");
        assertEquals(halle.id().toString(), viewModel.layers().selected().get(0).featureId());

        // and back: clicking the point on the map chooses the row
        robot.interact(() -> table.getSelectionModel().clearSelection());
        robot.interact(() -> viewModel.layers().select(java.util.List.of()));
        MapViewport v = window.mapPane().layerStack().viewport();
        Point2D centre = window.mapPane().layerStack().localToScreen(v.width() / 2, v.height() / 2);
        Point2D point = window.mapPane().layerStack().localToScreen(v.x(11.9697), v.y(51.4825));
        robot.clickOn(point);
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null, "Zeile über Kartenklick gewählt");
        assertEquals(halle.id(), table.getSelectionModel().getSelectedItem().id());
        assertTrue(centre.distance(point) < 40, "Punkt liegt in der Kartenmitte");
    }

    @Test
    void oneListAtATimeBelowTheMap(FxRobot robot) {
        javafx.scene.control.SplitPane centre = robot.lookup("#centreSplit").queryAs(javafx.scene.control.SplitPane.class);
        robot.interact(() -> window.togglePane(window.registerPanes().schools()));
        assertEquals(2, centre.getItems().size());
        assertTrue(centre.getItems().contains(window.registerPanes().schools()));
        robot.interact(window::toggleMobile); // Mobilfunk → Standorte replaces the school list
        assertEquals(2, centre.getItems().size(), "no list squeezed under another");
        assertTrue(centre.getItems().contains(window.mobileScreen().view()));
        robot.interact(window::toggleProjects);
        assertEquals(2, centre.getItems().size());
        assertTrue(centre.getItems().contains(window.projectListView()));
        robot.interact(window::toggleProjects); // and the same menu item closes it again
        assertEquals(1, centre.getItems().size());
    }

    private boolean centredOn(double lat, double lon) {
        MapViewport v = window.mapPane().layerStack().viewport();
        return v != null && Math.abs(v.lat(v.height() / 2) - lat) < 0.005 && Math.abs(v.lon(v.width() / 2) - lon) < 0.008;
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 150 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
