package de.netzatlas.region;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Answers questions about the Land, Kreise and Gemeinden: hierarchy, lookup by AGS, the Gemeinde
 * at a point (JTS STRtree + indexed point-in-polygon, so holes such as Halle inside the Saalekreis
 * are respected) and umlaut-insensitive name search. Regions are few (233) and change rarely, so
 * they are held in an immutable snapshot that {@link #reload()} replaces after imports.
 */
public final class RegionService {

    private final RegionRepository repository;
    private final DoubleSupplier householdSize;
    private volatile Snapshot snapshot;
    private volatile SpatialIndex spatialIndex;
    private volatile org.locationtech.jts.geom.prep.PreparedGeometry landOutline;

    public RegionService(RegionRepository repository, DoubleSupplier householdSize) {
        this.repository = repository;
        this.householdSize = householdSize;
    }

    private record Snapshot(List<Region> all, Map<String, Region> byAgs, Map<String, String> searchKeys) {
    }

    private record Located(Region region, IndexedPointInAreaLocator locator) {
    }

    private record SpatialIndex(STRtree tree) {
    }

    public void reload() {
        snapshot = null;
        spatialIndex = null;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) {
                    List<Region> all = repository.findAll();
                    Map<String, Region> byAgs = all.stream()
                            .collect(Collectors.toUnmodifiableMap(Region::ags, Function.identity()));
                    Map<String, String> keys = all.stream()
                            .collect(Collectors.toUnmodifiableMap(Region::ags, r -> searchKey(r.name())));
                    s = new Snapshot(List.copyOf(all), byAgs, keys);
                    snapshot = s;
                }
            }
        }
        return s;
    }

    public List<Region> all() {
        return snapshot().all();
    }

    public Optional<Region> byAgs(String ags) {
        return Optional.ofNullable(snapshot().byAgs().get(ags));
    }

    public Region land() {
        return byAgs(RegionSeeder.LAND_AGS).orElseThrow(() -> new IllegalStateException("Land fehlt"));
    }

    /** Direct children, sorted by name (German collation: umlauts sort with their base letter). */
    public List<Region> children(String ags) {
        return snapshot().all().stream()
                .filter(r -> ags.equals(r.parentAgs()))
                .sorted(Comparator.comparing(r -> searchKey(r.name())))
                .toList();
    }

    public List<Region> byLevel(RegionLevel level) {
        return snapshot().all().stream().filter(r -> r.level() == level).toList();
    }

    /** The Gemeinde containing the point, or empty outside the Land. */
    public Optional<Region> regionAt(double lat, double lon) {
        Coordinate c = new Coordinate(lon, lat);
        @SuppressWarnings("unchecked")
        List<Located> candidates = spatialIndex().tree().query(new Envelope(c));
        return candidates.stream()
                .filter(l -> l.locator().locate(c) != Location.EXTERIOR)
                .map(Located::region)
                .findFirst();
    }

    private SpatialIndex spatialIndex() {
        SpatialIndex index = spatialIndex;
        if (index == null) {
            synchronized (this) {
                index = spatialIndex;
                if (index == null) {
                    STRtree tree = new STRtree();
                    Snapshot s = snapshot();
                    for (RegionBoundary b : repository.boundaries(RegionLevel.GEMEINDE)) {
                        Region region = s.byAgs().get(b.ags());
                        if (region != null) {
                            tree.insert(b.geometry().getEnvelopeInternal(),
                                    new Located(region, new IndexedPointInAreaLocator(b.geometry())));
                        }
                    }
                    tree.build();
                    index = new SpatialIndex(tree);
                    spatialIndex = index;
                }
            }
        }
        return index;
    }

    /**
     * Regions whose name, or a word of it, starts with the query; "Rosslau", "roßlau" and "Roslau"
     * variants match alike. Kreise before Gemeinden, then by name.
     */
    public List<Region> search(String query, int limit) {
        String q = searchKey(query);
        if (q.isEmpty()) {
            return List.of();
        }
        Snapshot s = snapshot();
        return s.all().stream()
                .filter(r -> matches(s.searchKeys().get(r.ags()), q) || r.ags().startsWith(query.trim()))
                .sorted(Comparator.comparing((Region r) -> !s.searchKeys().get(r.ags()).startsWith(q))
                        .thenComparing(Region::level)
                        .thenComparing(r -> s.searchKeys().get(r.ags())))
                .limit(limit)
                .toList();
    }

    private static boolean matches(String key, String query) {
        if (key.startsWith(query)) {
            return true;
        }
        for (int i = 1; i < key.length(); i++) {
            if (!Character.isLetterOrDigit(key.charAt(i - 1)) && key.startsWith(query, i)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, umlauts and ß folded (ä → a, ß → ss), accents dropped. */
    static String searchKey(String text) {
        String lower = text.trim().toLowerCase(Locale.GERMAN).replace("ß", "ss");
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace("ae", "a").replace("oe", "o").replace("ue", "u");
    }

    /** Real households if imported, otherwise population ÷ average household size (a "Schätzung"). */
    public Optional<HouseholdFigure> households(Region region) {
        if (region.households() != null) {
            return Optional.of(HouseholdFigure.real(region.households(), region.householdsDate()));
        }
        if (region.population() == null) {
            return Optional.empty();
        }
        return Optional.of(HouseholdFigure.estimate(region.population(), householdSize.getAsDouble(),
                region.populationDate()));
    }

    public Optional<Geometry> boundary(String ags) {
        return repository.boundary(ags);
    }

    /**
     * The share (0 to 1, by area) of {@code area} outside the Land's real outline, as points are
     * checked against it ({@link #regionAt}); 0 when no Land outline is stored.
     */
    public double shareOutsideLand(Geometry area) {
        if (area == null || area.isEmpty() || area.getArea() == 0) {
            return 0;
        }
        org.locationtech.jts.geom.prep.PreparedGeometry land = landOutline;
        if (land == null) {
            Optional<Geometry> outline = repository.boundary(RegionSeeder.LAND_AGS);
            if (outline.isEmpty()) {
                return 0;
            }
            land = org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(outline.get());
            landOutline = land;
        }
        if (land.covers(area)) {
            return 0;
        }
        if (!land.intersects(area)) {
            return 1;
        }
        return Math.min(1, area.difference(land.getGeometry()).getArea() / area.getArea());
    }

    /** A point of the part of {@code area} outside the Land, for messages; empty if none. */
    public Optional<Coordinate> pointOutsideLand(Geometry area) {
        if (shareOutsideLand(area) == 0) {
            return Optional.empty();
        }
        Geometry outside = area.difference(landOutline.getGeometry());
        return outside.isEmpty() ? Optional.empty() : Optional.of(outside.getInteriorPoint().getCoordinate());
    }

    public List<RegionBoundary> boundaries(RegionLevel level) {
        return repository.boundaries(level);
    }

    public Optional<DataStand> dataStand(String dataset) {
        return repository.dataStand(dataset);
    }
}
