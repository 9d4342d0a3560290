package de.netzatlas.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.netzatlas.region.RegionLevel;
import de.netzatlas.scenario.ProjectionPoint;

/** Demo load/remove on a real H2 file: deterministic, flagged, removable exactly, never mixed with real data. */
class DemoDataTest {

    @TempDir
    Path dir;

    @Test
    void demoDataLoadsDeterministicallyAndRemoveLeavesRealDataUntouched() {
        try (FibreFixture f = new FibreFixture(dir)) {
            FibreProject real = f.projects.create(FibreFixture.magdeburgProject("Echtes Projekt"));
            assertTrue(f.coverage.importCsv(Path.of("assets/samples/versorgung-beispiel.csv"), null, false).written());
            assertFalse(f.demo.isPresent());

            DemoDataService.Loaded loaded = f.demo.load();
            assertTrue(f.demo.isPresent());
            assertEquals(5, loaded.stands());
            assertEquals(5 * 218, loaded.coverageRows());
            assertEquals(60, loaded.projects());
            List<FibreProject> demo = f.projects.all().stream().filter(FibreProject::demo).toList();
            assertEquals(60, demo.size());
            assertEquals(EnumSet.allOf(ProjectStatus.class), demo.stream().map(FibreProject::status)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProjectStatus.class))));
            assertEquals(14, demo.stream().map(FibreProject::kreisAgs).distinct().count(), "all Kreise");
            assertTrue(demo.stream().allMatch(p -> p.area() != null && !p.milestones().isEmpty()));
            for (FibreProject p : demo) {
                var boundary = f.regions.boundary(p.gemeinden().get(0)).orElseThrow();
                assertTrue(boundary.buffer(1e-9).covers(p.area()), p.name() + " lies inside its Gemeinde");
            }

            // real data win: the summary uses the real stand, never a demo figure
            CoverageStand shown = f.coverage.standFor(null).orElseThrow();
            assertFalse(shown.demo());
            assertEquals(LocalDate.of(2024, 12, 31), shown.date());

            var outlook = f.outlook.project(2030).orElseThrow();
            assertFalse(outlook.stand().demo(), "the projection starts from the real stand ...");
            long base = landFttbh(outlook.points(), 2024);
            assertEquals(base, landFttbh(outlook.points(), 2026));
            assertEquals(base + 1_200, landFttbh(outlook.points(), 2027), "... and counts only the real project");

            List<CoverageFigures> first = landFigures(f);
            f.demo.load();
            assertEquals(first, landFigures(f), "same seed, same data");
            assertEquals(60, f.projects.all().stream().filter(FibreProject::demo).count(), "reload replaces");

            DemoDataService.Loaded removed = f.demo.remove();
            assertEquals(5, removed.stands());
            assertEquals(60, removed.projects());
            assertFalse(f.demo.isPresent());
            assertEquals(List.of(real.id()), f.projects.all().stream().map(FibreProject::id).toList());
            assertEquals(1, f.coverage.stands().size());
            assertEquals(14, f.coverage.rows(f.coverage.stands().get(0)).size());
        }
    }

    private static long landFttbh(List<ProjectionPoint> points, int year) {
        return points.stream().filter(p -> p.level() == ProjectionPoint.Level.LAND && p.year() == year)
                .findFirst().orElseThrow().fttbh();
    }

    private static List<CoverageFigures> landFigures(FibreFixture f) {
        return f.coverage.stands().stream().filter(CoverageStand::demo)
                .map(s -> f.coverage.summary(s, RegionLevel.LAND).get(0).figures()).toList();
    }

    @Test
    void demoProjectionRisesTowardsTheTargetsWithoutExceedingHundredPercent() {
        try (FibreFixture f = new FibreFixture(dir)) {
            f.demo.load();
            var outlook = f.outlook.project(2030).orElseThrow();
            assertTrue(outlook.stand().demo());
            assertEquals(LocalDate.of(2025, 12, 31), outlook.stand().date());
            List<ProjectionPoint> land = outlook.points().stream()
                    .filter(p -> p.level() == ProjectionPoint.Level.LAND).toList();
            assertEquals(List.of(2025, 2026, 2027, 2028, 2029, 2030), land.stream().map(ProjectionPoint::year).toList());
            for (int i = 1; i < land.size(); i++) {
                assertTrue(land.get(i).fttbh() >= land.get(i - 1).fttbh());
            }
            assertTrue(land.get(land.size() - 1).fttbh() > land.get(0).fttbh(), "running projects add fibre");
            assertTrue(outlook.points().stream().allMatch(p -> p.fttbhShare() <= 1 && p.gigabitShare() <= 1));
            Set<String> kreise = outlook.points().stream().filter(p -> p.level() == ProjectionPoint.Level.KREIS)
                    .map(ProjectionPoint::ags).collect(Collectors.toSet());
            assertEquals(14, kreise.size());
        }
    }
}
