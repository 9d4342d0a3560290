package de.netzatlas.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
import de.netzatlas.common.Messages;
import de.netzatlas.exchange.Format;
import de.netzatlas.exchange.Problem;
import de.netzatlas.exchange.SourceRow;
import de.netzatlas.ui.FxGuard;
import de.netzatlas.ui.shell.MainViewModel;
import de.netzatlas.ui.shell.MainWindow;

import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** "Datei → Importieren …" through the real wizard on a temp database: preview, check, import; and the export. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardFxTest {

    /** FX-thread guard on the database, unhandled task failures fail the test. */
    @RegisterExtension
    final FxGuard guard = new FxGuard();

    @TempDir
    static Path dir;
    static AppServices services;
    MainWindow window;
    Stage owner;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("wizard.mv.db"));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        MainViewModel viewModel = guard.mainViewModel(services);
        window = guard.show(stage, viewModel);
        owner = stage;
    }

    private long coverageRows() {
        return services.coverage().stands().stream().filter(s -> !s.demo())
                .mapToLong(s -> services.coverage().rows(s).size()).sum();
    }

    private ImportDialog openWizard(FxRobot robot, ImportViewModel[] vm) {
        ImportDialog[] d = new ImportDialog[1];
        robot.interact(() -> {
            vm[0] = new ImportViewModel(services.exchange(), guard.executor(), new Messages(Locale.GERMAN));
            d[0] = ImportDialog.open(owner, vm[0], new Messages(Locale.GERMAN));
        });
        return d[0];
    }

    @Test
    void theFileMenuOffersImportAndExport(FxRobot robot) {
        MenuBar bar = robot.lookup(n -> n instanceof MenuBar).queryAs(MenuBar.class);
        var ids = bar.getMenus().get(0).getItems().stream().map(MenuItem::getId).toList();
        assertTrue(ids.contains("menuImport") && ids.contains("menuExport"), ids.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBrokenFileShowsItsProblemsAndAGoodFileImports(FxRobot robot) throws Exception {
        Path bad = dir.resolve("versorgung.csv");
        Files.writeString(bad, ImportViewModelTest.BROKEN, StandardCharsets.UTF_8);
        ImportViewModel[] vm = new ImportViewModel[1];
        ImportDialog dialog = openWizard(robot, vm);
        robot.interact(() -> {
            vm[0].fileProperty().set(bad); // the FileChooser is native; the button sets just this
            vm[0].targetIdProperty().set("coverage");
        });
        robot.clickOn("#importNext");
        TableView<SourceRow> preview = robot.lookup("#importPreviewTable").queryAs(TableView.class);
        waitFor(() -> preview.getItems().size() == 2, "zwei Zeilen in der Vorschau");
        assertEquals(14, preview.getColumns().size(), "Zeile + 13 Spalten");
        robot.clickOn("#importNext");
        TableView<Problem> problems = robot.lookup("#importProblems").queryAs(TableView.class);
        waitFor(() -> problems.getItems().size() == 1, "ein Problem im Bericht");
        assertEquals("„abc“ ist keine Zahl.", problems.getItems().get(0).message());
        assertEquals("1 Fehler (blockieren), 0 Warnungen", robot.lookup("#importCounts").queryAs(Label.class).getText());
        robot.clickOn("#importNext");
        robot.clickOn("#importRun");
        waitFor(() -> vm[0].resultProperty().get() != null, "Import beendet");
        assertTrue(robot.lookup("#importResult").queryAs(Label.class).getText().startsWith("Nichts geschrieben."));
        assertEquals(0, coverageRows(), "alles oder nichts: nichts geschrieben");
        robot.interact(() -> dialog.stage().close());

        ImportViewModel[] good = new ImportViewModel[1];
        ImportDialog second = openWizard(robot, good);
        Path file = ImportViewModelTest.fixture(dir, "coverage-windows1252.csv");
        robot.interact(() -> {
            good[0].fileProperty().set(file);
            good[0].targetIdProperty().set("coverage");
        });
        robot.clickOn("#importNext");
        TableView<SourceRow> rows = robot.lookup("#importPreviewTable").queryAs(TableView.class);
        waitFor(() -> rows.getItems().size() == 4, "vier Zeilen in der Vorschau");
        robot.clickOn("#importNext");
        waitFor(() -> good[0].checkedProperty().get(), "geprüft");
        robot.clickOn("#importNext");
        robot.clickOn("#importRun");
        waitFor(() -> good[0].resultProperty().get() != null, "Import beendet");
        assertTrue(good[0].resultProperty().get().ok(), good[0].problems().toString());
        assertEquals(4, coverageRows());
        assertTrue(robot.lookup("#importResult").queryAs(Label.class).getText().contains("4 neu"));
        robot.clickOn("#importUndo");
        waitFor(() -> good[0].undoableProperty().get() == null && !good[0].runningProperty().get(), "rückgängig");
        assertEquals(0, coverageRows());
        robot.interact(() -> second.stage().close());
    }

    @Test
    void exportWritesAFileOffTheFxThread(FxRobot robot) throws Exception {
        ExportViewModel[] vm = new ExportViewModel[1];
        robot.interact(() -> {
            vm[0] = new ExportViewModel(services.exchange(), guard.executor(), new Messages(Locale.GERMAN));
            ExportDialog.open(owner, vm[0], new Messages(Locale.GERMAN));
            vm[0].sourceIdProperty().set("regions");
            vm[0].formatProperty().set(Format.GEOJSON);
        });
        Path out = dir.resolve("regionen.geojson");
        robot.interact(() -> vm[0].export(out));
        waitFor(() -> vm[0].writtenProperty().get() != null, "Export fertig");
        assertTrue(Files.readString(out).startsWith("{\"type\":\"FeatureCollection\""));
        assertTrue(robot.lookup("#exportStatus").queryAs(Label.class).getText().contains("regionen.geojson"));
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
