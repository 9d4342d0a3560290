package de.netzatlas.ui.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.ui.common.BackgroundExecutor;

/** The school form's state: German input per field, the school rules, saving, a stale version. */
class SchoolFormViewModelTest {

    @TempDir
    static Path dir;
    static AppServices services;
    final Messages m = new Messages(Locale.GERMAN);

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("school-form.mv.db"));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private SchoolFormViewModel form(School s) {
        return new SchoolFormViewModel(services.schools(), BackgroundExecutor.direct(), m, s);
    }

    private SchoolFormViewModel filled(String nummer) {
        SchoolFormViewModel vm = form(null);
        vm.text("schulnummer").set(nummer);
        vm.text("name").set("Grundschule " + nummer);
        vm.text("lat").set("52,13");
        vm.text("lon").set("11,63"); // Magdeburg
        vm.text("schueler").set("1.250");
        vm.text("kosten").set("78.450,00");
        vm.text("status_seit").set("01.09.2025");
        return vm;
    }

    @Test
    void aNewSchoolIsSavedWithItsGemeindeTakenFromThePoint() {
        SchoolFormViewModel vm = filled("90001");
        AtomicBoolean saved = new AtomicBoolean();
        vm.save(() -> saved.set(true));

        assertTrue(saved.get());
        School s = services.schools().bySchulnummer("90001").orElseThrow();
        assertEquals("15003000", s.gemeindeAgs());
        assertEquals(1250, s.pupils());
        assertEquals(0, new BigDecimal("78450.00").compareTo(s.cost()));
        assertFalse(vm.savingProperty().get());
        assertEquals("", vm.statusProperty().get());
    }

    @Test
    void whatDoesNotReadIsMarkedOnItsFieldAndNothingIsSaved() {
        SchoolFormViewModel vm = filled("90002");
        vm.text("schueler").set("viele");
        vm.text("kosten").set("teuer");
        vm.text("plan_anschluss").set("31.02.2026");
        vm.text("lat").set("");
        AtomicBoolean saved = new AtomicBoolean();
        vm.save(() -> saved.set(true));

        assertFalse(saved.get());
        assertEquals("„viele“ ist keine ganze Zahl.", vm.message("schueler").get());
        assertTrue(vm.hasError("schueler").get());
        assertTrue(vm.message("kosten").get().contains("kein Betrag"));
        assertTrue(vm.hasError("plan_anschluss").get());
        assertEquals("Pflichtwert fehlt.", vm.message("lat").get());
        assertFalse(vm.hasError("name").get());
        assertTrue(services.schools().bySchulnummer("90002").isEmpty());
    }

    @Test
    void aPointOutsideTheLandIsAnErrorOnTheLocationAndTheRulesBlockSaving() {
        SchoolFormViewModel vm = filled("90003");
        vm.text("lat").set("52,52");
        vm.text("lon").set("13,40"); // Berlin
        vm.text("name").set(" ");
        vm.save(() -> { });

        assertTrue(vm.message("lat").get().contains("Sachsen-Anhalt"), vm.message("lat").get());
        assertEquals("Name der Schule fehlt.", vm.message("name").get());
        assertTrue(vm.issues().stream().anyMatch(i -> i.field().equals("lat/lon")));
        assertTrue(services.schools().bySchulnummer("90003").isEmpty());
    }

    @Test
    void anEditShowsTheSchoolAndSavesTheChangeAsTheNextVersion() {
        filled("90004").save(() -> { });
        School stored = services.schools().bySchulnummer("90004").orElseThrow();
        SchoolFormViewModel vm = form(stored);
        assertEquals("Grundschule 90004", vm.text("name").get());
        assertEquals("1250", vm.text("schueler").get());
        assertEquals("01.09.2025", vm.text("status_seit").get());
        vm.text("name").set("Grundschule am Dom");
        vm.status.set(SchoolStatus.GEPLANT);
        vm.text("status_seit").set("01.10.2025");
        vm.save(() -> { });

        School now = services.schools().bySchulnummer("90004").orElseThrow();
        assertEquals("Grundschule am Dom", now.name());
        assertEquals(SchoolStatus.GEPLANT, now.status());
        assertEquals(stored.version() + 1, now.version());
    }

    @Test
    void aSchoolChangedInTheMeantimeIsAStatusAndNotOverwritten() {
        filled("90005").save(() -> { });
        School stored = services.schools().bySchulnummer("90005").orElseThrow();
        SchoolFormViewModel vm = form(stored);
        services.schools().update(stored.withName("Geändert von nebenan"));
        vm.text("name").set("Mein Name");
        AtomicBoolean saved = new AtomicBoolean();
        vm.save(() -> saved.set(true));

        assertFalse(saved.get());
        assertTrue(vm.statusProperty().get().contains("inzwischen"), vm.statusProperty().get());
        assertEquals("Geändert von nebenan", services.schools().bySchulnummer("90005").orElseThrow().name());
        assertFalse(vm.savingProperty().get());
    }

    @Test
    void dirtyComparesEveryFieldAgainstTheValuesTheFormWasOpenedWith() {
        org.junit.jupiter.api.Assertions.assertFalse(form(null).dirtyProperty().get(), "a new, empty form");
        filled("90009").save(() -> { });
        SchoolFormViewModel vm = form(services.schools().bySchulnummer("90009").orElseThrow());
        org.junit.jupiter.api.Assertions.assertFalse(vm.dirtyProperty().get(), "as loaded");
        vm.text("name").set("Grundschule am Dom");
        assertTrue(vm.dirtyProperty().get(), "a text");
        vm.text("name").set("Grundschule 90009");
        org.junit.jupiter.api.Assertions.assertFalse(vm.dirtyProperty().get(), "typed and taken back");
        vm.status.set(SchoolStatus.GEPLANT);
        assertTrue(vm.dirtyProperty().get(), "a choice");
        vm.status.set(services.schools().bySchulnummer("90009").orElseThrow().status());
        org.junit.jupiter.api.Assertions.assertFalse(vm.dirtyProperty().get());
        vm.text("noch_nicht_gezeigt").set("");
        org.junit.jupiter.api.Assertions.assertFalse(vm.dirtyProperty().get(), "a field first shown empty");
        vm.text("bemerkung").set("neu");
        assertTrue(vm.dirtyProperty().get());
    }
}
