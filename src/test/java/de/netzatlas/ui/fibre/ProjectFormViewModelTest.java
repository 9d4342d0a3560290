package de.netzatlas.ui.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.ProjectAreas;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.store.AuditEntry;
import de.netzatlas.ui.common.BackgroundExecutor;

/** The project form's state: live validation per field, status choices, saving, conflicts, GeoJSON. */
class ProjectFormViewModelTest {

    static final String TRIANGLE = "{\"type\":\"Polygon\",\"coordinates\":[[[11.60,52.10],[11.64,52.10],"
            + "[11.62,52.13],[11.60,52.10]]]}";

    @TempDir
    static Path dir;
    static AppServices services;
    final Messages m = new Messages(Locale.GERMAN);

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("form.mv.db"));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private ProjectFormViewModel form(FibreProject p) {
        ProjectFormViewModel vm = new ProjectFormViewModel(services.projects(), services.regions(),
                BackgroundExecutor.direct(), m, p);
        vm.load();
        return vm;
    }

    /** A complete, valid new project in Magdeburg. */
    private ProjectFormViewModel filledNew(String name) {
        ProjectFormViewModel vm = form(null);
        vm.name.set(name);
        vm.kreis.set(vm.kreise.stream().filter(k -> k.ags().equals("15003")).findFirst().orElseThrow());
        vm.gemeinden.setAll("15003000");
        vm.operator.set("Stadtwerke Netz");
        vm.households.set("1.200");
        vm.cost.set("4.000.000,00");
        vm.shareBund.set("2.000.000,00");
        vm.shareLand.set("1.600.000,00");
        vm.shareKommune.set("0");
        vm.shareOperator.set("400.000,00");
        vm.area.set(ProjectAreas.fromGeoJson("test", TRIANGLE));
        return vm;
    }

    @Test
    void errorsAppearNextToTheirFieldsLiveAndBlockSavingWarningsDoNot() {
        ProjectFormViewModel vm = form(null);
        assertEquals("Name fehlt.", vm.message("name").get());
        assertTrue(vm.hasError("name").get());
        assertFalse(vm.canSaveProperty().get());

        vm = filledNew("Glasfaser Magdeburg-Nord");
        assertEquals("", vm.message("name").get());
        assertTrue(vm.canSaveProperty().get(), vm.issues().toString());
        assertTrue(vm.householdsHint.get().startsWith("von "), vm.householdsHint.get());

        vm.shareOperator.set("300.000,00");
        assertEquals("Die Anteile Bund, Land, Kommune und Betreiber ergeben 3.900.000,00 €, die Gesamtkosten sind "
                + "aber 4.000.000,00 €.", vm.message("cost_total").get());
        assertFalse(vm.canSaveProperty().get());

        vm.shareOperator.set("viel");
        assertEquals("„viel“ ist kein Betrag (z. B. 1.250.000,00).", vm.message("share_operator").get());
        assertTrue(vm.hasError("share_operator").get());

        vm.shareOperator.set("0");
        vm.shareBund.set("2.400.000,00");
        assertTrue(vm.message("share_bund").get().startsWith("Anteil Bund 60,0 % liegt über der Förderquote von 50 %"),
                vm.message("share_bund").get());
        assertFalse(vm.hasError("share_bund").get(), "a warning only");
        assertTrue(vm.canSaveProperty().get(), "warnings do not block saving");

        vm.households.set("9999999");
        assertTrue(vm.message("households").get().startsWith("Anzuschließende Haushalte (9.999.999) übersteigen"));
        assertFalse(vm.canSaveProperty().get());
    }

    @Test
    void savingCreatesTheProjectWithAnAuditRowAndItsMilestones() {
        ProjectFormViewModel vm = filledNew("Glasfaser Magdeburg-Süd");
        vm.addMilestone();
        assertEquals("Meilenstein 1 hat keinen Namen.", vm.message("milestones").get());
        assertFalse(vm.canSaveProperty().get());
        vm.milestones.get(0).name.set("Spatenstich");
        vm.milestones.get(0).planned.set(LocalDate.of(2026, 4, 1));
        assertTrue(vm.canSaveProperty().get(), vm.issues().toString());
        AtomicReference<FibreProject> saved = new AtomicReference<>();
        vm.save(saved::set);
        FibreProject stored = services.projects().find(vm.id()).orElseThrow();
        assertEquals(saved.get().id(), stored.id());
        assertEquals("Glasfaser Magdeburg-Süd", stored.name());
        assertEquals(1200, stored.households());
        assertEquals(0, new BigDecimal("4000000").compareTo(stored.funding().costTotal()));
        assertEquals("Spatenstich", stored.milestones().get(0).name());
        assertEquals(3, stored.area().getNumPoints() - 1);
        List<AuditEntry> history = services.audit().history(services.database(), "fibre_project", stored.id().toString());
        assertEquals(1, history.size());
    }

    @Test
    void statusOffersOnlyAllowedTransitionsAndCompletionNeedsAnActualDate() {
        ProjectFormViewModel create = filledNew("Glasfaser Status");
        assertEquals(List.of(ProjectStatus.values()), create.statusChoices);
        create.status.set(ProjectStatus.BAU);
        AtomicReference<FibreProject> saved = new AtomicReference<>();
        create.save(saved::set);

        ProjectFormViewModel vm = form(saved.get());
        assertEquals(List.of(ProjectStatus.BAU, ProjectStatus.ABGESCHLOSSEN, ProjectStatus.ABGEBROCHEN),
                vm.statusChoices);
        assertEquals("Glasfaser Status", vm.name.get());
        assertEquals("15003", vm.kreis.get().ags());
        assertEquals("4.000.000,00", vm.cost.get());
        vm.status.set(ProjectStatus.ABGESCHLOSSEN);
        assertEquals(LocalDate.now(), vm.statusSince.get());
        assertEquals("Abgeschlossen erfordert ein tatsächliches Fertigstellungsdatum.",
                vm.message("actual_completion").get());
        assertFalse(vm.canSaveProperty().get());
        vm.actualCompletion.set(LocalDate.of(2026, 10, 1));
        assertTrue(vm.canSaveProperty().get(), vm.issues().toString());
    }

    @Test
    void aConcurrentChangeGivesAClearMessageAndWritesNothing() {
        ProjectFormViewModel create = filledNew("Glasfaser Konflikt");
        AtomicReference<FibreProject> saved = new AtomicReference<>();
        create.save(saved::set);
        ProjectFormViewModel vm = form(saved.get());
        services.projects().update(saved.get().withName("Anderswo geändert"));
        vm.notes.set("meine Änderung");
        vm.operator.set("Mein Betreiber");
        AtomicReference<FibreProject> again = new AtomicReference<>();
        vm.save(again::set);
        assertNull(again.get());
        assertTrue(vm.saveError.get().startsWith("Das Projekt wurde inzwischen an anderer Stelle geändert"),
                vm.saveError.get());
        FibreProject stored = services.projects().find(saved.get().id()).orElseThrow();
        assertEquals("Anderswo geändert", stored.name());
        assertEquals("Stadtwerke Netz", stored.operator());
    }

    @Test
    void areaFromGeoJsonFileOrAGermanMessage() throws Exception {
        ProjectFormViewModel vm = form(null);
        assertEquals("Keine Fläche", vm.areaSummary.get());
        Path good = dir.resolve("gebiet.geojson");
        Files.writeString(good, TRIANGLE);
        AtomicReference<String> error = new AtomicReference<>();
        vm.importArea(good, error::set);
        assertNull(error.get());
        assertTrue(vm.areaSummary.get().startsWith("1 Fläche, ca. "), vm.areaSummary.get());
        Path bad = dir.resolve("linie.geojson");
        Files.writeString(bad, "{\"type\":\"LineString\",\"coordinates\":[[11.6,52.1],[11.7,52.2]]}");
        vm.importArea(bad, error::set);
        assertEquals("linie.geojson: LineString ist keine Fläche; erwartet werden Polygon oder MultiPolygon.",
                error.get());
        assertTrue(vm.areaSummary.get().startsWith("1 Fläche"), "the previous area stays");
    }

    @Test
    void drawingStartsFromTheBoundariesOfTheChosenGemeindenOrElseOfTheKreis() {
        ProjectFormViewModel vm = filledNew("Glasfaser Grenzen");
        AtomicReference<List<org.locationtech.jts.geom.Geometry>> borders = new AtomicReference<>();
        vm.loadBorders(borders::set);
        assertEquals(1, borders.get().size());
        assertEquals(services.regions().boundary("15003000").orElseThrow(), borders.get().get(0));
        vm.gemeinden.clear();
        vm.loadBorders(borders::set);
        assertEquals(List.of(services.regions().boundary("15003").orElseThrow()), borders.get());
    }

    @Test
    void dirtyComparesAgainstTheLoadedValues() {
        ProjectFormViewModel fresh = form(null);
        assertFalse(fresh.dirtyProperty().get(), "a new form with its defaults");
        fresh.name.set("Glasfaser Neu");
        assertTrue(fresh.dirtyProperty().get());
        fresh.name.set("");
        assertFalse(fresh.dirtyProperty().get(), "typed and taken back");

        ProjectFormViewModel create = filledNew("Glasfaser Dirty");
        AtomicReference<FibreProject> saved = new AtomicReference<>();
        create.save(saved::set);
        ProjectFormViewModel vm = form(saved.get());
        assertEquals("15003", vm.kreis.get().ags());
        assertFalse(vm.dirtyProperty().get(), "loaded, Kreis and milestones included");
        String notes = vm.notes.get();
        vm.notes.set("neue Bemerkung");
        assertTrue(vm.dirtyProperty().get(), "notes count");
        vm.notes.set(notes);
        assertFalse(vm.dirtyProperty().get());
        vm.addMilestone();
        assertTrue(vm.dirtyProperty().get(), "a new milestone row");
        vm.milestones.clear();
        vm.area.set(null);
        assertTrue(vm.dirtyProperty().get(), "area removed");
    }
}
