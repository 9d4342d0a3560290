package de.netzatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.exchange.ImportRequest;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.schools.School;
import de.netzatlas.ui.common.BackgroundExecutor;

/** The window's one undo: newest change first whichever register made it, and the screen that shows it reloads. */
class UndoViewModelTest {

    @TempDir
    static Path dir;
    static AppServices services;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("undo.mv.db"));
        assertTrue(services.exchange().imports().run(ImportRequest.of(
                Path.of("assets/samples/schulen-beispiel.csv"), "schools"), null, null).ok());
        assertTrue(services.exchange().imports().run(ImportRequest.of(
                Path.of("assets/samples/itn-standorte-beispiel.csv"), "sites"), null, null).ok());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void undoTakesBackTheNewestChangeOfAnyRegisterAndReloadsItsScreen() {
        List<String> reloaded = new ArrayList<>();
        UndoViewModel vm = new UndoViewModel(services.undo(), BackgroundExecutor.direct(), "Rückgängig")
                .reloadAfter(services.schools(), d -> reloaded.add("Schulen: " + d))
                .reloadAfter(services.sites(), d -> reloaded.add("Standorte: " + d));
        ItnSite site = services.sites().all().get(0);
        services.sites().update(site.withName(site.name() + " (neu)"));
        School school = services.schools().all().get(0);
        services.schools().update(school.withName(school.name() + " (neu)"));

        vm.undoLast();
        assertEquals(List.of("Schulen: Schule geändert: " + school.name() + " (neu)"), reloaded);
        assertEquals(school.name(), services.schools().find(school.id()).orElseThrow().name());
        assertTrue(services.sites().find(site.id()).orElseThrow().name().endsWith(" (neu)"), "older change stays");

        vm.undoLast();
        assertEquals(site.name(), services.sites().find(site.id()).orElseThrow().name());
        assertEquals(2, reloaded.size());
        assertTrue(reloaded.get(1).startsWith("Standorte: Standort geändert"));

        vm.undoLast(); // nothing left of this session: nothing happens
        assertEquals(2, reloaded.size());
    }
}
