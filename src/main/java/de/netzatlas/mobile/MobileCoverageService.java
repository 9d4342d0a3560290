package de.netzatlas.mobile;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;

import de.netzatlas.region.RegionBoundary;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;

/**
 * Keeps one {@link CoverageEngine} in step with the register: each call hands in the current sites,
 * and only those that changed (moved, other radius or technology, status in or out of operation,
 * deleted) are put into or taken out of the engine, so after one edit only the cells under that
 * site are recomputed. Thread-safe (synchronised); the engine is built on first use.
 */
public final class MobileCoverageService {

    private final RegionService regions;
    private final CoverageRadii radii;
    private final double cellKm;
    private CoverageEngine engine;
    private final Map<UUID, CoverageSite> current = new HashMap<>();

    public MobileCoverageService(RegionService regions, CoverageRadii radii) {
        this(regions, radii, CoverageEngine.DEFAULT_CELL_KM);
    }

    public MobileCoverageService(RegionService regions, CoverageRadii radii, double cellKm) {
        this.regions = regions;
        this.radii = radii;
        this.cellKm = cellKm;
    }

    private CoverageEngine engine() {
        if (engine == null) {
            Geometry land = regions.boundary(regions.land().ags())
                    .orElseThrow(() -> new IllegalStateException("Landesgrenze fehlt in der Datenbank"));
            Map<String, Geometry> kreise = new LinkedHashMap<>();
            for (RegionBoundary b : regions.boundaries(RegionLevel.KREIS)) {
                kreise.put(b.ags(), b.geometry());
            }
            engine = new CoverageEngine(land, kreise, cellKm);
        }
        return engine;
    }

    /** Brings the engine in step with {@code sites} (all live sites; those not in operation are ignored). */
    public synchronized void update(Collection<MobileSite> sites) {
        CoverageEngine e = engine();
        Set<UUID> seen = new HashSet<>();
        for (MobileSite s : sites) {
            if (!s.inOperation() || s.technology() == null || s.location() == null) {
                continue;
            }
            CoverageSite c = new CoverageSite(s.id(), s.technology(), s.location().lat(), s.location().lon(),
                    radii.radiusKm(s));
            seen.add(s.id());
            if (!c.equals(current.get(s.id()))) {
                e.put(c);
                current.put(s.id(), c);
            }
        }
        current.keySet().removeIf(id -> {
            if (!seen.contains(id)) {
                e.remove(id);
                return true;
            }
            return false;
        });
    }

    /** As {@link #update}, but only when the engine exists already (nothing to refresh otherwise). */
    public synchronized void refresh(Collection<MobileSite> sites) {
        if (engine != null) {
            update(sites);
        }
    }

    public synchronized CoverageFigures figures(Collection<MobileSite> sites) {
        update(sites);
        return engine().figures();
    }

    /** The covered area of one technology (WGS84), after {@link #update}. */
    public synchronized Geometry coverage(RadioTechnology t) {
        return engine().coverage(t);
    }

    /** The weiße Flecken merged into one geometry (WGS84, for the map), after {@link #update}. */
    public synchronized Geometry whiteSpotsMerged() {
        return engine().whiteSpotsMerged();
    }

    /** The weiße Flecken (WGS84), after {@link #update}. */
    public synchronized Geometry whiteSpots() {
        return engine().whiteSpots();
    }
}
