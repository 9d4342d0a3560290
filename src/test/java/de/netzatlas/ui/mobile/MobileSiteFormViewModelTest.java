package de.netzatlas.ui.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.mobile.FrequencyBand;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.ui.common.BackgroundExecutor;

/** The mobile site form's state: bands and radius read German style, the register's rules, a stale version. */
class MobileSiteFormViewModelTest {

    @TempDir
    static Path dir;
    static AppServices services;
    final Messages m = new Messages(Locale.GERMAN);

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("mobile-form-vm.mv.db"));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private MobileSiteFormViewModel form(MobileSite s) {
        return new MobileSiteFormViewModel(services.mobile().sites(), BackgroundExecutor.direct(), m, s);
    }

    private MobileSiteFormViewModel filled(String kennung) {
        MobileSiteFormViewModel vm = form(null);
        vm.text("kennung").set(kennung);
        vm.text("lat").set("52,13");
        vm.text("lon").set("11,63"); // Magdeburg
        return vm;
    }

    private MobileSite stored(String kennung) {
        return services.mobile().all().stream().filter(s -> s.identifier().equals(kennung)).findFirst().orElseThrow();
    }

    @Test
    void aNewSiteGetsTheDefaultBandAndItsGemeindeAndIsSaved() {
        MobileSiteFormViewModel vm = filled("VM-1");
        assertEquals("3600", vm.text("baender").get());
        vm.text("baender").set("800, 3600");
        vm.text("radius_km").set("2,5");
        AtomicBoolean saved = new AtomicBoolean();
        vm.save(() -> saved.set(true));

        assertTrue(saved.get());
        MobileSite s = stored("VM-1");
        assertEquals("15003000", s.gemeindeAgs());
        assertEquals(EnumSet.of(FrequencyBand.parse("800").orElseThrow(), FrequencyBand.parse("3600").orElseThrow()),
                s.bands());
        assertEquals(2.5, s.radiusKm(), 1e-9);
    }

    @Test
    void anUnknownBandAndAnUnreadableRadiusAreMarkedAndNothingIsSaved() {
        MobileSiteFormViewModel vm = filled("VM-2");
        vm.text("baender").set("800, 5000");
        vm.text("radius_km").set("weit");
        vm.save(() -> { });

        assertTrue(vm.message("baender").get().startsWith("„5000“ ist kein Frequenzband"), vm.message("baender").get());
        assertEquals("„weit“ ist keine Zahl.", vm.message("radius_km").get());
        assertTrue(services.mobile().all().stream().noneMatch(s -> s.identifier().equals("VM-2")));
    }

    @Test
    void aLocationOutsideTheLandIsRefusedOnTheLocationField() {
        MobileSiteFormViewModel vm = filled("VM-3");
        vm.text("lat").set("52,52");
        vm.text("lon").set("13,40"); // Berlin
        vm.save(() -> { });

        assertTrue(vm.hasError("lat").get());
        assertTrue(vm.message("lat").get().contains("außerhalb"), vm.message("lat").get());
        assertTrue(services.mobile().all().stream().noneMatch(s -> s.identifier().equals("VM-3")));
    }

    @Test
    void anEditOfASiteChangedInTheMeantimeIsAStatusAndNothingIsOverwritten() {
        filled("VM-4").save(() -> { });
        MobileSite site = stored("VM-4");
        MobileSiteFormViewModel vm = form(site);
        assertEquals("52,13000", vm.text("lat").get());
        services.mobile().sites().move(site.id(), new de.netzatlas.asset.GeoPoint(52.14, 11.64));
        vm.text("bemerkung").set("aus dem Formular");
        AtomicBoolean saved = new AtomicBoolean();
        vm.save(() -> saved.set(true));

        assertFalse(saved.get());
        assertTrue(vm.statusProperty().get().contains("inzwischen"), vm.statusProperty().get());
        assertEquals(null, stored("VM-4").notes());
    }

    @Test
    void dirtyIncludesTheDefaultsOfANewSiteAndTheCheckBox() {
        MobileSiteFormViewModel vm = form(null);
        assertFalse(vm.dirtyProperty().get(), "the defaults (Band 3600) are not an edit");
        vm.funded.set(true);
        assertTrue(vm.dirtyProperty().get());
        vm.funded.set(false);
        assertFalse(vm.dirtyProperty().get());
        vm.text("baender").set("700");
        assertTrue(vm.dirtyProperty().get());
    }
}
