package de.netzatlas.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.exchange.Format;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.FailureSink;
import de.netzatlas.ui.common.TaskRunner;

/** The import and export wizards' logic without a toolkit (everything runs at once via {@link BackgroundExecutor#direct()}). */
class ImportViewModelTest {

    static final String BROKEN = "ags;stand;haushalte;hh_30;hh_50;hh_100;hh_200;hh_400;hh_1000;hh_ftth;hh_fttb;hh_hfc;hh_dsl\n"
            + "15003000;31.12.2024;1000;900;800;700;600;500;400;300;0;0;500\n"
            + "15002000;31.12.2024;1000;900;800;700;600;500;400;300;0;0;abc\n";

    @TempDir
    Path dir;
    AppServices services;
    ImportViewModel vm;

    @BeforeEach
    void open() throws Exception {
        services = AppServices.open(dir.resolve("vm.mv.db"));
        vm = new ImportViewModel(services.exchange(), BackgroundExecutor.direct(), new Messages(Locale.GERMAN));
    }

    @AfterEach
    void close() {
        services.close();
    }

    static Path fixture(Path dir, String name) throws Exception {
        Path f = dir.resolve(name);
        try (InputStream in = ImportViewModelTest.class.getResourceAsStream("/de/netzatlas/exchange/" + name)) {
            Files.copy(in, f);
        }
        return f;
    }

    private long coverageRows() {
        return services.coverage().stands().stream().filter(s -> !s.demo())
                .mapToLong(s -> services.coverage().rows(s).size()).sum();
    }

    @Test
    void previewCheckImportAndUndoAGoodFile() throws Exception {
        int[] changed = new int[1];
        vm.setOnChanged(() -> changed[0]++);
        vm.fileProperty().set(fixture(dir, "coverage-windows1252.csv"));
        vm.targetIdProperty().set("coverage");
        vm.preview();
        assertEquals("windows-1252", vm.settingsProperty().get().charset().name());
        assertEquals("Gemeindeschlüssel", vm.header().get(0));
        assertEquals(4, vm.rows().size());
        assertEquals("Gemeindeschlüssel", vm.mappingProperty().get().column("ags").orElseThrow());
        assertTrue(vm.fields().stream().anyMatch(f -> f.key().equals("hh_ftth")));

        vm.check();
        assertTrue(vm.checkedProperty().get());
        assertEquals(0, vm.errorsProperty().get(), vm.problems().toString());
        assertTrue(vm.statusProperty().get().startsWith("Geprüft, nichts geschrieben: 4 Zeilen"), vm.statusProperty().get());
        assertEquals(0, coverageRows(), "the check writes nothing");

        vm.runImport();
        assertNotNull(vm.resultProperty().get());
        assertEquals(4, vm.resultProperty().get().inserted());
        assertEquals(4, coverageRows());
        assertTrue(vm.statusProperty().get().startsWith("Importiert. 4 Zeilen gelesen: 4 neu"), vm.statusProperty().get());
        assertNotNull(vm.undoableProperty().get());
        assertTrue(vm.statusProperty().get().contains("Änderungssatz " + vm.undoableProperty().get().toString().substring(0, 8)));
        assertEquals(1, changed[0], "the screens are told to reload");

        vm.undo();
        assertNull(vm.undoableProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Rückgängig: Versorgungsdaten importiert aus coverage-windows1252.csv – erledigt"), vm.statusProperty().get());
        assertEquals(0, coverageRows(), "undo removes the imported rows");
        assertEquals(2, changed[0]);
    }

    @Test
    void theWizardOffersTheRegistersAndImportsAndUndoesASchoolFile() throws Exception {
        assertTrue(vm.targetIds().containsAll(java.util.List.of("schools", "sites", "mobile")));
        vm.fileProperty().set(Path.of("assets/samples/schulen-beispiel.csv"));
        vm.targetIdProperty().set("schools");
        vm.preview();
        assertEquals("schulnummer", vm.mappingProperty().get().column("schulnummer").orElseThrow());
        vm.runImport();
        assertEquals(3, vm.resultProperty().get().inserted(), vm.problems().toString());
        assertEquals(3, services.schools().all().size());
        vm.undo();
        assertTrue(services.schools().all().isEmpty(), "undo of the import removes the schools");
    }

    @Test
    void aBrokenFileShowsItsProblemsAndWritesNothingUnlessValidOnlyIsChosen() throws Exception {
        Path bad = dir.resolve("versorgung.csv");
        Files.writeString(bad, BROKEN, StandardCharsets.UTF_8);
        vm.fileProperty().set(bad);
        vm.targetIdProperty().set("coverage");
        vm.preview();
        assertEquals(2, vm.rows().size());
        vm.check();
        assertEquals(1, vm.errorsProperty().get());
        assertEquals("hh_dsl", vm.problems().get(0).column());
        assertEquals("abc", vm.problems().get(0).value());
        assertEquals(3, vm.problems().get(0).row());

        Path report = dir.resolve("bericht.csv");
        vm.saveReport(report);
        assertTrue(Files.readString(report, StandardCharsets.UTF_8).contains("versorgung.csv;3;hh_dsl;abc;"));

        vm.runImport();
        assertFalse(vm.resultProperty().get().written());
        assertNull(vm.undoableProperty().get());
        assertEquals(0, coverageRows(), "all or nothing: nothing written");
        assertTrue(vm.statusProperty().get().startsWith("Nichts geschrieben."), vm.statusProperty().get());

        vm.validOnlyProperty().set(true);
        vm.runImport();
        assertEquals(1, vm.resultProperty().get().inserted());
        assertEquals(1, coverageRows(), "only the valid row");
    }

    @Test
    void aCorrectedMappingIsUsedAndCanBeSavedAndLoadedAsAProfile() throws Exception {
        Path f = dir.resolve("umbenannt.csv");
        Files.writeString(f, BROKEN.replace("hh_dsl", "DSL-Versorgung").replace("abc", "400"), StandardCharsets.UTF_8);
        vm.fileProperty().set(f);
        vm.targetIdProperty().set("coverage");
        vm.preview();
        vm.map("hh_dsl", "DSL-Versorgung");
        vm.map("hh_30", null);
        assertTrue(vm.mappingProperty().get().column("hh_30").isEmpty());
        vm.map("hh_30", "hh_30");
        vm.saveProfile("Mein Format");
        assertEquals(List.of("Mein Format"), vm.profileNames());

        ImportViewModel again = new ImportViewModel(services.exchange(), BackgroundExecutor.direct(),
                new Messages(Locale.GERMAN));
        again.fileProperty().set(f);
        again.targetIdProperty().set("coverage");
        again.preview();
        again.loadProfile("Mein Format");
        assertEquals("DSL-Versorgung", again.mappingProperty().get().column("hh_dsl").orElseThrow());
        again.runImport();
        assertTrue(again.resultProperty().get().ok(), again.problems().toString());
        assertEquals(2, coverageRows());
    }

    /** Imports the four-row coverage fixture and returns an export view model set to coverage. */
    private ExportViewModel importSampleAndExportCoverage() throws Exception {
        vm.fileProperty().set(fixture(dir, "coverage-windows1252.csv"));
        vm.targetIdProperty().set("coverage");
        vm.runImport();
        assertTrue(vm.resultProperty().get().ok(), vm.statusProperty().get() + vm.problems());
        ExportViewModel export = new ExportViewModel(services.exchange(), BackgroundExecutor.direct(),
                new Messages(Locale.GERMAN));
        export.sourceIdProperty().set("coverage");
        return export;
    }

    @Test
    void exportWritesTheChosenFormat() throws Exception {
        ExportViewModel export = importSampleAndExportCoverage();
        export.formatProperty().set(Format.XLSX);
        assertEquals("coverage.xlsx", export.suggestedFileName());
        Path out = dir.resolve("coverage.xlsx");
        export.export(out);
        assertEquals(out, export.writtenProperty().get());
        assertEquals("4 Zeilen nach coverage.xlsx exportiert.", export.statusProperty().get());
        byte[] head = Files.readAllBytes(out);
        assertTrue(head.length > 100 && head[0] == 'P' && head[1] == 'K', "an XLSX (zip) file");
    }

    @Test
    void theExportStatusSaysHowManyDemoRowsWereLeftOut() throws Exception {
        services.demo().load();
        ExportViewModel export = importSampleAndExportCoverage();
        export.formatProperty().set(Format.CSV);
        export.export(dir.resolve("versorgung.csv"));
        assertEquals("4 Zeilen nach versorgung.csv exportiert. 1.090 Zeilen mit Demodaten nicht exportiert"
                + " – Demodaten verlassen die Datenbank nicht.", export.statusProperty().get());
    }

    /** Work submitted to it waits in {@code queued} until the test runs it ("while the task runs"). */
    private static BackgroundExecutor later(List<Runnable> queued) {
        return new TaskRunner(queued::add, Runnable::run, FailureSink.rethrow());
    }

    /** A wizard on the four-row coverage fixture whose work waits in {@code queued}. */
    private ImportViewModel coverageWizard(List<Runnable> queued) throws Exception {
        ImportViewModel wizard = new ImportViewModel(services.exchange(), later(queued), new Messages(Locale.GERMAN));
        wizard.fileProperty().set(fixture(dir, "coverage-windows1252.csv"));
        wizard.targetIdProperty().set("coverage");
        return wizard;
    }

    @Test
    void cancelLeavesTheDatabaseUnchanged() throws Exception {
        List<Runnable> queued = new java.util.ArrayList<>();
        ImportViewModel cancelled = coverageWizard(queued);
        cancelled.runImport();
        assertTrue(cancelled.runningProperty().get());
        cancelled.cancel(); // "Abbrechen" pressed while the import runs
        queued.forEach(Runnable::run);
        assertTrue(cancelled.resultProperty().get().cancelled());
        assertFalse(cancelled.runningProperty().get());
        assertNull(cancelled.undoableProperty().get());
        assertEquals("Abgebrochen – die Datenbank ist unverändert.", cancelled.statusProperty().get());
        assertEquals(0, coverageRows());
    }

    @Test
    void theImportShowsTheProgressOfItsTask() throws Exception {
        List<Runnable> queued = new java.util.ArrayList<>();
        ImportViewModel running = coverageWizard(queued);
        List<Double> whileRunning = new java.util.ArrayList<>();
        running.progressProperty().addListener((o, a, v) -> {
            if (running.runningProperty().get()) {
                whileRunning.add(v.doubleValue());
            }
        });
        running.runImport();
        assertEquals(-1, running.progressProperty().get(), "unknown until the task reports");
        queued.forEach(Runnable::run);
        assertTrue(whileRunning.stream().anyMatch(v -> v > 0 && v <= 1),
                "the task's progress reaches the wizard while it runs: " + whileRunning);
        assertEquals(1, running.progressProperty().get());
        assertEquals(4, running.resultProperty().get().inserted());
    }

    @Test
    void aCancelledExportWritesNoFile() throws Exception {
        ExportViewModel ready = importSampleAndExportCoverage();
        List<Runnable> queued = new java.util.ArrayList<>();
        ExportViewModel export = new ExportViewModel(services.exchange(), later(queued), new Messages(Locale.GERMAN));
        export.sourceIdProperty().set(ready.sourceIdProperty().get());
        Path out = dir.resolve("abgebrochen.csv");
        export.export(out);
        assertTrue(export.runningProperty().get());
        export.cancel(); // "Abbrechen" while the export runs
        queued.forEach(Runnable::run);
        assertFalse(export.runningProperty().get());
        assertNull(export.writtenProperty().get());
        assertEquals("Abgebrochen – die Datei wurde nicht geschrieben.", export.statusProperty().get());
        assertFalse(Files.exists(out));
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith(".export-")), "no temporary file left");
        }
    }
}
