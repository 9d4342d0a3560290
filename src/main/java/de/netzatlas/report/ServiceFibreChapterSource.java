package de.netzatlas.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.netzatlas.fibre.CoverageService;
import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.FibreProjectService;
import de.netzatlas.fibre.GemeindeCoverage;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.fibre.RegionFigures;
import de.netzatlas.region.HouseholdFigure;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;
import de.netzatlas.scenario.GemeindeBaseline;
import de.netzatlas.scenario.ProjectDelivery;
import de.netzatlas.scenario.ProjectionPoint;
import de.netzatlas.scenario.RolloutProjection;

/**
 * The Glasfaser chapter's data from the fibre services: the last coverage stand on or before the
 * cut-off (real stands only once any real coverage or project exists), the projects as they stood on
 * the cut-off day by their own dates ({@link FibreProjectService#validOn}) and the projection from that stand to
 * 2030 ({@link RolloutProjection}, fed like {@code FibreOutlook} but with the as-of data). Reads only.
 */
public final class ServiceFibreChapterSource implements FibreChapterSource {

    /** Cut-off dates are days in the ministry's time zone; the day counts up to its last instant. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final int PROJECTION_YEAR = 2030;

    private final CoverageService coverage;
    private final FibreProjectService projects;
    private final RegionService regions;

    public ServiceFibreChapterSource(CoverageService coverage, FibreProjectService projects, RegionService regions) {
        this.coverage = coverage;
        this.projects = projects;
        this.regions = regions;
    }

    /** The last instant of the cut-off day. */
    public static Instant endOfDay(LocalDate cutOff) {
        return cutOff.plusDays(1).atStartOfDay(ZONE).toInstant().minusNanos(1);
    }

    @Override
    public Optional<Data> asOf(LocalDate cutOff) {
        List<CoverageStand> stands = coverage.stands();
        boolean demo = stands.stream().allMatch(CoverageStand::demo) && projects.all().stream()
                .allMatch(FibreProject::demo); // real coverage or real projects: the demo set is left out
        Optional<CoverageStand> found = de.netzatlas.fibre.CoverageMath.lastStandOnOrBefore(
                stands.stream().filter(s -> s.demo() == demo).toList(), cutOff);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CoverageStand stand = found.get();
        List<RegionFigures> land = coverage.summary(stand, RegionLevel.LAND);
        if (land.isEmpty()) {
            return Optional.empty();
        }
        List<StandFigures> history = new ArrayList<>();
        for (CoverageStand s : stands) {
            if (s.demo() == stand.demo() && !s.date().isAfter(cutOff)) {
                coverage.summary(s, RegionLevel.LAND).stream().findFirst()
                        .ifPresent(f -> history.add(new StandFigures(s, f)));
            }
        }
        FibreProjectService.OnDay onDay = projects.validOn(cutOff);
        List<FibreProject> asOf = onDay.projects().stream().filter(p -> p.demo() == demo).toList();
        List<GemeindeCoverage> rows = coverage.rows(stand);
        return Optional.of(new Data(stand, land.get(0), coverage.summary(stand, RegionLevel.KREIS),
                coverage.summary(stand, RegionLevel.GEMEINDE), history, asOf, projection(stand, rows, asOf),
                extent(rows), demo ? 0 : onDay.byEntryTime()));
    }

    /** How much of the Land the rows cover, by Gemeinden and households. */
    private Extent extent(List<GemeindeCoverage> rows) {
        java.util.Set<String> covered = new java.util.HashSet<>();
        long households = 0;
        for (GemeindeCoverage c : rows) {
            if (regions.byAgs(c.ags()).isPresent() && covered.add(c.ags())) {
                households += c.households();
            }
        }
        List<Region> all = regions.byLevel(RegionLevel.GEMEINDE);
        long total = 0;
        java.util.Map<String, int[]> perKreis = new java.util.HashMap<>();
        for (Region g : all) {
            total += regions.households(g).map(HouseholdFigure::value).orElse(0L);
            int[] k = perKreis.computeIfAbsent(g.parentAgs(), x -> new int[2]);
            k[1]++;
            if (covered.contains(g.ags())) {
                k[0]++;
            }
        }
        return new Extent(covered.size(), all.size(), households, Math.max(total, households), perKreis);
    }

    private List<ProjectionPoint> projection(CoverageStand stand, List<GemeindeCoverage> rows,
                                             List<FibreProject> asOf) {
        List<GemeindeBaseline> baseline = new ArrayList<>();
        for (GemeindeCoverage c : rows) {
            String kreis = regions.byAgs(c.ags()).map(Region::parentAgs).orElse("?");
            baseline.add(new GemeindeBaseline(c.ags(), kreis, c.households(), c.hh1000(), c.fttbh()));
        }
        List<ProjectDelivery> deliveries = asOf.stream()
                .filter(p -> p.status() == ProjectStatus.ABGESCHLOSSEN || p.status().isRunning())
                .filter(p -> p.completion().isPresent())
                .map(p -> new ProjectDelivery(p.id().toString(), p.gemeinden(), p.households(), p.completion().get()))
                .toList();
        int until = Math.max(PROJECTION_YEAR, stand.date().getYear());
        return RolloutProjection.project(stand.date(), baseline, deliveries, until).stream()
                .filter(p -> p.level() != ProjectionPoint.Level.GEMEINDE).toList();
    }
}
