package de.netzatlas.ui.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.Funding;
import de.netzatlas.fibre.FundingModel;
import de.netzatlas.fibre.Programme;
import de.netzatlas.fibre.ProjectAreas;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.map.TileSources;
import de.netzatlas.ui.FxGuard;
import de.netzatlas.ui.shell.MainViewModel;
import de.netzatlas.ui.shell.MainWindow;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** The project list through the real window: menu opens it, rows and totals show, Ctrl+Z undoes. */
@ExtendWith(ApplicationExtension.class)
class ProjectListFxTest {

    /** FX-thread guard on the database, unhandled task failures fail the test. */
    @RegisterExtension
    final FxGuard guard = new FxGuard();

    @TempDir
    static Path dir;
    static AppServices services;
    static int demoProjects;
    MainViewModel viewModel;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("projects.mv.db"));
        demoProjects = services.demo().load().projects();
        TileSources.activate(services.createBasemap());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        viewModel = guard.mainViewModel(services);
        MainWindow window = guard.show(stage, viewModel);
        window.start();
    }

    @Test
    void menuOpensTheListAndCtrlZUndoesTheLastChange(FxRobot robot) throws Exception {
        robot.clickOn("Glasfaser").clickOn("Projekte");
        TableView<?> table = robot.lookup("#projectsTable").queryAs(TableView.class);
        waitForRows(table, demoProjects);
        Label totals = robot.lookup("#projectsTotals").queryAs(Label.class);
        assertTrue(totals.getText().startsWith("Summe: " + demoProjects + " Projekte"), totals.getText());

        FibreProject created = services.projects().create(project("Testnetz Ctrl-Z"));
        robot.interact(() -> viewModel.projectList().load());
        waitForRows(table, demoProjects + 1);

        robot.clickOn(table); // focus out of text fields, which keep Ctrl+Z for their own text
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitForRows(table, demoProjects);
        assertTrue(services.projects().find(created.id()).isEmpty());
        assertEquals(demoProjects, services.projects().all().size());
    }

    @Test
    void exportOffersExactlyTheRowsShown(FxRobot robot) throws Exception {
        robot.clickOn("Glasfaser").clickOn("Projekte");
        TableView<?> table = robot.lookup("#projectsTable").queryAs(TableView.class);
        waitForRows(table, services.projects().all().size());
        String kreis = viewModel.projectList().kreise().get(0);
        robot.interact(() -> viewModel.projectList().kreisProperty().set(kreis));
        int shown = table.getItems().size();
        assertTrue(shown > 0 && shown < services.projects().all().size());

        robot.clickOn("#projectsExport");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> source = robot.lookup("#exportSource")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertEquals("Ausbauprojekte – angezeigte Liste (" + shown + " Zeilen)",
                source.getConverter().toString(source.getValue()));
        // the projects here are demo data: the dialog says beforehand that they will not be exported
        javafx.scene.control.Label notice = robot.lookup("#exportNotice").queryAs(javafx.scene.control.Label.class);
        assertTrue(notice.isVisible());
        assertEquals(shown + " der angezeigten Zeilen sind Demodaten – sie werden nicht exportiert.", notice.getText());
        assertEquals(1, source.getItems().size());
        robot.clickOn("Schließen");
        robot.interact(() -> viewModel.projectList().kreisProperty().set(null));
    }

    private static void waitForRows(TableView<?> table, int rows) throws InterruptedException {
        for (int i = 0; i < 100 && table.getItems().size() != rows; i++) {
            Thread.sleep(100);
        }
        assertEquals(rows, table.getItems().size(), "Zeilen in der Projektliste");
    }

    private static FibreProject project(String name) {
        return new FibreProject(UUID.randomUUID(), name, "15003", List.of("15003000"),
                ProjectAreas.fromGeoJson("test", "{\"type\":\"Polygon\",\"coordinates\":[[[11.60,52.10],[11.64,52.10],"
                        + "[11.62,52.13],[11.60,52.10]]]}"),
                FundingModel.WIRTSCHAFTLICHKEITSLUECKE, Programme.GIGABIT_RICHTLINIE_BUND, "Stadtwerke Netz", 1_200,
                40, 2,
                new Funding(new BigDecimal("4000000.00"), new BigDecimal("2000000.00"), new BigDecimal("1600000.00"),
                        new BigDecimal("0.00"), new BigDecimal("400000.00")),
                false, ProjectStatus.FOERDERBESCHEID, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 6, 30), null, List.of(), "Testprojekt", false, 0);
    }
}
