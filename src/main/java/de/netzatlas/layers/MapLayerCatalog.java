package de.netzatlas.layers;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

import de.netzatlas.common.Messages;
import de.netzatlas.map.layer.ChoroplethLayer;
import de.netzatlas.map.layer.ClassBreaks;
import de.netzatlas.map.layer.FeatureLayer;
import de.netzatlas.map.layer.FeatureStyle;
import de.netzatlas.map.layer.LegendEntry;
import de.netzatlas.map.layer.Palette;
import de.netzatlas.map.layer.PointFeature;
import de.netzatlas.map.layer.PointLayer;
import de.netzatlas.map.layer.ShapeFeature;
import de.netzatlas.map.layer.ShapeLayer;
import de.netzatlas.map.layer.StyleClass;
import de.netzatlas.map.layer.Symbol;
import de.netzatlas.region.BundledGeodata;
import de.netzatlas.region.Place;
import de.netzatlas.region.PlaceSearch;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionBoundary;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;

/**
 * The feature layers Netzatlas offers today, built from real data: population density per
 * Gemeinde (choropleth), the GeoNames places (points by rank) and the rivers (lines). Builds
 * complete layers on a worker thread; they belong to a {@code LayerManager} only once added.
 * Window and {@code netzatlas map} use the same catalogue, so screen and image agree.
 */
public final class MapLayerCatalog {

    public static final String DENSITY = "dichte";
    static final String PLACES = "orte";
    static final String RIVERS = "fluesse";
    public static final String PROJECTS = "projekte";

    /** Layer ids bottom to top, and which are shown on a fresh installation. */
    static final List<String> DEFAULT_ORDER = List.of(DENSITY, RIVERS, PLACES);
    static final Map<String, Boolean> DEFAULT_VISIBLE = Map.of(DENSITY, true, RIVERS, false, PLACES, false);
    static final Map<String, Double> DEFAULT_OPACITY = Map.of(DENSITY, 0.65, RIVERS, 1.0, PLACES, 1.0);

    private final RegionService regions;
    private final Messages m;

    public MapLayerCatalog(RegionService regions, Messages messages) {
        this.regions = regions;
        this.m = messages;
    }

    /** All layers in default order with default visibility and opacity. */
    public List<FeatureLayer> createAll(List<Place> places) {
        List<FeatureLayer> layers = new ArrayList<>();
        for (String id : DEFAULT_ORDER) {
            FeatureLayer layer = switch (id) {
                case DENSITY -> density();
                case RIVERS -> rivers();
                default -> places(places);
            };
            layer.setVisible(DEFAULT_VISIBLE.get(id));
            layer.setOpacity(DEFAULT_OPACITY.get(id));
            layers.add(layer);
        }
        return layers;
    }

    public List<FeatureLayer> createAll() {
        return createAll(PlaceSearch.bundledPlaces());
    }

    ChoroplethLayer density() {
        NumberFormat integer = NumberFormat.getIntegerInstance(m.locale());
        NumberFormat decimal = NumberFormat.getNumberInstance(m.locale());
        decimal.setMaximumFractionDigits(1);
        List<ShapeFeature> features = new ArrayList<>();
        for (RegionBoundary b : regions.boundaries(RegionLevel.GEMEINDE)) {
            Region r = regions.byAgs(b.ags()).orElse(null);
            if (r == null) {
                continue;
            }
            double density = r.population() != null && r.areaKm2() != null && r.areaKm2() > 0
                    ? r.population() / r.areaKm2() : Double.NaN;
            List<String> details = List.of(
                    m.get("detail.population") + ": " + (r.population() == null ? "–" : integer.format(r.population())),
                    m.get("detail.area") + ": " + (r.areaKm2() == null ? "–" : decimal.format(r.areaKm2()) + " km²"),
                    m.get("detail.density") + ": " + (Double.isNaN(density) ? "–" : integer.format(density)));
            features.add(new ShapeFeature(r.ags(), r.name(), b.geometry(), "", density, details));
        }
        ChoroplethLayer layer = ChoroplethLayer.of(DENSITY, m.get("layer.density.title"), features,
                ClassBreaks.Method.QUANTILES, 5, Palette.YL_GN_BU, integer, m.get("layer.density.note"));
        layer.setLabelFromZoom(10);
        return layer;
    }

    PointLayer places(List<Place> places) {
        List<StyleClass> classes = List.of(
                new StyleClass("PPLA", m.get("layer.places.capital"), FeatureStyle.point(0xFFB2182B, Symbol.SQUARE, 13)),
                new StyleClass("PPLA3", m.get("layer.places.kreisstadt"),
                        FeatureStyle.point(0xFFD55E00, Symbol.DIAMOND, 11)),
                new StyleClass("PPLA4", m.get("layer.places.seat"), FeatureStyle.point(0xFF0072B2, Symbol.CIRCLE, 9)),
                new StyleClass("PPL", m.get("layer.places.place"), FeatureStyle.point(0xFF56B4E9, Symbol.CIRCLE, 7)),
                new StyleClass("PPLX", m.get("layer.places.part"), FeatureStyle.point(0xFF7A7A74, Symbol.TRIANGLE, 7)));
        NumberFormat integer = NumberFormat.getIntegerInstance(m.locale());
        List<PointFeature> features = places.stream()
                .sorted((a, b) -> Integer.compare(b.population(), a.population()))
                .map(p -> new PointFeature(p.id(), p.name(), p.lat(), p.lon(),
                        "PPLL".equals(p.featureCode()) ? "PPL" : p.featureCode(),
                        List.of(m.get("layer.places.gemeinde") + ": " + p.gemeindeName(),
                                m.get("layer.places.population") + ": "
                                        + (p.population() > 0 ? integer.format(p.population()) : "–"),
                                m.get("layer.places.elevation") + ": "
                                        + (p.elevation() == null ? "–" : p.elevation() + " m"),
                                "GeoNames " + p.id())))
                .toList();
        PointLayer layer = new PointLayer(PLACES, m.get("layer.places.title"), classes, m.get("layer.places.note"));
        layer.setClusterBelowZoom(9);
        layer.setLabelFromZoom(10);
        layer.setFeatures(features);
        return layer;
    }

    ShapeLayer rivers() {
        FeatureStyle style = FeatureStyle.line(0xFF2C7FB8, 2.2);
        List<ShapeFeature> features = new ArrayList<>();
        int i = 0;
        for (var f : BundledGeodata.features(BundledGeodata.RIVERS)) {
            Geometry g = f.geometry();
            Object name = f.properties().get("name");
            String label = name == null ? "" : name.toString();
            features.add(new ShapeFeature("fluss-" + i++, label, g, "", Double.NaN, List.of()));
        }
        ShapeLayer layer = new ShapeLayer(RIVERS, m.get("layer.rivers.title"), f -> style,
                List.of(new LegendEntry(m.get("layer.rivers.legend"), style, LegendEntry.Kind.LINE)),
                "Natural Earth");
        layer.setLabelFromZoom(9);
        layer.setFeatures(features);
        return layer;
    }

    /** Rollout project areas coloured by status (see {@link ProjectAreaStyle}); projects without area are left out. */
    public ShapeLayer projects(List<de.netzatlas.fibre.FibreProject> projects) {
        ShapeLayer layer = new ShapeLayer(PROJECTS, m.get("layer.projects.title"), ProjectAreaStyle::of,
                ProjectAreaStyle.legend(m), m.get("layer.projects.note"));
        layer.setLabelFromZoom(10);
        layer.setFeatures(ProjectAreaStyle.features(projects, m));
        return layer;
    }
}
