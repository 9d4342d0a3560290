package de.netzatlas.ui.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.exchange.Format;
import de.netzatlas.exchange.ImportRequest;
import de.netzatlas.exchange.ImportResult;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.RealProjects;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.exchange.ExportViewModel;
import de.netzatlas.ui.exchange.ListExport;

/** "Exportieren …" on the project list: exactly the rows shown (filter + search), written off the FX thread. */
class ProjectListExportTest {

    @TempDir
    static Path dir;
    static AppServices services;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("list-export.mv.db"));
        services.demo().load();
        RealProjects.replaceDemoProjects(services.projects(), services.demo());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void theExportHoldsExactlyTheFilteredAndSearchedRows() throws Exception {
        ProjectListViewModel list = new ProjectListViewModel(services.projects(), BackgroundExecutor.direct());
        list.load();
        String kreis = list.kreise().get(0);
        list.kreisProperty().set(kreis);
        List<FibreProject> inKreis = List.copyOf(list.shown());
        list.searchProperty().set(inKreis.get(0).name());
        Set<String> shown = list.shown().stream().map(p -> p.id().toString()).collect(Collectors.toSet());
        assertTrue(!shown.isEmpty() && shown.size() < services.projects().all().size(), shown.toString());

        ListExport export = new ListExport(services.exchange()::exportSource, BackgroundExecutor.direct(), new Messages(Locale.GERMAN),
                () -> null);
        ExportViewModel vm = export.viewModel("projects", list.shown(), (FibreProject p) -> p.id().toString(), FibreProject::demo)
                .orElseThrow();
        assertEquals(1, vm.sourceIds().size());
        assertEquals("Ausbauprojekte – angezeigte Liste (" + shown.size() + " Zeilen)", vm.sourceLabel(vm.sourceIds().get(0)));
        assertEquals("", vm.noticeProperty().get(), "no demo rows, no notice");
        list.searchProperty().set("");
        list.kreisProperty().set(null);
        assertTrue(list.shown().size() > shown.size(), "changing the filter afterwards does not change the export");

        vm.formatProperty().set(Format.CSV);
        Path file = dir.resolve("projekte-liste.csv");
        vm.export(file);
        assertEquals(shown.size() + " Zeilen nach projekte-liste.csv exportiert.", vm.statusProperty().get());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> ids = lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(';')))
                .collect(Collectors.toSet());
        assertEquals(shown, ids);

        ImportResult back = services.exchange().imports().run(ImportRequest.of(file, "projects"), null, null);
        assertTrue(back.ok(), back.problems().toString());
        assertEquals(shown.size(), back.unchanged());

        assertTrue(export.viewModel("gibt-es-nicht", list.shown(), (FibreProject p) -> p.id().toString(),
                FibreProject::demo).isEmpty());
    }

    @Test
    void onDemoDataTheDialogSaysBeforehandThatDemoRowsAreNotExported() throws Exception {
        try (AppServices demo = AppServices.open(dir.resolve("demo-list-export.mv.db"))) {
            demo.demo().load();
            ProjectListViewModel list = new ProjectListViewModel(demo.projects(), BackgroundExecutor.direct());
            list.load();
            int shown = list.shown().size();
            assertTrue(shown > 0 && list.shown().stream().allMatch(FibreProject::demo));
            ExportViewModel vm = new ListExport(demo.exchange()::exportSource, BackgroundExecutor.direct(), new Messages(Locale.GERMAN),
                    () -> null).viewModel("projects", list.shown(), (FibreProject p) -> p.id().toString(),
                    FibreProject::demo).orElseThrow();
            assertEquals("Ausbauprojekte – angezeigte Liste (" + shown + " Zeilen)", vm.sourceLabel(vm.sourceIds().get(0)));
            assertEquals(shown + " der angezeigten Zeilen sind Demodaten – sie werden nicht exportiert.",
                    vm.noticeProperty().get());
            vm.formatProperty().set(Format.CSV);
            vm.export(dir.resolve("demo-liste.csv"));
            assertEquals("0 Zeilen nach demo-liste.csv exportiert. " + shown + " Zeilen mit Demodaten nicht exportiert"
                    + " – Demodaten verlassen die Datenbank nicht.", vm.statusProperty().get());
        }
    }
}
