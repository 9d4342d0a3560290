package de.netzatlas.layers;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

import de.netzatlas.common.Messages;
import de.netzatlas.map.layer.FeatureStyle;
import de.netzatlas.map.layer.LegendEntry;
import de.netzatlas.map.layer.PointFeature;
import de.netzatlas.map.layer.PointLayer;
import de.netzatlas.map.layer.ShapeFeature;
import de.netzatlas.map.layer.ShapeLayer;
import de.netzatlas.map.layer.StyleClass;
import de.netzatlas.map.layer.Symbol;
import de.netzatlas.mobile.AreaCoverage;
import de.netzatlas.mobile.CoverageFigures;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.mobile.RadioTechnology;

/**
 * The 5G/Mobilfunk map layers: sites coloured by status, the LTE and 5G coverage and the weiße
 * Flecken, whose legend carries the area in km² and the share of the Land. Built off the FX thread
 * from a {@link Snapshot} of the register; applied to existing layers on the FX thread.
 */
public final class MobileMapLayers {

    public static final String SITES = "mobil-standorte";
    public static final String NR = "mobil-5g";
    public static final String LTE = "mobil-lte";
    public static final String WHITE = "mobil-weisse-flecken";

    /** Everything the layers show, computed in the background. */
    record Snapshot(List<MobileSite> sites, CoverageFigures figures, Geometry lte, Geometry nr, Geometry white) {
    }

    private static final GeometryFactory GF = new GeometryFactory();
    private final Messages m;

    public MobileMapLayers(Messages messages) {
        this.m = messages;
    }

    static int statusColour(MobileSiteStatus s) {
        return switch (s) {
            case GEPLANT -> 0xFF9E9E9E;
            case GENEHMIGUNG -> 0xFFFDB863;
            case IM_BAU -> 0xFFE66101;
            case IN_BETRIEB -> 0xFF1A9641;
        };
    }

    public PointLayer sites() {
        List<StyleClass> classes = new ArrayList<>();
        for (MobileSiteStatus s : MobileSiteStatus.values()) {
            classes.add(new StyleClass(s.name(), m.label(s), FeatureStyle.point(statusColour(s), Symbol.TRIANGLE, 10)));
        }
        PointLayer layer = new PointLayer(SITES, m.get("mobile.layer.sites"), classes, m.get("mobile.layer.sites.note"));
        layer.setClusterBelowZoom(8);
        layer.setLabelFromZoom(12);
        return layer;
    }

    /** An area layer whose one legend line can change (it carries the km² and the share). */
    public static final class LegendShapeLayer extends ShapeLayer {
        private FeatureStyle style;
        private String legendText;

        LegendShapeLayer(String id, String title, FeatureStyle style, String note) {
            this(id, title, new FeatureStyle[] {style}, note);
        }

        private LegendShapeLayer(String id, String title, FeatureStyle[] holder, String note) {
            super(id, title, f -> holder[0], List.of(), note);
            this.style = holder[0];
            this.legendText = title;
            this.holder = holder;
        }

        private final FeatureStyle[] holder;

        public void setStyle(FeatureStyle s) {
            holder[0] = s;
            style = s;
        }

        public void setLegendText(String text) {
            legendText = text;
        }

        @Override
        public List<LegendEntry> legend() {
            return List.of(new LegendEntry(legendText, style, LegendEntry.Kind.AREA));
        }
    }

    public LegendShapeLayer coverage(String id, int rgb, String title) {
        // no outline: the area comes in one piece per engine cell, outlines would draw the grid
        FeatureStyle style = FeatureStyle.area(FeatureStyle.argb(rgb, 0.40), 0, 0);
        LegendShapeLayer layer = new LegendShapeLayer(id, title, style, m.get("mobile.layer.coverage.note"));
        layer.setAreaOutlineFromZoom(0);
        return layer;
    }

    public List<PointFeature> siteFeatures(List<MobileSite> sites,
                                           java.util.function.ToDoubleFunction<MobileSite> radius) {
        NumberFormat km = NumberFormat.getNumberInstance(m.locale());
        km.setMaximumFractionDigits(2);
        List<PointFeature> out = new ArrayList<>(sites.size());
        for (MobileSite s : sites) {
            out.add(new PointFeature(s.id().toString(), s.identifier(), s.location().lat(), s.location().lon(),
                    s.status().name(), List.of(
                            m.get("mobile.col.operator") + ": " + m.label(s.operator()),
                            m.get("mobile.col.technology") + ": " + m.label(s.technology()),
                            m.get("mobile.col.bands") + ": " + s.bandsText() + " MHz",
                            m.get("mobile.col.status") + ": " + m.label(s.status()),
                            m.get("mobile.col.radius") + ": " + km.format(radius.applyAsDouble(s)) + " km",
                            s.demo() ? m.get("fibre.demoData") : "")));
        }
        return out;
    }

    /** One feature of all polygons of the pieces (drawn as one area). */
    public static List<ShapeFeature> area(String id, String label, Geometry pieces, List<String> details) {
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(pieces);
        if (polygons.isEmpty()) {
            return List.of();
        }
        Geometry multi = GF.createMultiPolygon(polygons.toArray(Polygon[]::new));
        return List.of(new ShapeFeature(id, label, multi, "", Double.NaN, details));
    }

    public String legendText(String key, AreaCoverage land, RadioTechnology t) {
        NumberFormat km = NumberFormat.getNumberInstance(m.locale());
        km.setMaximumFractionDigits(0);
        double value = t == null ? land.whiteKm2() : land.covered(t);
        double share = t == null ? land.whiteShare() : t == RadioTechnology.LTE ? land.lteShare() : land.nrShare();
        return m.format(key, km.format(value), String.format(m.locale(), "%.1f", share * 100));
    }
}
