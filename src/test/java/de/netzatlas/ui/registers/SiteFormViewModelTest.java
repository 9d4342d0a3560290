package de.netzatlas.ui.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.SiteStatus;
import de.netzatlas.ui.common.BackgroundExecutor;

/** The ITN-XT site form's state: German dates per field, the site rules, saving, a stale version. */
class SiteFormViewModelTest {

    @TempDir
    static Path dir;
    static AppServices services;
    final Messages m = new Messages(Locale.GERMAN);

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("site-form.mv.db"));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private SiteFormViewModel form(ItnSite s) {
        return new SiteFormViewModel(services.sites(), BackgroundExecutor.direct(), m, s);
    }

    private SiteFormViewModel filled(String name) {
        SiteFormViewModel vm = form(null);
        vm.text("name").set(name);
        vm.text("behoerde").set("Landesverwaltungsamt");
        vm.text("lat").set("51,48");
        vm.text("lon").set("11,97"); // Halle (Saale)
        vm.text("migration_geplant").set("30.06.2026");
        return vm;
    }

    private ItnSite stored(String name) {
        return services.sites().all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNewSiteIsSavedWithItsDatesAndTheGemeindeAtThePoint() {
        AtomicBoolean saved = new AtomicBoolean();
        filled("Außenstelle Halle").save(() -> saved.set(true));

        assertTrue(saved.get());
        ItnSite s = stored("Außenstelle Halle");
        assertEquals("15002000", s.gemeindeAgs());
        assertEquals(LocalDate.of(2026, 6, 30), s.plannedMigration());
        assertEquals("Landesverwaltungsamt", s.authority());
    }

    @Test
    void aDateThatDoesNotExistIsMarkedOnItsFieldAndTheRulesNameTheirField() {
        SiteFormViewModel vm = filled("Außenstelle Dessau");
        vm.text("migriert_am").set("31.04.2026");
        vm.save(() -> { });
        assertTrue(vm.hasError("migriert_am").get());
        assertFalse(vm.message("migriert_am").get().isEmpty());
        assertTrue(services.sites().all().stream().noneMatch(s -> s.name().equals("Außenstelle Dessau")));

        vm.text("migriert_am").set("");
        vm.status.set(SiteStatus.AKTIV);
        vm.save(() -> { });
        assertEquals("Status „ITN-XT aktiv“ erfordert das Migrationsdatum.", vm.message("migriert_am").get());
        assertTrue(services.sites().all().stream().noneMatch(s -> s.name().equals("Außenstelle Dessau")));
    }

    @Test
    void anEditKeepsTheValuesAndASiteChangedInTheMeantimeIsAStatus() {
        filled("Außenstelle Stendal").save(() -> { });
        ItnSite site = stored("Außenstelle Stendal");
        SiteFormViewModel vm = form(site);
        assertEquals("30.06.2026", vm.text("migration_geplant").get());
        assertEquals("Landesverwaltungsamt", vm.text("behoerde").get());
        services.sites().update(site.withName("Außenstelle Stendal (neu)"));
        vm.telephony.set(true);
        AtomicBoolean saved = new AtomicBoolean();
        vm.save(() -> saved.set(true));

        assertFalse(saved.get());
        assertTrue(vm.statusProperty().get().contains("inzwischen"), vm.statusProperty().get());
        assertFalse(stored("Außenstelle Stendal (neu)").telephonyMigrated());
    }
}
