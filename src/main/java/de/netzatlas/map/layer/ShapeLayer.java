package de.netzatlas.map.layer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import de.netzatlas.map.MapViewport;
import de.netzatlas.map.WebMercator;

/**
 * Lines and areas (e.g. rollout areas, cable routes, regions) in one layer: geometries projected
 * to world units once, indexed in an STRtree; a frame draws only what intersects the view, with
 * vertices closer than a quarter pixel dropped. Areas hit by containment, lines by distance.
 */
public class ShapeLayer extends FeatureLayer {

    static final int SELECTION = 0xFFD9480F;
    /** Vertices closer than this (logical px, Manhattan) to the previous one are dropped. */
    static final double MIN_STEP = 1.0;

    private record Item(int order, ShapeFeature feature, Geometry world, PreparedGeometry prepared, Coordinate labelAt) {
    }

    private final Function<ShapeFeature, FeatureStyle> styler;
    private final List<LegendEntry> legend;
    private final String note;
    private double labelFromZoom = 10;
    private double areaOutlineFromZoom;
    private List<Item> items = List.of();
    private Map<String, Item> byId = Map.of();
    private STRtree index = new STRtree();

    public ShapeLayer(String id, String title, Function<ShapeFeature, FeatureStyle> styler, List<LegendEntry> legend,
                      String note) {
        super(id, title);
        this.styler = styler;
        this.legend = List.copyOf(legend);
        this.note = note;
    }

    /** Replaces all features at once (one change event). */
    public void setFeatures(List<ShapeFeature> features) {
        List<Item> list = new ArrayList<>(features.size());
        Map<String, Item> map = new HashMap<>();
        STRtree tree = new STRtree();
        for (ShapeFeature f : features) {
            Geometry world = WebMercator.toWorld(f.geometry());
            Point interior = world.getInteriorPoint();
            Item item = new Item(list.size(), f, world, PreparedGeometryFactory.prepare(world),
                    interior.isEmpty() ? null : interior.getCoordinate());
            list.add(item);
            map.put(f.id(), item);
            tree.insert(world.getEnvelopeInternal(), item);
        }
        if (!list.isEmpty()) {
            tree.build();
        }
        items = List.copyOf(list);
        byId = map;
        index = tree;
        changed();
    }

    public List<ShapeFeature> features() {
        return items.stream().map(Item::feature).toList();
    }

    /**
     * Areas get their outline only from this zoom on: below it a Land-wide choropleth would spend
     * most of its frame stroking hundreds of hair-thin borders that the eye cannot separate anyway.
     */
    public void setAreaOutlineFromZoom(double zoom) {
        areaOutlineFromZoom = zoom;
        changed();
    }

    public void setLabelFromZoom(double zoom) {
        labelFromZoom = zoom;
        changed();
    }

    @Override
    protected void paintFeatures(MapPainter p, MapViewport v) {
        Envelope view = v.worldEnvelope();
        @SuppressWarnings("unchecked")
        List<Item> visible = items.isEmpty() ? new ArrayList<>() : index.query(view);
        visible.sort((a, b) -> Integer.compare(a.order(), b.order()));
        // Fills one by one (colours differ); outlines of equal style as one path and one stroke
        // call, which rasterises far faster than one stroke per feature.
        Map<Long, List<Item>> outlines = new java.util.LinkedHashMap<>();
        Map<Long, FeatureStyle> outlineStyles = new HashMap<>();
        for (Item item : visible) {
            FeatureStyle st = styler.apply(item.feature());
            if (item.world().getDimension() == 2 && (st.fill() >>> 24) != 0) {
                path(p, v, item.world());
                p.setFill(st.fill());
                p.fillPath();
            }
            boolean area = item.world().getDimension() == 2;
            if (st.strokeWidth() > 0 && (st.stroke() >>> 24) != 0 && (!area || v.zoom() >= areaOutlineFromZoom)) {
                long key = ((long) st.stroke() << 32) ^ Double.hashCode(st.strokeWidth());
                outlines.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
                outlineStyles.put(key, st);
            }
        }
        for (Map.Entry<Long, List<Item>> e : outlines.entrySet()) {
            p.beginPath();
            for (Item item : e.getValue()) {
                append(p, v, item.world());
            }
            FeatureStyle st = outlineStyles.get(e.getKey());
            p.setStroke(st.stroke(), st.strokeWidth());
            p.strokePath();
        }
        for (String id : selection()) {
            Item item = byId.get(id);
            if (item != null) {
                path(p, v, item.world());
                p.setStroke(SELECTION, 3);
                p.strokePath();
            }
        }
        if (v.zoom() >= labelFromZoom) {
            LabelPlacer placer = new LabelPlacer(p);
            double s = v.worldPixels();
            for (Item item : visible) {
                if (item.labelAt() != null) {
                    placer.place(item.feature().label(), (item.labelAt().x - v.originWorldX()) * s,
                            (item.labelAt().y - v.originWorldY()) * s + 4, 11, true);
                }
            }
        }
    }

    private static void path(MapPainter p, MapViewport v, Geometry g) {
        p.beginPath();
        append(p, v, g);
    }

    private static void append(MapPainter p, MapViewport v, Geometry g) {
        double s = v.worldPixels();
        double ox = v.originWorldX() * s;
        double oy = v.originWorldY() * s;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                ring(p, polygon.getExteriorRing().getCoordinates(), s, ox, oy, true);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(p, polygon.getInteriorRingN(h).getCoordinates(), s, ox, oy, true);
                }
            } else if (part instanceof LineString line) {
                ring(p, line.getCoordinates(), s, ox, oy, false);
            }
        }
    }

    private static void ring(MapPainter p, Coordinate[] c, double s, double ox, double oy, boolean close) {
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < c.length; i++) {
            double x = c[i].x * s - ox;
            double y = c[i].y * s - oy;
            if (i == 0) {
                p.moveTo(x, y);
            } else if (Math.abs(x - lastX) + Math.abs(y - lastY) < MIN_STEP && i < c.length - 1) {
                continue;
            } else {
                p.lineTo(x, y);
            }
            lastX = x;
            lastY = y;
        }
        if (close) {
            p.closePath();
        }
    }

    @Override
    protected Optional<FeatureHit> hitFeature(MapViewport v, double x, double y, double tolerance) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        double s = v.worldPixels();
        Coordinate c = new Coordinate(v.originWorldX() + x / s, v.originWorldY() + y / s);
        Geometry point = new GeometryFactory().createPoint(c);
        double reach = tolerance / s;
        Envelope query = new Envelope(c);
        query.expandBy(reach);
        Item best = null;
        @SuppressWarnings("unchecked")
        List<Item> candidates = index.query(query);
        for (Item item : candidates) {
            boolean area = item.world().getDimension() == 2;
            if (area ? item.prepared().covers(point) : item.world().isWithinDistance(point, reach)) {
                if (best == null || item.order() > best.order()) {
                    best = item;
                }
            }
        }
        return Optional.ofNullable(best).map(this::hitOf);
    }

    @Override
    protected List<FeatureHit> featuresIn(MapViewport v, Envelope screenRect) {
        if (items.isEmpty()) {
            return List.of();
        }
        Envelope world = worldEnvelope(v, screenRect);
        Geometry box = new GeometryFactory().toGeometry(world);
        List<FeatureHit> hits = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Item> candidates = index.query(world);
        for (Item item : candidates) {
            if (item.prepared().intersects(box)) {
                hits.add(hitOf(item));
            }
        }
        return hits;
    }

    private FeatureHit hitOf(Item item) {
        ShapeFeature f = item.feature();
        return new FeatureHit(id(), title(), f.id(), f.label(), f.details());
    }

    @Override
    public Optional<Envelope> geoBounds(Set<String> featureIds) {
        Envelope e = new Envelope();
        for (String id : featureIds) {
            Item item = byId.get(id);
            if (item != null) {
                e.expandToInclude(item.feature().geometry().getEnvelopeInternal());
            }
        }
        return e.isNull() ? Optional.empty() : Optional.of(e);
    }

    @Override
    public List<LegendEntry> legend() {
        return legend;
    }

    @Override
    public String legendNote() {
        return note;
    }

    /** Number of features. */
    public int size() {
        return items.size();
    }
}
