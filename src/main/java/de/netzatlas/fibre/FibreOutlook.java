package de.netzatlas.fibre;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.netzatlas.region.Region;
import de.netzatlas.region.RegionService;
import de.netzatlas.scenario.GemeindeBaseline;
import de.netzatlas.scenario.ProjectDelivery;
import de.netzatlas.scenario.ProjectionPoint;
import de.netzatlas.scenario.RolloutProjection;

/**
 * Feeds the pure projection with the latest coverage stand and the projects that deliver after it:
 * completed projects at their actual date, running ones (Auswahlverfahren, Förderbescheid, Bau) at
 * their planned completion. Demo stand ⇔ demo projects: real and demo data are never mixed.
 */
public final class FibreOutlook {

    /** The projection and the stand it starts from. */
    public record Outlook(CoverageStand stand, List<ProjectionPoint> points) {
    }

    private final CoverageService coverage;
    private final FibreProjectService projects;
    private final RegionService regions;

    public FibreOutlook(CoverageService coverage, FibreProjectService projects, RegionService regions) {
        this.coverage = coverage;
        this.projects = projects;
        this.regions = regions;
    }

    public Optional<Outlook> project(int untilYear) {
        return coverage.standFor(null).map(stand -> {
            List<GemeindeBaseline> baseline = new ArrayList<>();
            for (GemeindeCoverage c : coverage.rows(stand)) {
                String kreis = regions.byAgs(c.ags()).map(Region::parentAgs).orElse("?");
                baseline.add(new GemeindeBaseline(c.ags(), kreis, c.households(), c.hh1000(), c.fttbh()));
            }
            List<ProjectDelivery> deliveries = projects.all().stream()
                    .filter(p -> p.demo() == stand.demo())
                    .filter(p -> p.status() == ProjectStatus.ABGESCHLOSSEN || p.status().isRunning())
                    .filter(p -> p.completion().isPresent())
                    .map(p -> new ProjectDelivery(p.id().toString(), p.gemeinden(), p.households(),
                            p.completion().get()))
                    .toList();
            return new Outlook(stand, RolloutProjection.project(stand.date(), baseline, deliveries, untilYear));
        });
    }
}
