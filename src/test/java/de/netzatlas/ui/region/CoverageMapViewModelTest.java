package de.netzatlas.ui.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.fibre.CoverageIndicator;
import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.layers.CoverageLayerBuilder;
import de.netzatlas.layers.LayerSettings;
import de.netzatlas.layers.MapLayerCatalog;
import de.netzatlas.map.layer.ChoroplethLayer;
import de.netzatlas.map.layer.FeatureLayer;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.map.MapLayersViewModel;

/** The coverage map's choice is restored from settings and the layer lands above the density layer. */
class CoverageMapViewModelTest {

    @TempDir
    static Path dir;
    static AppServices services;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("covvm.mv.db"));
        services.demo().load();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void clearSettings() {
        for (String key : new String[] {CoverageMapViewModel.KEY_INDICATOR, CoverageMapViewModel.KEY_STAND,
                CoverageMapViewModel.KEY_LEVEL, LayerSettings.KEY}) {
            services.settings().put(key, "", "test");
        }
    }

    private record Loaded(MapLayersViewModel layers, CoverageMapViewModel coverage) {
    }

    private static Loaded load() {
        Messages m = new Messages(Locale.GERMAN);
        MapLayersViewModel layers = new MapLayersViewModel(services.regions(), services.settings(), services::userName,
                services::createBasemap, m, BackgroundExecutor.direct());
        CoverageMapViewModel coverage = new CoverageMapViewModel(services.regions(), services.coverage(), services.settings(),
                services::userName, m, BackgroundExecutor.direct(), layers);
        layers.load();
        coverage.load();
        return new Loaded(layers, coverage);
    }

    @Test
    void remembersIndicatorStandAndLevel() {
        services.settings().put(CoverageMapViewModel.KEY_INDICATOR, "fttbh", "test");
        services.settings().put(CoverageMapViewModel.KEY_STAND, "2023-12-31", "test");
        services.settings().put(CoverageMapViewModel.KEY_LEVEL, "KREIS", "test");
        Loaded l = load();
        assertEquals(CoverageIndicator.FTTBH, l.coverage().indicatorProperty().get());
        assertEquals(LocalDate.of(2023, 12, 31), l.coverage().standProperty().get().date());
        assertEquals(RegionLevel.KREIS, l.coverage().levelProperty().get());
        ChoroplethLayer layer = l.coverage().layerProperty().get();
        assertTrue(layer.title().contains("FTTB/H") && layer.title().contains("31.12.2023 (Demodaten)"),
                layer.title());
        assertEquals(14, layer.features().size());
        assertEquals(LocalDate.of(2022, 12, 31),
                l.coverage().previous(l.coverage().standProperty().get()).map(CoverageStand::date).orElseThrow());

        l.coverage().indicatorProperty().set(CoverageIndicator.GREY_SPOTS);
        assertEquals(Optional.of("greySpots"), services.settings().get(CoverageMapViewModel.KEY_INDICATOR));
        assertTrue(l.coverage().layerProperty().get().title().contains("Graue Flecken"));
    }

    @Test
    void defaultsWhenNothingOrGarbageIsSaved() {
        services.settings().put(CoverageMapViewModel.KEY_INDICATOR, "quatsch", "test");
        services.settings().put(CoverageMapViewModel.KEY_STAND, "gestern", "test");
        services.settings().put(CoverageMapViewModel.KEY_LEVEL, "LAND", "test");
        Loaded l = load();
        assertEquals(CoverageIndicator.GIGABIT, l.coverage().indicatorProperty().get());
        assertEquals(LocalDate.of(2025, 12, 31), l.coverage().standProperty().get().date(), "latest stand");
        assertEquals(RegionLevel.GEMEINDE, l.coverage().levelProperty().get());
        assertEquals(5, l.coverage().stands().size());
        assertTrue(l.coverage().stands().stream().allMatch(CoverageStand::demo));
    }

    @Test
    void firstStartPutsTheLayerAboveTheDensityLayerAndHidesThat() {
        Loaded l = load();
        var layers = l.layers().manager().layers();
        assertEquals(MapLayerCatalog.DENSITY, layers.get(0).id());
        assertEquals(CoverageLayerBuilder.ID, layers.get(1).id());
        assertFalse(layers.get(0).isVisible());
        assertTrue(layers.get(1).isVisible());

        // once the panel's state names the coverage layer, it wins
        FeatureLayer density = l.layers().manager().byId(MapLayerCatalog.DENSITY).orElseThrow();
        density.setVisible(true);
        l.layers().manager().byId(CoverageLayerBuilder.ID).orElseThrow().setVisible(false);
        services.settings().put(LayerSettings.KEY, LayerSettings.encode(l.layers().manager().layers()), "test");
        Loaded again = load();
        assertTrue(again.layers().manager().byId(MapLayerCatalog.DENSITY).orElseThrow().isVisible());
        assertFalse(again.layers().manager().byId(CoverageLayerBuilder.ID).orElseThrow().isVisible());
    }
}
