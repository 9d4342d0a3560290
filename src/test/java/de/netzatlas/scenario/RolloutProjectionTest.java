package de.netzatlas.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RolloutProjectionTest {

    private static final LocalDate STAND = LocalDate.of(2024, 12, 31);

    private static ProjectionPoint find(List<ProjectionPoint> points, int year, String ags) {
        return points.stream().filter(p -> p.year() == year && p.ags().equals(ags)).findFirst().orElseThrow();
    }

    @Test
    void overlappingProjectsAreNotCountedTwiceAndSharesNeverExceedHundredPercent() {
        List<GemeindeBaseline> base = List.of(new GemeindeBaseline("15083040", "15083", 1_000, 300, 200));
        List<ProjectDelivery> projects = List.of(
                new ProjectDelivery("a", List.of("15083040"), 600, LocalDate.of(2026, 6, 30)),
                new ProjectDelivery("b", List.of("15083040"), 700, LocalDate.of(2027, 6, 30)));
        List<ProjectionPoint> points = RolloutProjection.project(STAND, base, projects, 2030);
        assertEquals(800, find(points, 2026, "15083040").fttbh());
        assertEquals(1_000, find(points, 2027, "15083040").fttbh(), "capped at the households present");
        for (ProjectionPoint p : points) {
            assertTrue(p.fttbh() <= p.households() && p.gigabit() <= p.households(), p.toString());
            assertTrue(p.fttbhShare() <= 1.0 && p.gigabitShare() <= 1.0, p.toString());
        }
        assertEquals(1_000, find(points, 2030, "15").fttbh());
        assertEquals(1_000, find(points, 2030, "15").gigabit());
    }

    @Test
    void projectsCompletedBeforeTheStandAreAlreadyInTheBaseline() {
        List<GemeindeBaseline> base = List.of(new GemeindeBaseline("g1", "k1", 1_000, 400, 400));
        List<ProjectDelivery> projects = List.of(new ProjectDelivery("old", List.of("g1"), 300, LocalDate.of(2024, 5, 1)));
        assertEquals(400, find(RolloutProjection.project(STAND, base, projects, 2030), 2030, "g1").fttbh());
    }

    @Test
    void aProjectSpreadsOverItsGemeindenByOpenHouseholdsAndKreisAndLandAreSums() {
        List<GemeindeBaseline> base = List.of(
                new GemeindeBaseline("g1", "k1", 1_000, 0, 0),
                new GemeindeBaseline("g2", "k1", 3_000, 0, 2_000),
                new GemeindeBaseline("g3", "k2", 500, 100, 100));
        List<ProjectDelivery> projects = List.of(new ProjectDelivery("p", List.of("g1", "g2"), 1_000, LocalDate.of(2025, 9, 1)));
        List<ProjectionPoint> points = RolloutProjection.project(STAND, base, projects, 2026);
        assertEquals(0, find(points, 2024, "g1").fttbh(), "the stand year shows the baseline");
        assertEquals(500, find(points, 2025, "g1").fttbh(), "1000 open of 2000 open households");
        assertEquals(2_500, find(points, 2025, "g2").fttbh());
        assertEquals(3_000, find(points, 2025, "k1").fttbh());
        assertEquals(4_000, find(points, 2025, "k1").households());
        assertEquals(3_100, find(points, 2025, "15").fttbh());
        assertEquals(3_100.0 / 4_500, find(points, 2025, "15").fttbhShare(), 1e-12);
    }

    @Test
    void gapIsMeasuredAgainstFiftyPercentIn2025AndEverybodyIn2030() {
        List<GemeindeBaseline> base = List.of(new GemeindeBaseline("g1", "k1", 1_000, 500, 300));
        List<ProjectionPoint> points = RolloutProjection.project(STAND, base, List.of(), 2030);
        ProjectionPoint p2024 = find(points, 2024, "15");
        assertTrue(!p2024.hasTarget() && p2024.gapHouseholds() == 0);
        assertEquals(0.5, find(points, 2025, "15").targetShare(), 1e-12);
        assertEquals(200, find(points, 2025, "15").gapHouseholds());
        assertEquals(0.8, find(points, 2028, "15").targetShare(), 1e-12);
        assertEquals(700, find(points, 2030, "15").gapHouseholds());
    }

    @Test
    void gigabitGainsOnlyFromHouseholdsThatLackedGigabit() {
        // 1000 households, 200 with fibre, 600 with gigabit (cable): of the 800 without fibre, 400 lack gigabit.
        List<GemeindeBaseline> base = List.of(new GemeindeBaseline("g1", "k1", 1_000, 600, 200));
        List<ProjectDelivery> projects = List.of(new ProjectDelivery("p", List.of("g1"), 400, LocalDate.of(2026, 1, 1)));
        ProjectionPoint p = find(RolloutProjection.project(STAND, base, projects, 2026), 2026, "g1");
        assertEquals(600, p.fttbh());
        assertEquals(800, p.gigabit());
    }
}
