package de.netzatlas.ui.mobile;

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
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.ui.FxGuard;
import de.netzatlas.ui.shell.MainViewModel;
import de.netzatlas.ui.shell.MainWindow;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** Mobilfunk → Standorte: "Neu …" opens the form; a location outside the Land is refused with the field named; a valid site is saved, listed, and Ctrl+Z removes it. */
@ExtendWith(ApplicationExtension.class)
class MobileFormFxTest {

    /** FX-thread guard on the database, unhandled task failures fail the test. */
    @RegisterExtension
    final FxGuard guard = new FxGuard();

    @TempDir
    static Path dir;
    static AppServices services;
    MainWindow window;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("mobile-form.mv.db"));
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
    void aNewSiteIsValidatedSavedListedAndUndone(FxRobot robot) throws Exception {
        robot.interact(window::toggleMobile);
        robot.clickOn("#mobileNew");
        robot.clickOn("#field-kennung").write("FORM-1");
        robot.clickOn("#field-lat").write("52,52");
        robot.clickOn("#field-lon").write("13,40"); // Berlin
        robot.clickOn("Speichern");
        waitFor(() -> robot.lookup("#formMessages").queryAs(Label.class).getText().contains("außerhalb"),
                "Meldung: außerhalb Sachsen-Anhalts");
        assertTrue(robot.lookup("#formMessages").queryAs(Label.class).getText().contains("Sachsen-Anhalt"));
        assertEquals(0, services.mobile().all().size(), "nothing saved");

        robot.interact(() -> {
            robot.lookup("#field-lat").queryAs(TextField.class).setText("52,13");
            robot.lookup("#field-lon").queryAs(TextField.class).setText("11,63"); // Magdeburg
        });
        robot.clickOn("Speichern");
        waitFor(() -> services.mobile().all().size() == 1, "Standort gespeichert");
        MobileSite saved = services.mobile().all().get(0);
        assertEquals("FORM-1", saved.identifier());
        assertEquals("15003000", saved.gemeindeAgs(), "Gemeinde from the location");
        MobileViewModel vm = window.mobileScreen().viewModel();
        waitFor(() -> vm.all().size() == 1, "in der Liste");

        robot.interact(() -> window.mapPane().mapView().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> services.mobile().all().isEmpty(), "Rückgängig entfernt den Standort");
        waitFor(() -> vm.all().isEmpty(), "Liste leer");
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
