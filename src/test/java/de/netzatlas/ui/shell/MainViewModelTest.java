package de.netzatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.region.RegionDetails;

/** The main view model with a synchronous executor: no toolkit, no window. */
class MainViewModelTest {

    @TempDir
    static Path dir;
    static AppServices services;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("vm.mv.db"));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private MainViewModel viewModel() {
        return new MainViewModel(services, new Messages(Locale.GERMAN), BackgroundExecutor.direct());
    }

    @Test
    void clickOnTheMapInHalleSelectsHalleAndHighlightsIt() {
        MainViewModel vm = viewModel();
        vm.selectAt(51.48, 11.97);
        assertEquals("15002000", vm.selectedRegionProperty().get().ags());
        assertNotNull(vm.highlightProperty().get());
        assertNull(vm.zoomTargetProperty().get(), "a map click does not move the map");
        assertEquals("238.762", vm.detail().detailsProperty().get().population());
    }

    @Test
    void aClickOutsideTheLandKeepsTheSelection() {
        MainViewModel vm = viewModel();
        vm.selectAt(51.48, 11.97);
        vm.selectAt(52.52, 13.40);
        assertEquals("15002000", vm.selectedRegionProperty().get().ags());
    }

    @Test
    void selectingInTheNavigatorZoomsToTheRegion() {
        MainViewModel vm = viewModel();
        var magdeburg = services.regions().byAgs("15003000").orElseThrow();
        vm.selectAndZoom(magdeburg);
        assertEquals(magdeburg.bounds(), vm.zoomTargetProperty().get());
        RegionDetails d = vm.detail().detailsProperty().get();
        assertEquals("237.565", d.population());
        assertEquals("Stand 31.12.2019", d.populationStand());
        assertTrue(d.householdsEstimated());
        assertEquals("125.034", d.households());
        assertTrue(d.householdsNote().contains("1,9"), d.householdsNote());
    }

    @Test
    void statusBarNamesTheDatabaseFileAndTheDataStand() {
        MainViewModel vm = viewModel();
        vm.load();
        assertTrue(vm.statusDatabaseProperty().get().contains("vm.mv.db"));
        assertTrue(vm.statusStandProperty().get().contains("31.12.2019"), vm.statusStandProperty().get());
        assertEquals(14, vm.navigator().hierarchyProperty().get().kreise().size());
    }

    @Test
    void theStatusBarSaysDemodatenExactlyWhileDemoDataArePresent() {
        MainViewModel vm = viewModel();
        vm.load();
        assertEquals("", vm.statusDemoProperty().get());
        services.demo().load();
        vm.refreshDemoStatus();
        assertEquals("Demodaten", vm.statusDemoProperty().get());
        services.demo().remove();
        vm.refreshDemoStatus();
        assertEquals("", vm.statusDemoProperty().get());
    }

    @Test
    void searchListsMatchesAndEmptyTextClearsThem() {
        MainViewModel vm = viewModel();
        vm.navigator().searchTextProperty().set("Magdeb");
        assertEquals("Magdeburg", vm.navigator().searchResults().get(0).name());
        vm.navigator().searchTextProperty().set("");
        assertTrue(vm.navigator().searchResults().isEmpty());
    }
}
