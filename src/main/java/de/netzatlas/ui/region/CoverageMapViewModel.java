package de.netzatlas.ui.region;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import java.util.function.Supplier;

import de.netzatlas.common.Messages;
import de.netzatlas.store.SettingsRepository;
import de.netzatlas.region.RegionService;
import de.netzatlas.fibre.CoverageService;
import de.netzatlas.fibre.CoverageIndicator;
import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.fibre.StandCoverage;
import de.netzatlas.layers.CoverageLayerBuilder;
import de.netzatlas.layers.LayerSettings;
import de.netzatlas.layers.MapLayerCatalog;
import de.netzatlas.map.layer.ChoroplethLayer;
import de.netzatlas.map.layer.FeatureLayer;
import de.netzatlas.map.layer.LayerManager;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.map.MapLayersViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the coverage map: the indicator, the stand and the level (Gemeinden or Kreise) chosen
 * in the toolbar, remembered in settings; builds the "Glasfaser-Versorgung" layer off the FX thread
 * and swaps it into the map's {@link LayerManager} (keeping its place, visibility and opacity).
 * The stands offered follow {@code CoverageService.standFor}: real stands, or demo stands only
 * when there are no real ones, so the two never mix.
 */
public final class CoverageMapViewModel {

    static final String KEY_INDICATOR = "karte.versorgung.indikator";
    static final String KEY_STAND = "karte.versorgung.stand";
    static final String KEY_LEVEL = "karte.versorgung.ebene";

    private final RegionService regions;
    private final CoverageService coverageService;
    private final SettingsRepository settings;
    private final Supplier<String> user;
    private final Messages messages;
    private final BackgroundExecutor executor;
    private final MapLayersViewModel layers;
    private final ObservableList<CoverageStand> stands = FXCollections.observableArrayList();
    private final ObjectProperty<CoverageIndicator> indicator = new SimpleObjectProperty<>(CoverageIndicator.GIGABIT);
    private final ObjectProperty<CoverageStand> stand = new SimpleObjectProperty<>();
    private final ObjectProperty<RegionLevel> level = new SimpleObjectProperty<>(RegionLevel.GEMEINDE);
    private final ObjectProperty<ChoroplethLayer> layer = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final Map<UUID, StandCoverage> cache = new ConcurrentHashMap<>();
    private boolean restoring;
    private int generation;

    private record Restored(List<CoverageStand> stands, Optional<CoverageIndicator> indicator,
                            Optional<LocalDate> stand, Optional<RegionLevel> level, String layerState) {
    }

    /** @param settings where the chosen indicator, stand and level are remembered, written as {@code user} (read in the background: the display name is a setting) */
    public CoverageMapViewModel(RegionService regions, CoverageService coverage, SettingsRepository settings,
                                Supplier<String> user,
                                Messages messages, BackgroundExecutor executor, MapLayersViewModel layers) {
        this.regions = regions;
        this.coverageService = coverage;
        this.settings = settings;
        this.user = user;
        this.messages = messages;
        this.executor = executor;
        this.layers = layers;
        indicator.addListener((o, old, v) -> changed(KEY_INDICATOR, v == null ? null : v.key()));
        stand.addListener((o, old, v) -> changed(KEY_STAND, v == null ? null : v.date().toString()));
        level.addListener((o, old, v) -> changed(KEY_LEVEL, v == null ? null : v.name()));
        layers.addExportLayer(() -> {
            CoverageStand s = stand.get();
            CoverageIndicator i = indicator.get();
            RegionLevel l = level.get();
            if (layer.get() == null || s == null || i == null || l == null) {
                return null;
            }
            return () -> new CoverageLayerBuilder(regions, messages).build(i, coverage(s), l);
        });
    }

    /** Reads stands and the remembered choice; adds the layer once the map's layers are there. */
    public void load() {
        executor.submit(messages.get("coverage.task.stands"), t -> {
            return new Restored(offeredStands(),
                    settings.get(KEY_INDICATOR).flatMap(CoverageIndicator::byKey),
                    settings.get(KEY_STAND).flatMap(CoverageMapViewModel::parseDate),
                    settings.get(KEY_LEVEL).flatMap(CoverageMapViewModel::parseLevel),
                    settings.get(LayerSettings.KEY).orElse(""));
        }, r -> {
            restoring = true;
            try {
                stands.setAll(r.stands());
                r.indicator().ifPresent(indicator::set);
                r.level().ifPresent(level::set);
                stand.set(r.stand().flatMap(d -> r.stands().stream().filter(s -> s.date().equals(d)).findFirst())
                        .orElse(r.stands().isEmpty() ? null : r.stands().get(r.stands().size() - 1)));
            } finally {
                restoring = false;
            }
            if (layers.loadedProperty().get()) {
                rebuild(r.layerState());
            } else {
                layers.loadedProperty().addListener((o, was, now) -> {
                    if (now && layer.get() == null) {
                        rebuild(r.layerState());
                    }
                });
            }
        }, f -> {
            loaded.set(false);
            executor.report(f);
        });
    }

    /** Real stands, or the demo stands when there is no real one; oldest first. */
    private List<CoverageStand> offeredStands() {
        List<CoverageStand> all = coverageService.stands();
        List<CoverageStand> real = all.stream().filter(s -> !s.demo()).toList();
        return real.isEmpty() ? all : real;
    }

    private void changed(String key, String value) {
        if (restoring) {
            return;
        }
        if (value != null) {
            executor.submit(messages.get("coverage.task.remember"),
                    () -> settings.put(key, value, user.get()));
        }
        rebuild(null);
    }

    /** The figures of a stand (cached; any thread). */
    public StandCoverage coverage(CoverageStand s) {
        return cache.computeIfAbsent(s.id(), id -> StandCoverage.load(coverageService, regions, s));
    }

    /** The stand before the given one among those offered. */
    public Optional<CoverageStand> previous(CoverageStand s) {
        CoverageStand before = null;
        for (CoverageStand c : stands) {
            if (c.date().isBefore(s.date()) && (before == null || c.date().isAfter(before.date()))) {
                before = c;
            }
        }
        return Optional.ofNullable(before);
    }

    private void rebuild(String savedLayerState) {
        CoverageStand s = stand.get();
        CoverageIndicator i = indicator.get();
        RegionLevel l = level.get();
        if (s == null || i == null || l == null || !layers.loadedProperty().get()) {
            return;
        }
        int mine = ++generation;
        executor.submit(messages.get("coverage.task.layer"),
                t -> new CoverageLayerBuilder(regions, messages).build(i, coverage(s), l), built -> {
                    if (mine == generation) {
                        install(built, savedLayerState);
                    }
                });
    }

    /** Puts the new layer where the old one was; the first time above the density layer. */
    private void install(ChoroplethLayer built, String savedLayerState) {
        LayerManager manager = layers.manager();
        Optional<FeatureLayer> old = manager.byId(CoverageLayerBuilder.ID);
        manager.beginUpdate();
        try {
            if (old.isPresent()) {
                int index = manager.layers().indexOf(old.get());
                built.setVisible(old.get().isVisible());
                built.setOpacity(old.get().opacity());
                manager.remove(old.get());
                manager.add(built);
                manager.move(built, index);
            } else {
                built.setOpacity(0.85);
                manager.add(built);
                manager.move(built, 1);
                if (savedLayerState != null && savedLayerState.contains(CoverageLayerBuilder.ID + ":")) {
                    LayerSettings.apply(savedLayerState, manager);
                } else {
                    // first start with coverage data: show it instead of the density choropleth
                    manager.byId(MapLayerCatalog.DENSITY).ifPresent(d -> d.setVisible(false));
                }
            }
        } finally {
            manager.endUpdate();
        }
        layer.set(built);
        loaded.set(true);
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<RegionLevel> parseLevel(String text) {
        try {
            RegionLevel l = RegionLevel.valueOf(text.trim());
            return l == RegionLevel.LAND ? Optional.empty() : Optional.of(l);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public ObservableList<CoverageStand> stands() {
        return stands;
    }

    public ObjectProperty<CoverageIndicator> indicatorProperty() {
        return indicator;
    }

    public ObjectProperty<CoverageStand> standProperty() {
        return stand;
    }

    public ObjectProperty<RegionLevel> levelProperty() {
        return level;
    }

    /** The layer on the map (null until built or without coverage data). */
    public ReadOnlyObjectProperty<ChoroplethLayer> layerProperty() {
        return layer;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    Messages messages() {
        return messages;
    }
}
