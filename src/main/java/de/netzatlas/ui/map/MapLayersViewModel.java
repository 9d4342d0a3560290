package de.netzatlas.ui.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.locationtech.jts.geom.Envelope;

import de.netzatlas.common.Messages;
import de.netzatlas.store.SettingsRepository;
import de.netzatlas.region.RegionService;
import de.netzatlas.map.BuiltinBasemap;
import java.util.function.Supplier;
import de.netzatlas.layers.CoverageLayerBuilder;
import de.netzatlas.layers.LayerSettings;
import de.netzatlas.layers.MapLayerCatalog;
import de.netzatlas.layers.ProjectAreaStyle;
import de.netzatlas.map.MapViewport;
import de.netzatlas.map.layer.FeatureHit;
import de.netzatlas.map.layer.FeatureLayer;
import de.netzatlas.map.layer.LayerManager;
import de.netzatlas.map.layer.MapSnapshot;
import de.netzatlas.map.layer.PointLayer;
import de.netzatlas.region.GeoBounds;
import de.netzatlas.region.PlaceSearch;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.TaskFailure;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The map's feature layers for the window: loads the catalogue off the FX thread, restores and
 * remembers the layer panel's state, and turns clicks, hovers and rubber bands into a selection
 * that the side panel shows. Owns the {@link LayerManager} (FX-thread confined, see its contract).
 */
public final class MapLayersViewModel {

    static final double HIT_TOLERANCE = 4;

    private final RegionService regions;
    private final SettingsRepository settings;
    private final Supplier<String> user;
    private final Supplier<BuiltinBasemap> basemaps;
    private final Messages messages;
    private final BackgroundExecutor executor;
    private final LayerManager manager = new LayerManager();
    private final ObservableList<FeatureHit> selected = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private volatile PlaceSearch search;
    private volatile String savedState;
    private final List<java.util.function.Supplier<java.util.concurrent.Callable<FeatureLayer>>> exportLayers =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private List<de.netzatlas.fibre.FibreProject> projects = List.of();

    private record Loaded(List<FeatureLayer> layers, String saved, PlaceSearch search) {
    }

    /**
     * @param settings where the panel's state is remembered, written as {@code user} (read in the background: the display name is a setting)
     * @param basemaps a fresh built-in basemap for the picture export (not the one on screen)
     */
    public MapLayersViewModel(RegionService regions, SettingsRepository settings, Supplier<String> user,
                              Supplier<BuiltinBasemap> basemaps, Messages messages, BackgroundExecutor executor) {
        this.regions = regions;
        this.settings = settings;
        this.user = user;
        this.basemaps = basemaps;
        this.messages = messages;
        this.executor = executor;
    }

    public void load() {
        executor.submit(messages.get("map.task.layers"), t -> {
            var places = PlaceSearch.bundledPlaces();
            List<FeatureLayer> layers = new java.util.ArrayList<>(
                    new MapLayerCatalog(regions, messages).createAll(places));
            layers.add(layers.size() - 1, new MapLayerCatalog(regions, messages).projects(List.of()));
            String saved = settings.get(LayerSettings.KEY).orElse(null);
            return new Loaded(layers, saved, new PlaceSearch(regions, places));
        }, result -> {
            manager.beginUpdate();
            try {
                result.layers().forEach(manager::add);
                LayerSettings.apply(result.saved(), manager);
                savedState = result.saved();
                showProjects(projects);
            } finally {
                manager.endUpdate();
            }
            search = result.search();
            loaded.set(true);
        }); // a failure leaves the layers unloaded and goes to the error dialog
    }

    /**
     * A layer that joins the map after start (registers, once they have data) is hidden unless the
     * remembered panel state says otherwise, so a first start shows a calm map; opening the
     * register's list shows its layers. Returns whether the remembered state knew the layer.
     */
    public boolean restore(FeatureLayer layer) {
        if (LayerSettings.applyTo(savedState, layer)) {
            return true;
        }
        layer.setVisible(false);
        return false;
    }

    public LayerManager manager() {
        return manager;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    /** Suggestions for the map's search box (any thread; empty until loaded). */
    public List<PlaceSearch.Match> suggest(String text) {
        PlaceSearch s = search;
        return s == null || text == null || text.isBlank() ? List.of() : s.search(text, 12);
    }

    /** Remembers order, visibility and opacity (written off the FX thread). */
    public void saveState() {
        String value = LayerSettings.encode(manager.layers());
        savedState = value;
        // a failure goes to the error dialog: the panel keeps working, the state is not remembered
        executor.submit(messages.get("map.task.saveLayers"),
                () -> settings.put(LayerSettings.KEY, value, user.get()));
    }

    /**
     * Writes the view as a PNG with legend, scale bar and attribution. Runs in the background on
     * fresh copies of the layers (with the panel's current state), so the FX-confined layers on
     * screen are never touched from a worker thread.
     */
    public void exportView(MapViewport viewport, Path file, Consumer<Path> done, Consumer<TaskFailure> failed) {
        String state = LayerSettings.encode(manager.layers());
        List<java.util.concurrent.Callable<FeatureLayer>> extra = exportLayers.stream()
                .map(java.util.function.Supplier::get).filter(java.util.Objects::nonNull).toList();
        List<de.netzatlas.fibre.FibreProject> shownProjects = projects;
        executor.submit(messages.get("map.task.snapshot"), t -> {
            LayerManager copy = new LayerManager();
            new MapLayerCatalog(regions, messages).createAll().forEach(copy::add);
            for (var source : extra) {
                copy.add(source.call());
            }
            copy.add(new MapLayerCatalog(regions, messages).projects(shownProjects));
            LayerSettings.apply(state, copy);
            var basemap = basemaps.get();
            var snapshot = new MapSnapshot(basemap::paintBase, basemap::paintLabels, messages.get("map.attribution"),
                    messages.locale());
            if (!ImageIO.write(snapshot.render(viewport, copy.layers()), "png", file.toFile())) {
                throw new IOException("kein PNG-Schreiber");
            }
            return file;
        }, done, failed);
    }

    /**
     * A layer outside the catalogue (e.g. the coverage choropleth) for image exports: the supplier
     * runs on the FX thread and captures the current choice, the callable builds a fresh copy on
     * the worker thread (null supplier result: no such layer now).
     */
    public void addExportLayer(java.util.function.Supplier<java.util.concurrent.Callable<FeatureLayer>> source) {
        exportLayers.add(source);
    }

    /**
     * Shows these projects' areas on the project layer (FX thread; kept until the layers are
     * loaded). Called whenever the project list reloads, e.g. after saving or undoing.
     */
    public void showProjects(List<de.netzatlas.fibre.FibreProject> shown) {
        projects = List.copyOf(shown);
        manager.byId(MapLayerCatalog.PROJECTS).ifPresent(layer ->
                ((de.netzatlas.map.layer.ShapeLayer) layer).setFeatures(ProjectAreaStyle.features(projects, messages)));
    }

    /** The project whose area was clicked, if the single selected feature is one. */
    public Optional<java.util.UUID> selectedProject() {
        return selected.size() == 1 && MapLayerCatalog.PROJECTS.equals(selected.get(0).layerId())
                ? Optional.of(java.util.UUID.fromString(selected.get(0).featureId())) : Optional.empty();
    }

    public void setVisible(FeatureLayer layer, boolean visible) {
        layer.setVisible(visible);
        if (!visible) {
            select(selected.stream().filter(h -> !h.layerId().equals(layer.id())).toList());
        }
        saveState();
    }

    /** Moves a layer one step up (towards the top) or down. */
    public void move(FeatureLayer layer, int delta) {
        manager.move(layer, manager.layers().indexOf(layer) + delta);
        saveState();
    }

    /**
     * A click: the topmost feature of a point or line layer is selected; on the region layer or
     * the bare map the click falls through to the Gemeinde (empty result).
     */
    public Optional<FeatureHit> clickAt(MapViewport viewport, double x, double y) {
        Optional<FeatureHit> hit = manager.hit(viewport, x, y, HIT_TOLERANCE)
                .filter(h -> !MapLayerCatalog.DENSITY.equals(h.layerId())
                        && !CoverageLayerBuilder.ID.equals(h.layerId()));
        select(hit.map(List::of).orElse(List.of()));
        return hit;
    }

    /** A click on a point cluster: the box to zoom to (two zoom levels closer, centred on it). */
    public Optional<GeoBounds> clusterAt(MapViewport v, double x, double y) {
        List<FeatureLayer> layers = manager.layers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i) instanceof PointLayer points) {
                Optional<double[]> centre = points.clusterAt(v, x, y);
                if (centre.isPresent()) {
                    double halfLat = (v.lat(0) - v.lat(v.height())) / 8;
                    double halfLon = (v.lon(v.width()) - v.lon(0)) / 8;
                    double[] c = centre.get();
                    return Optional.of(new GeoBounds(c[0] - halfLat, c[1] - halfLon, c[0] + halfLat, c[1] + halfLon));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<FeatureHit> hover(MapViewport viewport, double x, double y) {
        return manager.hit(viewport, x, y, HIT_TOLERANCE);
    }

    /** Rubber band: every visible feature in the rectangle (screen pixels). */
    public void selectIn(MapViewport viewport, Envelope rect) {
        select(manager.hitsIn(viewport, rect, manager.layers()));
    }

    public void select(List<FeatureHit> hits) {
        manager.select(hits);
        selected.setAll(hits);
    }

    public ObservableList<FeatureHit> selected() {
        return selected;
    }

    /** The selected features' box, a little widened so a single point is not zoomed in to street level. */
    public Optional<GeoBounds> selectionBounds() {
        return manager.selectionBounds().map(e -> {
            Envelope b = new Envelope(e);
            b.expandBy(Math.max(0, 0.02 - b.getWidth() / 2), Math.max(0, 0.012 - b.getHeight() / 2));
            return new GeoBounds(b.getMinY(), b.getMinX(), b.getMaxY(), b.getMaxX());
        });
    }
}
