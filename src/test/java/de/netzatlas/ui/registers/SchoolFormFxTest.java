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
import de.netzatlas.map.TileSources;
import de.netzatlas.schools.School;
import de.netzatlas.ui.FxGuard;
import de.netzatlas.ui.shell.MainViewModel;
import de.netzatlas.ui.shell.MainWindow;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/** Schulen ans Netz → "Neu …": an unreadable number is named in the dialog, which stays open; corrected, the school is saved and listed. */
@ExtendWith(ApplicationExtension.class)
class SchoolFormFxTest {

    /** FX-thread guard on the database, unhandled task failures fail the test. */
    @RegisterExtension
    final FxGuard guard = new FxGuard();

    @TempDir
    static Path dir;
    static AppServices services;
    MainWindow window;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("school-form-fx.mv.db"));
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

    @Test
    void aNewSchoolWithAnUnreadableNumberStaysOpenAndIsSavedOnceCorrected(FxRobot robot) throws Exception {
        robot.interact(() -> window.togglePane(window.registerPanes().schools()));
        robot.clickOn("#schoolsNew");
        robot.clickOn("#field-schulnummer").write("77001");
        robot.clickOn("#field-name").write("Grundschule am Fluss");
        robot.clickOn("#field-lat").write("52,13");
        robot.clickOn("#field-lon").write("11,63");
        robot.clickOn("#field-schueler").write("viele");
        robot.clickOn("Speichern");
        waitFor(() -> robot.lookup("#formMessages").queryAs(Label.class).getText().contains("keine ganze Zahl"),
                "Meldung am Feld Schüler");
        assertTrue(services.schools().all().isEmpty(), "nothing saved");

        robot.interact(() -> robot.lookup("#field-schueler").queryAs(TextField.class).setText("240"));
        robot.clickOn("Speichern");
        waitFor(() -> services.schools().all().size() == 1, "Schule gespeichert");
        School saved = services.schools().all().get(0);
        assertEquals(240, saved.pupils());
        assertEquals("15003000", saved.gemeindeAgs(), "Gemeinde from the location");
        @SuppressWarnings("unchecked")
        TableView<School> table = robot.lookup("#schoolsTable").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 1, "in der Liste");
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
