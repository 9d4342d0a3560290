package de.netzatlas.ui.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.Funding;
import de.netzatlas.fibre.FundingModel;
import de.netzatlas.fibre.Programme;
import de.netzatlas.fibre.ProjectAreas;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.ui.common.BackgroundExecutor;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** Issue 17: in English mode the project list shows English status, programme and model and euro amounts with "€". */
@ExtendWith(ApplicationExtension.class)
class EnglishProjectListFxTest {

    @TempDir
    static Path dir;
    static AppServices services;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("en.mv.db"));
        services.projects().create(project());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        ProjectListViewModel vm = new ProjectListViewModel(services.projects(), BackgroundExecutor.direct());
        ProjectListView view = new ProjectListView(vm, new Messages(Locale.ENGLISH));
        vm.load();
        stage.setScene(new Scene(view, 1280, 600));
        stage.show();
    }

    @Test
    void statusAndEurosAreEnglish(FxRobot robot) {
        TableView<?> table = robot.lookup("#projectsTable").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        assertEquals("Construction", cell(table, "Status"));
        assertEquals("Federal gigabit guideline", cell(table, "Programme"));
        assertEquals("funded – profitability gap model", cell(table, "Model"));
        String totals = robot.lookup("#projectsTotals").queryAs(Label.class).getText();
        assertTrue(totals.contains("€4,000,000"), totals);
        assertFalse(totals.contains("¤"), totals);
    }

    private static String cell(TableView<?> table, String header) {
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (c.getText().startsWith(header)) {
                Object v = c.getCellObservableValue(0).getValue();
                return String.valueOf(v);
            }
        }
        throw new AssertionError("no column " + header + " in "
                + table.getColumns().stream().map(TableColumn::getText).toList());
    }

    private static FibreProject project() {
        return new FibreProject(UUID.randomUUID(), "Testnetz English", "15003", List.of("15003000"),
                ProjectAreas.fromGeoJson("test", "{\"type\":\"Polygon\",\"coordinates\":[[[11.60,52.10],[11.64,52.10],"
                        + "[11.62,52.13],[11.60,52.10]]]}"),
                FundingModel.WIRTSCHAFTLICHKEITSLUECKE, Programme.GIGABIT_RICHTLINIE_BUND, "Stadtwerke Netz", 1_200,
                40, 2,
                new Funding(new BigDecimal("4000000.00"), new BigDecimal("2000000.00"), new BigDecimal("1600000.00"),
                        new BigDecimal("0.00"), new BigDecimal("400000.00")),
                false, ProjectStatus.BAU, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 6, 30), null, List.of(), "Testprojekt", false, 0);
    }
}
