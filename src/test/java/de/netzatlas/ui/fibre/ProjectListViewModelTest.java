package de.netzatlas.ui.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.Programme;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.shell.MainViewModel;

/** The project list's filters, search and totals over the demo projects, and undo reloading it. */
class ProjectListViewModelTest {

    @TempDir
    static Path dir;
    static AppServices services;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("list.mv.db"));
        services.demo().load();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private ProjectListViewModel loaded() {
        ProjectListViewModel vm = new ProjectListViewModel(services.projects(), BackgroundExecutor.direct());
        vm.load();
        return vm;
    }

    @Test
    void totalsSumCostAndHouseholdsOfExactlyTheFilteredRows() {
        ProjectListViewModel vm = loaded();
        List<FibreProject> all = services.projects().all();
        assertFalse(all.isEmpty());
        assertEquals(all.size(), vm.totalsProperty().get().projects());

        ProjectStatus status = all.get(0).status();
        vm.statusProperty().set(status);
        List<FibreProject> expected = all.stream().filter(p -> p.status() == status).toList();
        assertEquals(expected.size(), vm.shown().size());
        assertTrue(vm.shown().stream().allMatch(p -> p.status() == status));
        assertEquals(expected.stream().mapToLong(FibreProject::households).sum(),
                vm.totalsProperty().get().households());
        BigDecimal cost = expected.stream().map(p -> p.funding().costTotal()).filter(c -> c != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, cost.compareTo(vm.totalsProperty().get().cost()));
    }

    @Test
    void kreisProgrammeAndStatusFiltersCombine() {
        ProjectListViewModel vm = loaded();
        String kreis = vm.kreise().get(0);
        vm.kreisProperty().set(kreis);
        vm.programmeProperty().set(Programme.GIGABIT_RICHTLINIE_BUND);
        long expected = services.projects().all().stream()
                .filter(p -> p.kreisAgs().equals(kreis) && p.programme() == Programme.GIGABIT_RICHTLINIE_BUND).count();
        assertEquals(expected, vm.shown().size());
        vm.kreisProperty().set(null);
        vm.programmeProperty().set(null);
        assertEquals(services.projects().all().size(), vm.shown().size());
    }

    @Test
    void searchMatchesNamePartIgnoringCase() {
        ProjectListViewModel vm = loaded();
        FibreProject first = vm.all().get(0);
        String part = first.name().substring(0, Math.min(6, first.name().length())).toUpperCase();
        vm.searchProperty().set(part);
        assertTrue(vm.shown().contains(first));
        assertTrue(vm.shown().stream().allMatch(p -> p.name().toUpperCase().contains(part)
                || (p.operator() != null && p.operator().toUpperCase().contains(part))));
        vm.searchProperty().set("gibt es sicher nicht xyz");
        assertEquals(0, vm.shown().size());
        assertEquals(0, vm.totalsProperty().get().households());
    }

    @Test
    void undoRevertsTheLastChangeAndReloadsTheList() {
        ProjectListViewModel vm = loaded();
        FibreProject first = vm.all().get(0);
        services.projects().update(first.withName(first.name() + " (geändert)"));
        vm.load();
        assertTrue(vm.all().stream().anyMatch(p -> p.name().endsWith("(geändert)")));
        AtomicReference<Optional<String>> done = new AtomicReference<>();
        vm.undo(done::set);
        assertTrue(done.get().orElseThrow().startsWith("Projekt geändert"));
        assertTrue(vm.all().stream().noneMatch(p -> p.name().endsWith("(geändert)")));
    }

    @Test
    void choosingAProjectOutlinesItsAreaAndZoomsAroundIt() {
        MainViewModel main = new MainViewModel(services, new Messages(java.util.Locale.GERMAN),
                BackgroundExecutor.direct());
        FibreProject withArea = services.projects().all().stream().filter(p -> p.area() != null).findFirst()
                .orElseThrow();
        main.zoomToProject(withArea);
        assertEquals(withArea.area(), main.highlightProperty().get());
        de.netzatlas.region.GeoBounds b = main.zoomTargetProperty().get();
        org.locationtech.jts.geom.Envelope e = withArea.area().getEnvelopeInternal();
        assertTrue(b.minLat() < e.getMinY() && b.maxLat() > e.getMaxY());
        assertTrue(b.minLon() < e.getMinX() && b.maxLon() > e.getMaxX());
    }
}
