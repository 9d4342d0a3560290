package de.netzatlas.ui.mobile;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Geometry;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.common.Messages;
import de.netzatlas.layers.MobileMapLayers;
import de.netzatlas.map.layer.FeatureHit;
import de.netzatlas.map.layer.FeatureLayer;
import de.netzatlas.map.layer.LayerManager;
import de.netzatlas.map.layer.PointLayer;
import de.netzatlas.mobile.AreaCoverage;
import de.netzatlas.mobile.CoverageFigures;
import de.netzatlas.mobile.MobileOperator;
import de.netzatlas.mobile.MobileRegister;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.mobile.RadioTechnology;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionService;
import de.netzatlas.ui.common.BackgroundExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State behind the 5G/Mobilfunk list and map layers: sites loaded off the FX thread, filtered by
 * operator, technology, status, Kreis and a text search, totals over the rows shown, the coverage
 * KPIs, and the layers (sites by status, LTE and 5G coverage, weiße Flecken) refreshed after every
 * change. Moving a site (drag on the map) and undo go through the audited register; only the
 * coverage cells under the moved site are recomputed.
 */
public final class MobileViewModel {

    /** Sums over the filtered rows. */
    public record Totals(int sites, long inOperation, long funded, long demo) {
    }

    private final MobileRegister register;
    private final RegionService regions;
    private final BackgroundExecutor executor;
    private final Messages m;
    private final MobileMapLayers builder;
    private final ObservableList<MobileSite> all = FXCollections.observableArrayList();
    private final FilteredList<MobileSite> shown = new FilteredList<>(all, s -> true);
    private final ObjectProperty<MobileOperator> operator = new SimpleObjectProperty<>();
    private final ObjectProperty<RadioTechnology> technology = new SimpleObjectProperty<>();
    private final ObjectProperty<MobileSiteStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<String> kreis = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Totals> totals = new ReadOnlyObjectWrapper<>(new Totals(0, 0, 0, 0));
    private final ReadOnlyObjectWrapper<CoverageFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private volatile Map<String, String> kreisOfGemeinde = Map.of();
    private PointLayer sitesLayer;
    private LayerManager manager;
    private MobileMapLayers.LegendShapeLayer lteLayer;
    private MobileMapLayers.LegendShapeLayer nrLayer;
    private MobileMapLayers.LegendShapeLayer whiteLayer;

    public MobileViewModel(MobileRegister register, RegionService regions, BackgroundExecutor executor,
                           Messages messages) {
        this.register = register;
        this.regions = regions;
        this.executor = executor;
        this.m = messages;
        this.builder = new MobileMapLayers(messages);
        operator.addListener(o -> refilter());
        technology.addListener(o -> refilter());
        status.addListener(o -> refilter());
        kreis.addListener(o -> refilter());
        search.addListener(o -> refilter());
    }

    /**
     * The map's layer manager; the mobile layers join it with the first load that finds sites (an
     * empty register adds no empty layers to the panel).
     */
    private java.util.function.Predicate<FeatureLayer> restore = l -> {
        l.setVisible(false);
        return false;
    };
    private boolean showOnLoad;

    void attach(LayerManager manager) {
        this.manager = manager;
    }

    private void createLayers() {
        lteLayer = builder.coverage(MobileMapLayers.LTE, 0x2C7BB6, m.get("mobile.layer.lte"));
        nrLayer = builder.coverage(MobileMapLayers.NR, 0x7B3294, m.get("mobile.layer.nr"));
        whiteLayer = builder.coverage(MobileMapLayers.WHITE, 0xF0F0F0, m.get("mobile.layer.white"));
        whiteLayer.setStyle(de.netzatlas.map.layer.FeatureStyle.area(0xF2FFFFFF, 0xFFD7191C, 1.5));
        sitesLayer = builder.sites();
        for (FeatureLayer l : List.of(lteLayer, nrLayer, whiteLayer, sitesLayer)) {
            restore.test(l);
            manager.add(l);
        }
        if (showOnLoad) {
            showLayers();
        }
    }

    /** Remembered visibility for layers joining the map late (hidden when unknown). */
    void setRestore(java.util.function.Predicate<FeatureLayer> restore) {
        this.restore = restore;
    }

    /** Shows the site, 5G and white-spot layers (when the mobile list is opened); LTE stays as it is. */
    public void showLayers() {
        showOnLoad = sitesLayer == null;
        for (FeatureLayer l : sitesLayer == null ? List.<FeatureLayer>of() : List.of(nrLayer, whiteLayer, sitesLayer)) {
            l.setVisible(true);
        }
    }

    private record Loaded(List<MobileSite> sites, CoverageFigures figures, Geometry lte, Geometry nr, Geometry white,
                          Map<String, String> kreise, Map<UUID, Double> radii) {
    }

    /** Reloads sites, KPIs and coverage geometries off the FX thread; then refreshes list and layers. */
    public void load() {
        load(ok -> { });
    }

    public void load(Consumer<Boolean> done) {
        executor.submit(m.get("task.mobile.load"), p -> {
            List<MobileSite> sites = register.all();
            CoverageFigures f = register.coverage().figures(sites);
            Map<String, String> kreise = new HashMap<>();
            Map<UUID, Double> radii = new HashMap<>();
            for (MobileSite s : sites) {
                kreise.computeIfAbsent(s.gemeindeAgs(), g -> regions.byAgs(g).map(Region::parentAgs).orElse(""));
                radii.put(s.id(), register.radii().radiusKm(s));
            }
            return new Loaded(sites, f, register.coverage().coverage(RadioTechnology.LTE),
                    register.coverage().coverage(RadioTechnology.NR),
                    register.coverage().whiteSpotsMerged(), kreise, radii);
        }, l -> {
            kreisOfGemeinde = Map.copyOf(l.kreise());
            all.setAll(l.sites());
            figures.set(l.figures());
            refilter();
            if (manager != null && (sitesLayer != null || !l.sites().isEmpty())) {
                // one LAYERS change at the end, so the layer panel shows the new legend figures
                manager.beginUpdate();
                try {
                    if (sitesLayer == null) {
                        createLayers();
                    }
                    apply(l);
                } finally {
                    manager.endUpdate();
                }
            }
            done.accept(true);
        }, f -> {
            message.set(f.message());
            done.accept(false);
        });
    }

    private void apply(Loaded l) {
        {
            {
                sitesLayer.setFeatures(builder.siteFeatures(l.sites(), s -> l.radii().getOrDefault(s.id(), 0.0)));
                AreaCoverage land = l.figures().land();
                lteLayer.setLegendText(builder.legendText("mobile.legend.lte", land, RadioTechnology.LTE));
                lteLayer.setFeatures(MobileMapLayers.area("lte", m.get("mobile.layer.lte"), l.lte(), List.of()));
                nrLayer.setLegendText(builder.legendText("mobile.legend.nr", land, RadioTechnology.NR));
                nrLayer.setFeatures(MobileMapLayers.area("nr", m.get("mobile.layer.nr"), l.nr(), List.of()));
                whiteLayer.setLegendText(builder.legendText("mobile.legend.white", land, null));
                whiteLayer.setFeatures(MobileMapLayers.area("weiss", m.get("mobile.layer.white"), l.white(), List.of()));
            }
        }
    }

    /** A site was dropped at a new position on the map: move it (audited, undoable) and reload. */
    public void move(String siteId, double lat, double lon) {
        UUID id = UUID.fromString(siteId);
        executor.submit(m.get("task.mobile.move"), p -> register.sites().move(id, new GeoPoint(lat, lon)), moved -> {
            message.set(m.format("mobile.moved", moved.identifier()));
            load();
        }, f -> message.set(f.message()));
    }

    /** A change of the register was taken back (the window's "Rückgängig"): say so and reload. */
    public void undone(String description) {
        message.set(description);
        load();
    }

    /** The form for {@code site}, or for a new site when it is null. */
    public MobileSiteFormViewModel form(MobileSite site) {
        return new MobileSiteFormViewModel(register.sites(), executor, m, site);
    }

    /** The map selection for a site chosen in the list. */
    Optional<FeatureHit> hitFor(MobileSite s) {
        if (sitesLayer == null) {
            return Optional.empty();
        }
        return Optional.of(new FeatureHit(MobileMapLayers.SITES, sitesLayer.title(), s.id().toString(), s.identifier(),
                List.of()));
    }

    Optional<MobileSite> byId(String id) {
        return all.stream().filter(s -> s.id().toString().equals(id)).findFirst();
    }

    /** The Kreise to filter on, by AGS, in the order of their names (from the regions in memory). */
    public List<String> kreise() {
        return regions.byLevel(de.netzatlas.region.RegionLevel.KREIS).stream()
                .sorted((a, b) -> a.name().compareTo(b.name())).map(Region::ags).toList();
    }

    /** The name of a Gemeinde or Kreis (its AGS when unknown). */
    public String regionName(String ags) {
        return regions.byAgs(ags).map(Region::name).orElse(ags);
    }

    /** The coverage radius the map draws for the site (given, else by band and settlement density). */
    public double radiusKm(MobileSite s) {
        return register.radii().radiusKm(s);
    }

    public String kreisOf(MobileSite s) {
        return kreisOfGemeinde.getOrDefault(s.gemeindeAgs(), "");
    }

    private void refilter() {
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.GERMAN);
        shown.setPredicate(s -> (operator.get() == null || s.operator() == operator.get())
                && (technology.get() == null || s.technology() == technology.get())
                && (status.get() == null || s.status() == status.get())
                && (kreis.get() == null || kreis.get().equals(kreisOf(s)))
                && (q.isEmpty() || s.identifier().toLowerCase(Locale.GERMAN).contains(q)
                    || s.operator().label().toLowerCase(Locale.GERMAN).contains(q)
                    || (s.notes() != null && s.notes().toLowerCase(Locale.GERMAN).contains(q))));
        totals.set(new Totals(shown.size(), shown.stream().filter(MobileSite::inOperation).count(),
                shown.stream().filter(MobileSite::funded).count(), shown.stream().filter(MobileSite::demo).count()));
    }

    public ObservableList<MobileSite> shown() {
        return shown;
    }

    public ObservableList<MobileSite> all() {
        return all;
    }

    public ObjectProperty<MobileOperator> operatorProperty() {
        return operator;
    }

    public ObjectProperty<RadioTechnology> technologyProperty() {
        return technology;
    }

    public ObjectProperty<MobileSiteStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<String> kreisProperty() {
        return kreis;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Totals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyObjectProperty<CoverageFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    MobileRegister register() {
        return register;
    }
}
