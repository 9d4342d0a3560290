package de.netzatlas.map.layer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import de.netzatlas.map.MapViewport;
import de.netzatlas.map.WebMercator;

/**
 * A point data set drawn in one pass per frame: below {@link #clusterBelowZoom()} the points in
 * view are grid-clustered (count shown); above it, many points are written as dots into a pixel
 * buffer (one image draw instead of thousands of calls) and few points as vector symbols with
 * labels. Style per class (colour, symbol, size). Positions are projected to world units once and
 * indexed in an STRtree for hit-testing.
 */
public final class PointLayer extends FeatureLayer {

    /** Above this many points in view, dots go into the pixel buffer instead of vector symbols. */
    static final int DENSE_THRESHOLD = 2_000;
    static final int SELECTION = 0xFFD9480F;
    /** Clusters mix classes, so they get a neutral colour rather than one member's. */
    static final int CLUSTER = 0xD93B4A5A;
    private static final double CLUSTER_CELL = 56;

    /** Immutable, prepared off the FX thread; swapped in with {@link #setData}. */
    public static final class Data {
        final List<PointFeature> features;
        final double[] worldX;
        final double[] worldY;
        final int[] styleIndex;
        final STRtree index = new STRtree();
        final Map<String, Integer> byId = new HashMap<>();

        private Data(List<PointFeature> features, List<StyleClass> classes) {
            this.features = List.copyOf(features);
            int n = features.size();
            worldX = new double[n];
            worldY = new double[n];
            styleIndex = new int[n];
            Map<String, Integer> classIndex = new HashMap<>();
            for (int c = 0; c < classes.size(); c++) {
                classIndex.put(classes.get(c).key(), c);
            }
            for (int i = 0; i < n; i++) {
                PointFeature f = features.get(i);
                worldX[i] = WebMercator.worldX(f.lon());
                worldY[i] = WebMercator.worldY(f.lat());
                styleIndex[i] = classIndex.getOrDefault(f.category(), classes.size() - 1);
                index.insert(new Envelope(worldX[i], worldX[i], worldY[i], worldY[i]), i);
                byId.put(f.id(), i);
            }
            if (n > 0) {
                index.build();
            }
        }

        public int size() {
            return features.size();
        }
    }

    private final List<StyleClass> classes;
    private final String note;
    private double clusterBelowZoom = 10;
    private double labelFromZoom = 11;
    private Data data;
    private double[] sx = new double[0];
    private double[] sy = new double[0];
    private int[] inView = new int[0];

    /** @param classes style classes; the last one is used for features of unknown class */
    public PointLayer(String id, String title, List<StyleClass> classes, String note) {
        super(id, title);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("mindestens eine Stilklasse");
        }
        this.classes = List.copyOf(classes);
        this.note = note;
        this.data = new Data(List.of(), this.classes);
    }

    /** Builds the projected, indexed snapshot; safe on any thread. */
    public Data prepare(List<PointFeature> features) {
        return new Data(features, classes);
    }

    /** Replaces all points at once (one change event, no per-point events). */
    public void setData(Data data) {
        this.data = data;
        changed();
    }

    public void setFeatures(List<PointFeature> features) {
        setData(prepare(features));
    }

    public int size() {
        return data.size();
    }

    public double clusterBelowZoom() {
        return clusterBelowZoom;
    }

    /** Clustering below this zoom (0 = never cluster). */
    public void setClusterBelowZoom(double zoom) {
        clusterBelowZoom = zoom;
        changed();
    }

    public void setLabelFromZoom(double zoom) {
        labelFromZoom = zoom;
        changed();
    }

    public boolean clustersAt(double zoom) {
        return zoom < clusterBelowZoom;
    }

    @Override
    protected void paintFeatures(MapPainter p, MapViewport v) {
        Data d = data;
        int n = project(d, v, 12);
        if (clustersAt(v.zoom())) {
            paintClusters(p, v, d, n);
        } else if (n > DENSE_THRESHOLD) {
            paintDense(p, v, d, n);
        } else {
            paintSymbols(p, v, d, n);
        }
        paintSelection(p, d);
    }

    /** Projects all points to screen pixels; collects those in view (plus margin) in {@link #inView}. */
    private int project(Data d, MapViewport v, double margin) {
        int total = d.size();
        if (sx.length < total) {
            sx = new double[total];
            sy = new double[total];
            inView = new int[total];
        }
        double s = v.worldPixels();
        double ox = v.originWorldX();
        double oy = v.originWorldY();
        double maxX = v.width() + margin;
        double maxY = v.height() + margin;
        int n = 0;
        for (int i = 0; i < total; i++) {
            double x = (d.worldX[i] - ox) * s;
            double y = (d.worldY[i] - oy) * s;
            sx[i] = x;
            sy[i] = y;
            if (x >= -margin && y >= -margin && x <= maxX && y <= maxY) {
                inView[n++] = i;
            }
        }
        return n;
    }

    private void paintClusters(MapPainter p, MapViewport v, Data d, int n) {
        double s = v.worldPixels();
        List<PointClusters.Cluster> clusters = PointClusters.grid(sx, sy, inView, n, CLUSTER_CELL,
                v.originWorldX() * s, v.originWorldY() * s, v.width(), v.height());
        for (PointClusters.Cluster c : clusters) {
            if (c.count() == 1) {
                FeatureStyle st = classes.get(d.styleIndex[c.first()]).style();
                p.symbol(st.symbol(), c.x(), c.y(), st.size(), st.fill(), st.stroke(), st.strokeWidth());
            } else {
                double size = clusterSize(c.count());
                p.symbol(Symbol.CIRCLE, c.x(), c.y(), size, CLUSTER, 0xFFFFFFFF, 2);
                p.text(Integer.toString(c.count()), c.x(), c.y() + 4, 11, true, 0xFFFFFFFF, 0, MapPainter.Anchor.CENTRE);
            }
        }
    }

    private static double clusterSize(int count) {
        return 18 + 10 * Math.log10(count);
    }

    /**
     * The centre (lat, lon) of the cluster drawn under the screen point, if the layer is visible,
     * clustered at this zoom and a cluster of several points lies there: the map zooms in on it.
     */
    public Optional<double[]> clusterAt(MapViewport v, double x, double y) {
        if (!isVisible() || !clustersAt(v.zoom())) {
            return Optional.empty();
        }
        int n = project(data, v, 12);
        double s = v.worldPixels();
        for (PointClusters.Cluster c : PointClusters.grid(sx, sy, inView, n, CLUSTER_CELL, v.originWorldX() * s,
                v.originWorldY() * s, v.width(), v.height())) {
            if (c.count() > 1 && Math.hypot(c.x() - x, c.y() - y) <= clusterSize(c.count()) / 2 + 2) {
                return Optional.of(new double[] {v.lat(c.y()), v.lon(c.x())});
            }
        }
        return Optional.empty();
    }

    private void paintDense(MapPainter p, MapViewport v, Data d, int n) {
        double scale = p.pixelScale();
        int w = (int) Math.ceil(v.width() * scale);
        int h = (int) Math.ceil(v.height() * scale);
        int[] buf = p.pixelBuffer(w, h);
        Arrays.fill(buf, 0, w * h, 0);
        int[][] stamps = new int[classes.size()][];
        int[] colours = new int[classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            FeatureStyle st = classes.get(c).style();
            stamps[c] = disc(Math.max(1, st.size() * 0.35 * scale));
            colours[c] = st.fill() | 0xFF000000;
        }
        int minX = w;
        int minY = h;
        int maxX = 0;
        int maxY = 0;
        for (int k = 0; k < n; k++) {
            int i = inView[k];
            int cx = (int) (sx[i] * scale);
            int cy = (int) (sy[i] * scale);
            minX = Math.min(minX, cx);
            minY = Math.min(minY, cy);
            maxX = Math.max(maxX, cx);
            maxY = Math.max(maxY, cy);
            int[] stamp = stamps[d.styleIndex[i]];
            int colour = colours[d.styleIndex[i]];
            for (int j = 0; j < stamp.length; j += 2) {
                int x = cx + stamp[j];
                int y = cy + stamp[j + 1];
                if (x >= 0 && y >= 0 && x < w && y < h) {
                    buf[y * w + x] = colour;
                }
            }
        }
        int r = stamps.length == 0 ? 0 : maxStampRadius(stamps);
        p.drawPixelBuffer(w, h, Math.max(0, minX - r), Math.max(0, minY - r), Math.min(w, maxX + r + 1),
                Math.min(h, maxY + r + 1));
    }

    private static int maxStampRadius(int[][] stamps) {
        int r = 0;
        for (int[] stamp : stamps) {
            for (int v : stamp) {
                r = Math.max(r, Math.abs(v));
            }
        }
        return r;
    }

    /** Pixel offsets (dx, dy pairs) of a filled disc. */
    private static int[] disc(double radius) {
        int r = (int) Math.ceil(radius);
        int[] out = new int[(2 * r + 1) * (2 * r + 1) * 2];
        int k = 0;
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                if (dx * dx + dy * dy <= radius * radius + 0.5) {
                    out[k++] = dx;
                    out[k++] = dy;
                }
            }
        }
        return Arrays.copyOf(out, k);
    }

    private void paintSymbols(MapPainter p, MapViewport v, Data d, int n) {
        for (int k = 0; k < n; k++) {
            int i = inView[k];
            FeatureStyle st = classes.get(d.styleIndex[i]).style();
            p.symbol(st.symbol(), sx[i], sy[i], st.size(), st.fill(), st.stroke(), st.strokeWidth());
        }
        if (v.zoom() >= labelFromZoom) {
            LabelPlacer placer = new LabelPlacer(p);
            for (int k = 0; k < n; k++) {
                int i = inView[k];
                FeatureStyle st = classes.get(d.styleIndex[i]).style();
                placer.place(d.features.get(i).label(), sx[i] + st.size() / 2 + 3, sy[i] + 4, 11, false);
            }
        }
    }

    private void paintSelection(MapPainter p, Data d) {
        for (String id : selection()) {
            Integer i = d.byId.get(id);
            if (i != null) {
                FeatureStyle st = classes.get(d.styleIndex[i]).style();
                p.beginPath();
                p.circle(sx[i], sy[i], st.size() / 2 + 4);
                p.setStroke(SELECTION, 3);
                p.strokePath();
            }
        }
    }

    @Override
    protected Optional<FeatureHit> hitFeature(MapViewport v, double x, double y, double tolerance) {
        Data d = data;
        double s = v.worldPixels();
        double reach = tolerance + maxSize() / 2;
        Envelope query = worldEnvelope(v, new Envelope(x - reach, x + reach, y - reach, y + reach));
        int best = -1;
        double bestDist = Double.MAX_VALUE;
        for (Object o : d.index.query(query)) {
            int i = (Integer) o;
            double dx = (d.worldX[i] - v.originWorldX()) * s - x;
            double dy = (d.worldY[i] - v.originWorldY()) * s - y;
            double dist = Math.hypot(dx, dy) - classes.get(d.styleIndex[i]).style().size() / 2;
            if (dist <= tolerance && dist < bestDist) {
                best = i;
                bestDist = dist;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(hitOf(d, best));
    }

    @Override
    protected List<FeatureHit> featuresIn(MapViewport v, Envelope screenRect) {
        Data d = data;
        List<FeatureHit> hits = new ArrayList<>();
        for (Object o : d.index.query(worldEnvelope(v, screenRect))) {
            hits.add(hitOf(d, (Integer) o));
        }
        return hits;
    }

    private FeatureHit hitOf(Data d, int i) {
        PointFeature f = d.features.get(i);
        return new FeatureHit(id(), title(), f.id(), f.label(), f.details());
    }

    private double maxSize() {
        return classes.stream().mapToDouble(c -> c.style().size()).max().orElse(10);
    }

    @Override
    public Optional<Envelope> geoBounds(Set<String> featureIds) {
        Data d = data;
        Envelope e = new Envelope();
        for (String id : featureIds) {
            Integer i = d.byId.get(id);
            if (i != null) {
                e.expandToInclude(d.features.get(i).lon(), d.features.get(i).lat());
            }
        }
        return e.isNull() ? Optional.empty() : Optional.of(e);
    }

    @Override
    public List<LegendEntry> legend() {
        return classes.stream().map(c -> new LegendEntry(c.label(), c.style(), LegendEntry.Kind.POINT)).toList();
    }

    @Override
    public String legendNote() {
        return note;
    }
}
