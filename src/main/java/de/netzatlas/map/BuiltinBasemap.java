package de.netzatlas.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The built-in offline basemap, always available: the Land, its Kreise and Gemeinden, the major
 * rivers and place names, drawn with Java2D from the bundled geodata. Calm, light colours so that
 * data drawn on top stays readable and a print looks like a ministry map; the boundary hierarchy
 * shows in the line weights. Geometries are projected to Web Mercator once and indexed, so a tile
 * only touches what intersects it; labels come from {@link PlaceLabels}' global placement.
 */
public final class BuiltinBasemap implements TileSource {

    /** Bump when the drawing changes, so that disk-cached tiles of the old style are not reused. */
    static final int STYLE_VERSION = 3;

    static final Color OUTSIDE = new Color(0xE6, 0xEB, 0xEF);
    static final Color LAND_FILL = new Color(0xFB, 0xFA, 0xF6);
    static final Color GEMEINDE_LINE = new Color(0xC8, 0xC2, 0xB8);
    static final Color KREIS_LINE = new Color(0x8F, 0x88, 0x7D);
    static final Color LAND_LINE = new Color(0x55, 0x50, 0x4A);
    static final Color RIVER = new Color(0x8D, 0xB9, 0xDB);
    static final Color PLACE_TEXT = new Color(0x3A, 0x37, 0x33);
    static final Color AREA_TEXT = new Color(0x8A, 0x84, 0x7A);
    static final Color HALO = new Color(0xFB, 0xFA, 0xF6);

    /** Boundary lines are indexed in pieces of at most this many vertices, so a tile draws only nearby ones. */
    static final int CHUNK = 48;

    /** Up to this zoom the lines are simplified (Douglas–Peucker, ~0.4 px) once per zoom level. */
    static final int SIMPLIFY_UP_TO = 11;

    private final Geometry land;
    private final org.locationtech.jts.geom.prep.PreparedGeometry preparedLand;
    private final List<Geometry> worldKreise;
    private final List<Geometry> worldGemeinden;
    private final List<Geometry> worldRivers;
    private final Layers full;
    private final java.util.Map<Integer, Layers> simplified = new java.util.concurrent.ConcurrentHashMap<>();
    private final PlaceLabels labels;

    /** The line work of one detail level, each set indexed in short pieces. */
    private record Layers(Geometry land, STRtree landOutline, STRtree kreise, STRtree gemeinden, STRtree rivers) {
    }
    private final String id;

    /**
     * @param land    the Land outline (WGS84, x = lon)
     * @param kreise  Kreis boundaries
     * @param gemeinden Gemeinde boundaries
     * @param rivers  river lines
     * @param labels  place and Kreis names
     * @param dataVersion changes whenever the geometry changes (part of the tile cache key)
     */
    public BuiltinBasemap(Geometry land, List<Geometry> kreise, List<Geometry> gemeinden, List<Geometry> rivers,
                          PlaceLabels labels, String dataVersion) {
        this.land = WebMercator.toWorld(land);
        this.preparedLand = org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(this.land);
        this.worldKreise = kreise.stream().map(WebMercator::toWorld).toList();
        this.worldGemeinden = gemeinden.stream().map(WebMercator::toWorld).toList();
        this.worldRivers = rivers.stream().map(WebMercator::toWorld).toList();
        this.full = layers(0);
        this.labels = labels;
        this.id = "builtin-" + dataVersion + "-s" + STYLE_VERSION;
    }

    /** The layers simplified with the given tolerance in world units (0: full detail). */
    private Layers layers(double tolerance) {
        Geometry simpleLand = simplify(land, tolerance);
        return new Layers(simpleLand, index(List.of(simpleLand), 0), index(worldKreise, tolerance),
                index(worldGemeinden, tolerance), index(worldRivers, tolerance));
    }

    private Layers layersFor(double zoom) {
        int level = (int) Math.floor(zoom + 1e-9);
        if (level > SIMPLIFY_UP_TO) {
            return full;
        }
        return simplified.computeIfAbsent(Math.max(0, level), z -> layers(0.4 / WebMercator.worldPixels(z)));
    }

    private static Geometry simplify(Geometry g, double tolerance) {
        return tolerance <= 0 ? g
                : org.locationtech.jts.simplify.DouglasPeuckerSimplifier.simplify(g, tolerance);
    }

    private static STRtree index(List<Geometry> geometries, double tolerance) {
        STRtree tree = new STRtree();
        org.locationtech.jts.geom.GeometryFactory factory = new org.locationtech.jts.geom.GeometryFactory();
        for (Geometry g : geometries) {
            Geometry world = simplify(g, tolerance);
            for (int i = 0; i < world.getNumGeometries(); i++) {
                Geometry part = world.getGeometryN(i);
                if (part instanceof Polygon polygon) {
                    chunks(tree, factory, polygon.getExteriorRing().getCoordinates());
                    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                        chunks(tree, factory, polygon.getInteriorRingN(h).getCoordinates());
                    }
                } else if (part instanceof LineString line) {
                    chunks(tree, factory, line.getCoordinates());
                }
            }
        }
        tree.build();
        return tree;
    }

    /** Splits a line into overlapping pieces of at most {@link #CHUNK} vertices. */
    private static void chunks(STRtree tree, org.locationtech.jts.geom.GeometryFactory factory, Coordinate[] coords) {
        for (int start = 0; start < coords.length - 1; start += CHUNK - 1) {
            int end = Math.min(coords.length, start + CHUNK);
            LineString piece = factory.createLineString(java.util.Arrays.copyOfRange(coords, start, end));
            tree.insert(piece.getEnvelopeInternal(), piece);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y, double scale) {
        return render(zoom, x, y, scale, true);
    }

    private BufferedImage render(int zoom, long x, long y, double scale, boolean withLabels) {
        int size = (int) Math.round(WebMercator.TILE_SIZE * scale);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            MapViewport v = MapViewport.ofTile(zoom, x, y, scale);
            paintBase(g, v);
            if (withLabels) {
                paintLabels(g, v);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The same basemap without names, for the map window: there the names are drawn by
     * {@link #paintLabels} on a layer above the data layers, so a choropleth never hides them.
     * Its own cache id keeps labelled and unlabelled tiles apart.
     */
    public TileSource withoutLabels() {
        return new TileSource() {
            @Override
            public String id() {
                return id + "-ohne-namen";
            }

            @Override
            public BufferedImage tile(int zoom, long x, long y, double scale) {
                return render(zoom, x, y, scale, false);
            }
        };
    }

    /**
     * Paints the basemap with its names for any viewport into any Graphics2D (a tile image, a
     * snapshot, a vector PDF page) in the viewport's logical pixels; the caller scales the
     * Graphics2D for HiDPI/print.
     */
    public void paint(Graphics2D g, MapViewport v) {
        paintBase(g, v);
        paintLabels(g, v);
    }

    /** Background, land, rivers and boundaries: everything but the names. */
    public void paintBase(Graphics2D g, MapViewport v) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(OUTSIDE);
        g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, v.width(), v.height()));
        double scale = v.worldPixels();
        Projection p = new Projection(scale, v.originWorldX() * scale, v.originWorldY() * scale);
        Envelope query = v.worldEnvelope();
        query.expandBy(8 / scale);
        double zoom = v.zoom();

        Layers l = layersFor(zoom);
        if (land.getEnvelopeInternal().intersects(query)) {
            g.setColor(LAND_FILL);
            if (preparedLand.contains(new org.locationtech.jts.geom.GeometryFactory().toGeometry(query))) {
                g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, v.width(), v.height()));
            } else {
                g.fill(p.path(l.land()));
            }
        }
        draw(g, p, l.rivers(), query, RIVER, zoom >= 10 ? 2.2f : zoom >= 8 ? 1.5f : 1.0f);
        if (zoom >= 8) {
            draw(g, p, l.gemeinden(), query, GEMEINDE_LINE, zoom >= 11 ? 1.0f : 0.6f);
        }
        draw(g, p, l.kreise(), query, KREIS_LINE, zoom >= 9 ? 1.6f : 1.1f);
        draw(g, p, l.landOutline(), query, LAND_LINE, zoom >= 9 ? 2.6f : 1.8f);
    }

    /**
     * The reference overlay for thematic maps (report figures): Kreis and state outlines and the names,
     * drawn over a choropleth so that it neither hides the boundaries nor the labels.
     */
    public void paintReference(Graphics2D g, MapViewport v) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double scale = v.worldPixels();
        Projection p = new Projection(scale, v.originWorldX() * scale, v.originWorldY() * scale);
        Envelope query = v.worldEnvelope();
        query.expandBy(8 / scale);
        double zoom = v.zoom();
        Layers l = layersFor(zoom);
        draw(g, p, l.kreise(), query, KREIS_LINE, zoom >= 9 ? 1.6f : 1.1f);
        draw(g, p, l.landOutline(), query, LAND_LINE, zoom >= 9 ? 2.6f : 1.8f);
        paintLabels(g, v);
    }

    /**
     * Names from the placement of the viewport's (integer) zoom level: never overlapping, never
     * cut; drawn with a halo on a transparent background, so they can go above data layers.
     */
    public void paintLabels(Graphics2D g, MapViewport v) {
        int level = (int) Math.floor(v.zoom() + 1e-9);
        double scale = WebMercator.worldPixels(level);
        double factor = v.worldPixels() / scale;
        java.awt.geom.Rectangle2D area = new java.awt.geom.Rectangle2D.Double(v.originWorldX() * scale,
                v.originWorldY() * scale, v.width() / factor, v.height() / factor);
        List<PlaceLabels.Placed> visible = labels.touching(level, area);
        if (visible.isEmpty()) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        BasicStroke halo = new BasicStroke((float) (2 * PlaceLabels.HALO), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND);
        for (PlaceLabels.Placed label : visible) {
            PlaceLabels.Candidate c = label.candidate();
            double ax = v.xOfWorld(c.worldX());
            double ay = v.yOfWorld(c.worldY());
            java.awt.Shape text = label.font().createGlyphVector(PlaceLabels.FRC, PlaceLabels.displayText(c))
                    .getOutline((float) (ax + label.textDx()), (float) (ay + label.textDy()));
            g.setColor(HALO);
            g.setStroke(halo);
            g.draw(text);
            g.setColor(c.area() ? AREA_TEXT : PLACE_TEXT);
            g.fill(text);
            if (!c.area()) {
                double r = PlaceLabels.DOT;
                java.awt.geom.Ellipse2D dot = new java.awt.geom.Ellipse2D.Double(ax - r, ay - r, 2 * r, 2 * r);
                g.setColor(HALO);
                g.setStroke(new BasicStroke(1.5f));
                g.draw(dot);
                g.setColor(PLACE_TEXT);
                g.fill(dot);
            }
        }
    }

    private static void draw(Graphics2D g, Projection p, STRtree tree, Envelope query, Color color, float width) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        @SuppressWarnings("unchecked")
        List<Geometry> hits = tree.query(query);
        if (hits.isEmpty()) {
            return;
        }
        for (Geometry geometry : hits) {
            g.draw(p.path(geometry));
        }
    }

    /** World units → tile pixels; drops vertices closer than a quarter pixel to the previous one. */
    record Projection(double scale, double offsetX, double offsetY) {

        Path2D path(Geometry geometry) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Geometry part = geometry.getGeometryN(i);
                if (part instanceof Polygon polygon) {
                    ring(path, polygon.getExteriorRing().getCoordinates(), true);
                    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                        ring(path, polygon.getInteriorRingN(h).getCoordinates(), true);
                    }
                } else if (part instanceof LineString line) {
                    ring(path, line.getCoordinates(), false);
                }
            }
            return path;
        }

        private void ring(Path2D path, Coordinate[] coords, boolean close) {
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (int i = 0; i < coords.length; i++) {
                double px = coords[i].x * scale - offsetX;
                double py = coords[i].y * scale - offsetY;
                if (i == 0) {
                    path.moveTo(px, py);
                } else if (Math.abs(px - lastX) + Math.abs(py - lastY) < 0.25 && i < coords.length - 1) {
                    continue;
                } else {
                    path.lineTo(px, py);
                }
                lastX = px;
                lastY = py;
            }
            if (close) {
                path.closePath();
            }
        }
    }
}
