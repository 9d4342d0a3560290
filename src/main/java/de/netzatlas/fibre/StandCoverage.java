package de.netzatlas.fibre;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;

/**
 * The coverage of one stand, ready for look-ups by region: a Gemeinde's own figures, a Kreis's and
 * the Land's summed from their Gemeinden (household-weighted, {@link CoverageMath#aggregate}).
 * Empty when none of the region's Gemeinden has a row in the stand ("keine Daten").
 * Immutable after construction; safe to share between threads.
 */
public final class StandCoverage {

    private final CoverageStand stand;
    private final Map<String, GemeindeCoverage> byAgs;
    private final Map<String, Optional<CoverageFigures>> aggregates = new HashMap<>();
    private final RegionService regions;

    public StandCoverage(CoverageStand stand, List<GemeindeCoverage> rows, RegionService regions) {
        this.stand = stand;
        Map<String, GemeindeCoverage> map = new HashMap<>();
        rows.forEach(r -> map.put(r.ags(), r));
        this.byAgs = Map.copyOf(map);
        this.regions = regions;
    }

    /** Loads the stand's rows through the service. */
    public static StandCoverage load(CoverageService coverage, RegionService regions, CoverageStand stand) {
        return new StandCoverage(stand, coverage.rows(stand), regions);
    }

    public CoverageStand stand() {
        return stand;
    }

    /** Figures of a Gemeinde, Kreis or the Land; empty without data. */
    public synchronized Optional<CoverageFigures> figures(Region region) {
        if (region.level() == RegionLevel.GEMEINDE) {
            return Optional.ofNullable(byAgs.get(region.ags())).map(CoverageMath::figures);
        }
        return aggregates.computeIfAbsent(region.ags(), a -> {
            List<GemeindeCoverage> members = region.level() == RegionLevel.LAND
                    ? List.copyOf(byAgs.values())
                    : regions.children(a).stream().map(g -> byAgs.get(g.ags())).filter(Objects::nonNull).toList();
            return members.isEmpty() ? Optional.empty() : Optional.of(CoverageMath.aggregate(members));
        });
    }

    /** Number of Gemeinden with a row in this stand. */
    public int gemeindeCount() {
        return byAgs.size();
    }
}
