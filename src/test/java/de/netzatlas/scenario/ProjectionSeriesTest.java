package de.netzatlas.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProjectionSeriesTest {

    static final List<GemeindeBaseline> BASE = List.of(
            new GemeindeBaseline("15001000", "15001", 1000, 300, 200),
            new GemeindeBaseline("15082005", "15082", 3000, 600, 400));

    static List<ProjectionPoint> project(List<ProjectDelivery> deliveries) {
        return RolloutProjection.project(LocalDate.of(2024, 12, 31), BASE, deliveries, 2030);
    }

    @Test
    void oneRowPerYearForTheChosenRegion() {
        ProjectionSeries s = ProjectionSeries.of(project(List.of()), ProjectionPoint.Level.KREIS, "15082");
        assertEquals(List.of(2024, 2025, 2026, 2027, 2028, 2029, 2030),
                s.rows().stream().map(ProjectionSeries.Row::year).toList());
        ProjectionSeries.Row first = s.rows().get(0);
        assertEquals(3000, first.households());
        assertEquals(20.0, first.gigabitPercent(), 1e-9);
        assertEquals(400.0 / 30, first.fttbhPercent(), 1e-9);
        assertFalse(first.hasTarget(), "no federal target before 2025");
        assertEquals(0, first.gapPoints());
    }

    @Test
    void gapAgainstTheFederalTargets() {
        ProjectionSeries land = ProjectionSeries.of(project(List.of()), ProjectionPoint.Level.LAND, "15");
        ProjectionSeries.Row y2025 = land.year(2025).orElseThrow();
        assertEquals(50.0, y2025.targetPercent(), 1e-9);
        assertEquals(15.0, y2025.fttbhPercent(), 1e-9);   // 600 of 4000
        assertEquals(35.0, y2025.gapPoints(), 1e-9);
        assertEquals(1400, y2025.gapHouseholds());
        ProjectionSeries.Row y2030 = land.last().orElseThrow();
        assertEquals(2030, y2030.year());
        assertEquals(100.0, y2030.targetPercent(), 1e-9);
        assertEquals(85.0, y2030.gapPoints(), 1e-9);
        assertTrue(y2030.behind());
    }

    @Test
    void deliveriesRaiseTheSharesAndCloseTheGap() {
        ProjectionSeries g = ProjectionSeries.of(project(List.of(
                new ProjectDelivery("a", List.of("15001000"), 800, LocalDate.of(2026, 6, 30)))),
                ProjectionPoint.Level.GEMEINDE, "15001000");
        assertEquals(20.0, g.year(2025).orElseThrow().fttbhPercent(), 1e-9);
        ProjectionSeries.Row y2026 = g.year(2026).orElseThrow();
        assertEquals(100.0, y2026.fttbhPercent(), 1e-9);
        assertEquals(0.0, y2026.gapPoints(), 1e-9);
        assertFalse(y2026.behind());
        assertTrue(g.rows().stream().allMatch(r -> r.gigabitPercent() <= 100 && r.fttbhPercent() <= 100));
    }

    @Test
    void unknownRegionGivesAnEmptySeries() {
        ProjectionSeries s = ProjectionSeries.of(project(List.of()), ProjectionPoint.Level.GEMEINDE, "15999999");
        assertTrue(s.isEmpty());
        assertTrue(s.last().isEmpty());
    }
}
