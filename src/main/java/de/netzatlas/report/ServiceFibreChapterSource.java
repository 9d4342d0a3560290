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
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;
import de.netzatlas.scenario.GemeindeBaseline;
import de.netzatlas.scenario.ProjectDelivery;
import de.netzatlas.scenario.ProjectionPoint;
import de.netzatlas.scenario.RolloutProjection;

/**
 * The Glasfaser chapter's data from the fibre services: the last coverage stand on or before the
 * cut-off ({@link CoverageService#standFor}), the projects in their state at the end of the cut-off
 * day from the audit history ({@link FibreProjectService#asOf}) and the projection from that stand to
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
        Optional<CoverageStand> found = coverage.standFor(cutOff);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CoverageStand stand = found.get();
        List<RegionFigures> land = coverage.summary(stand, RegionLevel.LAND);
        if (land.isEmpty()) {
            return Optional.empty();
        }
        List<StandFigures> history = new ArrayList<>();
        for (CoverageStand s : coverage.stands()) {
            if (s.demo() == stand.demo() && !s.date().isAfter(cutOff)) {
                coverage.summary(s, RegionLevel.LAND).stream().findFirst()
                        .ifPresent(f -> history.add(new StandFigures(s, f)));
            }
        }
        List<FibreProject> asOf = projects.asOf(endOfDay(cutOff)).stream()
                .filter(p -> p.demo() == stand.demo()).toList();
        return Optional.of(new Data(stand, land.get(0), coverage.summary(stand, RegionLevel.KREIS),
                coverage.summary(stand, RegionLevel.GEMEINDE), history, asOf, projection(stand, asOf)));
    }

    private List<ProjectionPoint> projection(CoverageStand stand, List<FibreProject> asOf) {
        List<GemeindeBaseline> baseline = new ArrayList<>();
        for (GemeindeCoverage c : coverage.rows(stand)) {
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
