package de.netzatlas.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CoverageMathTest {

    static GemeindeCoverage gemeinde(String ags, int hh, int c30, int c100, int gigabit, int ftth, int fttb) {
        return new GemeindeCoverage(ags, hh, null, null, null, null, c30, c30, c100, c100, gigabit, gigabit, ftth,
                fttb, 0, c30, null, null);
    }

    @Test
    void sharesAreDerivedFromHouseholdCounts() {
        CoverageFigures f = CoverageMath.figures(gemeinde("15003000", 1_000, 950, 800, 600, 300, 100));
        assertEquals(0.6, f.gigabitShare(), 1e-12);
        assertEquals(0.4, f.fttbhShare(), 1e-12);
        assertEquals(0.05, f.whiteSpotShare(), 1e-12);
        assertEquals(0.2, f.greySpotShare(), 1e-12);
    }

    @Test
    void aggregationIsWeightedByHouseholdsNotAnAverageOfPercentages() {
        GemeindeCoverage city = gemeinde("15003000", 10_000, 10_000, 10_000, 9_000, 5_000, 1_000);
        GemeindeCoverage village = gemeinde("15083040", 1_000, 500, 200, 0, 0, 0);
        CoverageFigures kreis = CoverageMath.aggregate(List.of(city, village));
        assertEquals(11_000, kreis.households());
        assertEquals(9_000.0 / 11_000, kreis.gigabitShare(), 1e-12, "not (90 % + 0 %) / 2 = 45 %");
        assertEquals(6_000.0 / 11_000, kreis.fttbhShare(), 1e-12);
        assertEquals(500.0 / 11_000, kreis.whiteSpotShare(), 1e-12);
        assertEquals(800.0 / 11_000, kreis.greySpotShare(), 1e-12);
    }

    @Test
    void emptyRegionHasZeroShares() {
        assertEquals(0, CoverageMath.aggregate(List.of()).gigabitShare());
    }

    @Test
    void changeIsInPercentagePointsAndHouseholds() {
        CoverageFigures earlier = CoverageMath.figures(gemeinde("1", 1_000, 900, 700, 400, 200, 0));
        CoverageFigures later = CoverageMath.figures(gemeinde("1", 1_000, 950, 800, 550, 300, 50));
        CoverageChange c = CoverageMath.change(earlier, later);
        assertEquals(15.0, c.gigabitPoints(), 1e-9);
        assertEquals(15.0, c.fttbhPoints(), 1e-9);
        assertEquals(-5.0, c.whiteSpotPoints(), 1e-9);
        assertEquals(-10.0, c.greySpotPoints(), 1e-9);
        assertEquals(150, c.gigabitHouseholds());
        assertEquals(150, c.fttbhHouseholds());
    }

    @Test
    void lastStandOnOrBeforeADateIgnoresLaterStands() {
        CoverageStand mid2024 = new CoverageStand(UUID.randomUUID(), LocalDate.of(2024, 6, 30), "a", false);
        CoverageStand end2024 = new CoverageStand(UUID.randomUUID(), LocalDate.of(2024, 12, 31), "b", false);
        CoverageStand mid2025 = new CoverageStand(UUID.randomUUID(), LocalDate.of(2025, 6, 30), "c", false);
        List<CoverageStand> stands = List.of(mid2025, mid2024, end2024);
        assertEquals(end2024, CoverageMath.lastStandOnOrBefore(stands, LocalDate.of(2024, 12, 31)).orElseThrow());
        assertEquals(end2024, CoverageMath.lastStandOnOrBefore(stands, LocalDate.of(2025, 6, 29)).orElseThrow());
        assertEquals(mid2024, CoverageMath.lastStandOnOrBefore(stands, LocalDate.of(2024, 7, 1)).orElseThrow());
        assertEquals(true, CoverageMath.lastStandOnOrBefore(stands, LocalDate.of(2023, 12, 31)).isEmpty());
    }
}
