package de.netzatlas.ui.registers;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import de.netzatlas.asset.LocatedAsset;
import de.netzatlas.common.Messages;
import de.netzatlas.layers.RegisterLayers;
import de.netzatlas.map.layer.FeatureHit;
import de.netzatlas.map.layer.PointLayer;
import de.netzatlas.region.GeoBounds;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionService;
import de.netzatlas.schools.School;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.schools.SchoolService;
import de.netzatlas.sites.SiteService;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.map.MapLayersViewModel;

/**
 * The registers in the window: the list models of schools and ITN-XT sites and their map layers.
 * Keeps list and map in step: loading a list refreshes its layer; choosing a row selects the point
 * and centres the map on it; a point clicked on the map is reported as the row to choose.
 * FX-thread confined like the layer manager it adds its layers to.
 */
public final class RegistersViewModel {

    private final MapLayersViewModel layers;
    private final Consumer<GeoBounds> zoomTo;
    private final Messages m;
    private final AssetListViewModel<School> schools;
    private final AssetListViewModel<ItnSite> sites;
    private final PointLayer schoolLayer;
    private final PointLayer siteLayer;
    private final BackgroundExecutor executor;
    private final SchoolService schoolService;
    private final SiteService siteService;

    /**
     * {@code layers}: the map's layers the register layers join and select in; {@code zoomTo} flies the
     * map to a box.
     */
    public RegistersViewModel(MapLayersViewModel layers, Consumer<GeoBounds> zoomTo, SchoolService schoolService,
                              SiteService siteService, RegionService regions, Messages m, BackgroundExecutor executor) {
        this.layers = layers;
        this.zoomTo = zoomTo;
        this.m = m;
        this.executor = executor;
        this.schoolService = schoolService;
        this.siteService = siteService;
        Function<String, String> name = ags -> regions.byAgs(ags).map(Region::name).orElse(ags);
        Function<String, String> kreisOf = ags -> regions.byAgs(ags).map(Region::parentAgs).orElse("");
        this.schools = new AssetListViewModel<>(schoolService, executor, m, name, kreisOf, School::type,
                s -> s.schulnummer() + " " + (s.traeger() == null ? "" : s.traeger()), School::pupilCount);
        this.sites = new AssetListViewModel<>(siteService, executor, m, name, kreisOf, ItnSite::siteClass,
                s -> s.authority() == null ? "" : s.authority(), s -> s.isMigrated() ? 1 : 0);
        this.schoolLayer = RegisterLayers.schools(m);
        this.siteLayer = RegisterLayers.sites(m);
        layers.loadedProperty().addListener((o, was, loaded) -> {
            if (loaded) {
                onTop(schoolLayer);
                onTop(siteLayer);
            }
        });
        // an empty register adds no layer, so the layer panel only lists what has data
    }

    private boolean showSchools;
    private boolean showSites;

    /** The schools' (true) or sites' (false) list was opened: show that layer, now or when it joins the map. */
    public void showLayerOf(boolean schoolsList) {
        if (schoolsList) {
            showSchools = true;
            schoolLayer.setVisible(true);
        } else {
            showSites = true;
            siteLayer.setVisible(true);
        }
    }

    /** A school was dragged on the map: move it (audited, undoable) and redraw. */
    public void moveSchool(String id, double lat, double lon) {
        move(schools, id, lat, lon);
    }

    /** An ITN-XT site was dragged on the map: move it (audited, undoable) and redraw. */
    public void moveSite(String id, double lat, double lon) {
        move(sites, id, lat, lon);
    }

    private void move(AssetListViewModel<?> list, String id, double lat, double lon) {
        executor.submit(m.get("task.registers.move"), p -> list.service().move(java.util.UUID.fromString(id),
                new de.netzatlas.asset.GeoPoint(lat, lon)), moved -> load(), list::failed);
    }

    /** The form for {@code school}, or for a new school when it is null. */
    public SchoolFormViewModel schoolForm(School school) {
        return new SchoolFormViewModel(schoolService, executor, m, school);
    }

    /** The form for {@code site}, or for a new ITN-XT site when it is null. */
    public SiteFormViewModel siteForm(ItnSite site) {
        return new SiteFormViewModel(siteService, executor, m, site);
    }

    public void load() {
        schools.load(() -> show(schoolLayer, RegisterLayers.schoolFeatures(schools.all(), schools::name, m)));
        sites.load(() -> show(siteLayer, RegisterLayers.siteFeatures(sites.all(), sites::name, m)));
    }

    private void show(PointLayer layer, List<de.netzatlas.map.layer.PointFeature> features) {
        layer.setFeatures(features);
        onTop(layer);
    }

    private void onTop(PointLayer layer) {
        var manager = layers.manager();
        if (manager.byId(layer.id()).isEmpty()) {
            if (layer.size() == 0) {
                return;
            }
            layers.restore(layer);
            if (layer == schoolLayer ? showSchools : showSites) {
                layer.setVisible(true);
            }
            manager.add(layer);
        }
        manager.move(layer, manager.layers().size() - 1);
    }

    public AssetListViewModel<School> schools() {
        return schools;
    }

    public AssetListViewModel<ItnSite> sites() {
        return sites;
    }

    PointLayer schoolLayer() {
        return schoolLayer;
    }

    PointLayer siteLayer() {
        return siteLayer;
    }

    /** A row was chosen: select its point and centre the map on it (keeping the zoom near street level). */
    public void choose(String layerId, LocatedAsset<?> asset) {
        PointLayer layer = layerId.equals(RegisterLayers.SCHOOLS) ? schoolLayer : siteLayer;
        if (!layer.isVisible()) {
            layer.setVisible(true);
        }
        List<String> details = asset instanceof School s
                ? RegisterLayers.schoolFeatures(List.of(s), schools::name, m).get(0).details()
                : RegisterLayers.siteFeatures(List.of((ItnSite) asset), sites::name, m).get(0).details();
        layers.select(List.of(new FeatureHit(layerId, layer.title(), asset.id().toString(), asset.name(),
                details)));
        double lat = asset.location().lat();
        double lon = asset.location().lon();
        zoomTo.accept(new GeoBounds(lat - 0.03, lon - 0.05, lat + 0.03, lon + 0.05));
    }

    /** What is selected on the map (register points, other layers' features). */
    public javafx.collections.ObservableList<FeatureHit> mapSelection() {
        return layers.selected();
    }

    /** The asset id of a single register point selected on the map, if that is what the selection is. */
    public Optional<String> chosenOnMap(String layerId) {
        var selected = layers.selected();
        if (selected.size() == 1 && selected.get(0).layerId().equals(layerId)) {
            return Optional.of(selected.get(0).featureId());
        }
        return Optional.empty();
    }
}
