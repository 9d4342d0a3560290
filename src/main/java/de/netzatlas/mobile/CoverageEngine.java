package de.netzatlas.mobile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.util.GeometricShapeFactory;

/**
 * Coverage of the sites in operation, per technology, clipped to the Land; KPIs for the Land and
 * each Kreis and the weiße Flecken (Land area covered by no site). All geometry is computed in the
 * local transverse Mercator projection {@link TransverseMercator#SACHSEN_ANHALT}, so areas are true
 * km² (projection error below 0,04 %; a circle is a 64-gon, 0,16 % smaller than the true circle).
 *
 * <p>Incremental: the Land is cut into square cells ({@value #DEFAULT_CELL_KM} km by default); each
 * cell keeps the Land and Kreis pieces inside it, the sites whose circle touches it and the cascaded
 * union ({@link UnaryUnionOp}) of those circles clipped to its Land piece, with the covered area per
 * Kreis. Adding, moving or removing a site only marks the cells under its old and new circle dirty;
 * figures and geometries recompute just the dirty cells and add up the cached per-cell areas. Not
 * thread-safe: callers synchronise (the service does).
 */
public final class CoverageEngine {

    public static final double DEFAULT_CELL_KM = 10;
    static final int QUADRANT_SEGMENTS = 16;
    private static final RadioTechnology[] TECHS = RadioTechnology.values();

    private final TransverseMercator tm = TransverseMercator.SACHSEN_ANHALT;
    private final GeometryFactory factory = new GeometryFactory();
    private final double cellSize;
    private final double originX;
    private final double originY;
    private final int cols;
    private final int rows;
    private final Cell[] cells;
    private final List<String> kreisAgs;
    private final double landArea;
    private final double[] kreisArea;
    private final Map<UUID, Placed> sites = new HashMap<>();

    private record Placed(CoverageSite site, Polygon circle, Envelope envelope) {
    }

    private static final class Cell {
        final Geometry land;
        final int[] kreise;
        final Geometry[] kreisParts;
        final double landArea;
        final EnumMap<RadioTechnology, Map<UUID, Placed>> sites = new EnumMap<>(RadioTechnology.class);
        final EnumMap<RadioTechnology, Geometry> covered = new EnumMap<>(RadioTechnology.class);
        final double[][] coveredKreis;
        final double[] coveredArea = new double[TECHS.length];
        final boolean[] dirty = new boolean[TECHS.length];
        Geometry coveredAny;
        double coveredAnyArea;
        double[] coveredAnyKreis;
        boolean anyDirty = true;

        Cell(Geometry land, int[] kreise, Geometry[] kreisParts) {
            this.land = land;
            this.kreise = kreise;
            this.kreisParts = kreisParts;
            this.landArea = land.getArea();
            this.coveredKreis = new double[TECHS.length][kreise.length];
            this.coveredAnyKreis = new double[kreise.length];
            for (RadioTechnology t : TECHS) {
                sites.put(t, new LinkedHashMap<>());
                dirty[t.ordinal()] = true;
            }
        }
    }

    /**
     * @param landWgs84   the Land's boundary (x = lon, y = lat)
     * @param kreiseWgs84 each Kreis's boundary by AGS
     * @param cellKm      edge of the incremental cells in km
     */
    public CoverageEngine(Geometry landWgs84, Map<String, Geometry> kreiseWgs84, double cellKm) {
        this.cellSize = cellKm * 1000;
        Geometry land = tm.project(landWgs84);
        Envelope env = land.getEnvelopeInternal();
        this.originX = Math.floor(env.getMinX() / cellSize) * cellSize;
        this.originY = Math.floor(env.getMinY() / cellSize) * cellSize;
        this.cols = (int) Math.ceil((env.getMaxX() - originX) / cellSize);
        this.rows = (int) Math.ceil((env.getMaxY() - originY) / cellSize);
        this.kreisAgs = List.copyOf(kreiseWgs84.keySet());
        List<Geometry> kreise = kreisAgs.stream().map(a -> tm.project(kreiseWgs84.get(a))).toList();
        PreparedGeometry preparedLand = PreparedGeometryFactory.prepare(land);
        List<PreparedGeometry> preparedKreise = kreise.stream().map(PreparedGeometryFactory::prepare).toList();
        this.cells = new Cell[cols * rows];
        double total = 0;
        this.kreisArea = new double[kreise.size()];
        for (int r = 0; r < rows; r++) {
            // clip to the row's strip first, so each cell clips a small polygon, not the whole Land
            Geometry strip = factory.toGeometry(new Envelope(originX, originX + cols * cellSize,
                    originY + r * cellSize, originY + (r + 1) * cellSize));
            PreparedGeometry landStrip = PreparedGeometryFactory.prepare(clip(preparedLand, strip));
            List<PreparedGeometry> kreisStrips = new ArrayList<>();
            for (PreparedGeometry k : preparedKreise) {
                Geometry g = k.getGeometry().getEnvelopeInternal().intersects(strip.getEnvelopeInternal())
                        ? clip(k, strip) : factory.createPolygon();
                kreisStrips.add(PreparedGeometryFactory.prepare(g));
            }
            for (int c = 0; c < cols; c++) {
                Envelope ce = cellEnvelope(c, r);
                Geometry rect = factory.toGeometry(ce);
                if (landStrip.getGeometry().isEmpty() || !landStrip.getGeometry().getEnvelopeInternal().intersects(ce)) {
                    continue;
                }
                Geometry piece = clip(landStrip, rect);
                if (piece.isEmpty() || piece.getArea() <= 0) {
                    continue;
                }
                List<Integer> ks = new ArrayList<>();
                List<Geometry> parts = new ArrayList<>();
                for (int k = 0; k < kreise.size(); k++) {
                    Geometry ks0 = kreisStrips.get(k).getGeometry();
                    if (ks0.isEmpty() || !ks0.getEnvelopeInternal().intersects(ce)) {
                        continue;
                    }
                    Geometry part = clip(kreisStrips.get(k), rect);
                    if (part.getArea() > 0) {
                        ks.add(k);
                        parts.add(part);
                        kreisArea[k] += part.getArea();
                    }
                }
                Cell cell = new Cell(piece, ks.stream().mapToInt(Integer::intValue).toArray(),
                        parts.toArray(Geometry[]::new));
                cells[r * cols + c] = cell;
                total += cell.landArea;
            }
        }
        this.landArea = total;
    }

    /** The part of {@code area} in the cell; the cell itself when inside (most cells: no overlay needed). */
    private static Geometry clip(PreparedGeometry area, Geometry rect) {
        if (area.containsProperly(rect)) {
            return rect;
        }
        if (!area.intersects(rect)) {
            return rect.getFactory().createPolygon();
        }
        return OverlayNGRobust.overlay(area.getGeometry(), rect, OverlayNG.INTERSECTION);
    }

    private Envelope cellEnvelope(int c, int r) {
        double x = originX + c * cellSize;
        double y = originY + r * cellSize;
        return new Envelope(x, x + cellSize, y, y + cellSize);
    }

    /** Replaces all sites and recomputes everything. */
    public void setSites(Collection<CoverageSite> all) {
        sites.clear();
        for (Cell cell : cells) {
            if (cell != null) {
                for (RadioTechnology t : TECHS) {
                    cell.sites.get(t).clear();
                    cell.dirty[t.ordinal()] = true;
                }
                cell.anyDirty = true;
            }
        }
        for (CoverageSite s : all) {
            place(s);
        }
        refresh();
    }

    /** Adds or replaces (e.g. moved, other radius) one site; only the cells under it are redone. */
    public void put(CoverageSite site) {
        remove(site.id());
        place(site);
    }

    /** Removes a site (taken out of operation or deleted). */
    public void remove(UUID id) {
        Placed old = sites.remove(id);
        if (old != null) {
            forCells(old.envelope(), cell -> {
                cell.sites.get(old.site().technology()).remove(id);
                markDirty(cell, old.site().technology());
            });
        }
    }

    public int siteCount() {
        return sites.size();
    }

    private void place(CoverageSite s) {
        Coordinate p = new Coordinate();
        tm.forward(s.lon(), s.lat(), p);
        GeometricShapeFactory shape = new GeometricShapeFactory(factory);
        shape.setCentre(p);
        shape.setSize(2 * s.radiusKm() * 1000);
        shape.setNumPoints(4 * QUADRANT_SEGMENTS);
        Polygon circle = shape.createCircle();
        Placed placed = new Placed(s, circle, circle.getEnvelopeInternal());
        sites.put(s.id(), placed);
        forCells(placed.envelope(), cell -> {
            cell.sites.get(s.technology()).put(s.id(), placed);
            markDirty(cell, s.technology());
        });
    }

    private static void markDirty(Cell cell, RadioTechnology t) {
        cell.dirty[t.ordinal()] = true;
        cell.anyDirty = true;
    }

    private void forCells(Envelope e, java.util.function.Consumer<Cell> action) {
        int c0 = Math.max(0, (int) Math.floor((e.getMinX() - originX) / cellSize));
        int c1 = Math.min(cols - 1, (int) Math.floor((e.getMaxX() - originX) / cellSize));
        int r0 = Math.max(0, (int) Math.floor((e.getMinY() - originY) / cellSize));
        int r1 = Math.min(rows - 1, (int) Math.floor((e.getMaxY() - originY) / cellSize));
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                Cell cell = cells[r * cols + c];
                if (cell != null) {
                    action.accept(cell);
                }
            }
        }
    }

    /** Recomputes the dirty cells; returns how many cell unions were redone. */
    public int refresh() {
        int redone = 0;
        for (Cell cell : cells) {
            if (cell == null || !cell.anyDirty) {
                continue;
            }
            for (RadioTechnology t : TECHS) {
                if (cell.dirty[t.ordinal()]) {
                    recompute(cell, t);
                    cell.dirty[t.ordinal()] = false;
                    redone++;
                }
            }
            Geometry lte = cell.covered.get(RadioTechnology.LTE);
            Geometry nr = cell.covered.get(RadioTechnology.NR);
            cell.coveredAny = lte.isEmpty() ? nr : nr.isEmpty() ? lte
                    : OverlayNGRobust.overlay(lte, nr, OverlayNG.UNION);
            cell.coveredAnyArea = cell.coveredAny.getArea();
            cell.coveredAnyKreis = kreisAreas(cell, cell.coveredAny);
            cell.anyDirty = false;
        }
        return redone;
    }

    private void recompute(Cell cell, RadioTechnology t) {
        Collection<Placed> placed = cell.sites.get(t).values();
        Geometry covered;
        if (placed.isEmpty()) {
            covered = factory.createPolygon();
        } else {
            List<Geometry> circles = new ArrayList<>(placed.size());
            for (Placed p : placed) {
                circles.add(p.circle());
            }
            Geometry union = union(circles);
            covered = OverlayNGRobust.overlay(union, cell.land, OverlayNG.INTERSECTION);
        }
        cell.covered.put(t, covered);
        cell.coveredArea[t.ordinal()] = covered.getArea();
        cell.coveredKreis[t.ordinal()] = kreisAreas(cell, covered);
    }

    /**
     * Cascaded union ({@link UnaryUnionOp} with the OverlayNG strategy); if floating-point noding
     * still fails, snap-rounding to 1 mm (always robust).
     */
    static Geometry union(List<Geometry> parts) {
        try {
            return OverlayNGRobust.union(parts);
        } catch (org.locationtech.jts.geom.TopologyException e) {
            Geometry all = parts.get(0).getFactory().buildGeometry(parts);
            return org.locationtech.jts.operation.overlayng.UnaryUnionNG.union(all,
                    new org.locationtech.jts.geom.PrecisionModel(1000));
        }
    }

    private static double[] kreisAreas(Cell cell, Geometry covered) {
        double[] out = new double[cell.kreise.length];
        if (covered.isEmpty()) {
            return out;
        }
        if (cell.kreise.length == 1 && Math.abs(cell.kreisParts[0].getArea() - cell.landArea) < 1) {
            out[0] = covered.getArea();
            return out;
        }
        for (int i = 0; i < cell.kreise.length; i++) {
            out[i] = OverlayNGRobust.overlay(covered, cell.kreisParts[i], OverlayNG.INTERSECTION).getArea();
        }
        return out;
    }

    /** The KPIs after recomputing what changed. */
    public CoverageFigures figures() {
        refresh();
        double[] lte = new double[kreisAgs.size()];
        double[] nr = new double[kreisAgs.size()];
        double[] any = new double[kreisAgs.size()];
        double landLte = 0;
        double landNr = 0;
        double landAny = 0;
        for (Cell cell : cells) {
            if (cell == null) {
                continue;
            }
            landLte += cell.coveredArea[RadioTechnology.LTE.ordinal()];
            landNr += cell.coveredArea[RadioTechnology.NR.ordinal()];
            landAny += cell.coveredAnyArea;
            for (int i = 0; i < cell.kreise.length; i++) {
                int k = cell.kreise[i];
                lte[k] += cell.coveredKreis[RadioTechnology.LTE.ordinal()][i];
                nr[k] += cell.coveredKreis[RadioTechnology.NR.ordinal()][i];
                any[k] += cell.coveredAnyKreis[i];
            }
        }
        List<AreaCoverage> kreise = new ArrayList<>();
        for (int k = 0; k < kreisAgs.size(); k++) {
            kreise.add(new AreaCoverage(kreisAgs.get(k), km2(kreisArea[k]), km2(lte[k]), km2(nr[k]),
                    km2(Math.max(0, kreisArea[k] - any[k]))));
        }
        return new CoverageFigures(new AreaCoverage("15", km2(landArea), km2(landLte), km2(landNr),
                km2(Math.max(0, landArea - landAny))), kreise);
    }

    private static double km2(double m2) {
        return m2 / 1e6;
    }

    /** The covered area of one technology in WGS84 (one polygon piece per cell, for drawing). */
    public Geometry coverage(RadioTechnology t) {
        refresh();
        List<Geometry> pieces = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell != null && !cell.covered.get(t).isEmpty()) {
                pieces.add(cell.covered.get(t));
            }
        }
        return tm.unproject(factory.buildGeometry(pieces));
    }

    /** The weiße Flecken in WGS84 merged into one geometry (for an outlined map layer). */
    public Geometry whiteSpotsMerged() {
        refresh();
        List<Geometry> pieces = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell != null) {
                Geometry white = cell.coveredAny.isEmpty() ? cell.land
                        : OverlayNGRobust.overlay(cell.land, cell.coveredAny, OverlayNG.DIFFERENCE);
                if (!white.isEmpty()) {
                    pieces.add(white);
                }
            }
        }
        if (pieces.isEmpty()) {
            return factory.createPolygon();
        }
        // snap-rounded to 1 cm: pieces of neighbouring cells share their edges exactly
        return tm.unproject(org.locationtech.jts.operation.overlayng.UnaryUnionNG.union(
                factory.buildGeometry(pieces), new org.locationtech.jts.geom.PrecisionModel(100)));
    }

    /** The weiße Flecken in WGS84: Land area covered by no site (one piece per cell). */
    public Geometry whiteSpots() {
        refresh();
        List<Geometry> pieces = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell == null) {
                continue;
            }
            Geometry white = cell.coveredAny.isEmpty() ? cell.land
                    : OverlayNGRobust.overlay(cell.land, cell.coveredAny, OverlayNG.DIFFERENCE);
            if (!white.isEmpty()) {
                pieces.add(white);
            }
        }
        return tm.unproject(factory.buildGeometry(pieces));
    }

    /** Area (km²) of a WGS84 geometry in the engine's projection (for checks and tests). */
    public double areaKm2(Geometry wgs84) {
        return km2(tm.project(wgs84).getArea());
    }
}
