package de.netzatlas.fibre;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CoverageIndicatorTest {

    // 1000 households: 420 gigabit, 380 FTTB/H, 60 below 30, 150 below 100
    static final CoverageFigures F = new CoverageFigures(1000, 420, 380, 60, 150, 0, 0);

    @Test
    void percentOfHouseholds() {
        assertEquals(42.0, CoverageIndicator.GIGABIT.percent(F), 1e-9);
        assertEquals(38.0, CoverageIndicator.FTTBH.percent(F), 1e-9);
        assertEquals(6.0, CoverageIndicator.WHITE_SPOTS.percent(F), 1e-9);
        assertEquals(15.0, CoverageIndicator.GREY_SPOTS.percent(F), 1e-9);
        assertEquals(85.0, CoverageIndicator.AT_LEAST_100.percent(F), 1e-9);
        assertEquals(94.0, CoverageIndicator.AT_LEAST_30.percent(F), 1e-9);
    }

    @Test
    void complementsAddUpToAllHouseholds() {
        assertEquals(100.0, CoverageIndicator.AT_LEAST_30.percent(F) + CoverageIndicator.WHITE_SPOTS.percent(F), 1e-9);
        assertEquals(100.0, CoverageIndicator.AT_LEAST_100.percent(F) + CoverageIndicator.GREY_SPOTS.percent(F), 1e-9);
    }

    @Test
    void noHouseholdsMeansNoValue() {
        for (CoverageIndicator i : CoverageIndicator.values()) {
            assertTrue(Double.isNaN(i.percent(CoverageFigures.EMPTY)), i.name());
            assertTrue(Double.isNaN(i.percent(null)), i.name());
        }
    }

    @Test
    void aggregateIsHouseholdWeightedNotAveraged() {
        // a small Gemeinde fully covered and a large one at 10 %: the Kreis is near 10 %, not at 55 %
        CoverageFigures small = new CoverageFigures(100, 100, 100, 0, 0, 0, 0);
        CoverageFigures large = new CoverageFigures(9900, 990, 990, 0, 0, 0, 0);
        assertEquals(10.9, CoverageIndicator.GIGABIT.percent(small.plus(large)), 1e-9);
    }

    @Test
    void changeInPercentagePoints() {
        CoverageFigures later = new CoverageFigures(1000, 500, 430, 40, 120, 0, 0);
        assertEquals(8.0, CoverageIndicator.GIGABIT.changePoints(F, later), 1e-9);
        assertEquals(5.0, CoverageIndicator.FTTBH.changePoints(F, later), 1e-9);
        assertEquals(-2.0, CoverageIndicator.WHITE_SPOTS.changePoints(F, later), 1e-9);
        assertEquals(3.0, CoverageIndicator.AT_LEAST_100.changePoints(F, later), 1e-9);
        assertTrue(Double.isNaN(CoverageIndicator.GIGABIT.changePoints(CoverageFigures.EMPTY, later)));
    }

    @Test
    void classLimitsRunFromZeroToHundredAscending() {
        for (CoverageIndicator i : CoverageIndicator.values()) {
            double[] l = i.classLimits();
            assertEquals(0, l[0], i.name());
            assertEquals(100, l[l.length - 1], i.name());
            for (int k = 1; k < l.length; k++) {
                assertTrue(l[k] > l[k - 1], i.name());
            }
            assertTrue(l.length - 1 >= 2 && l.length - 1 <= 9, "palette supports 2..9 classes");
        }
        assertArrayEquals(new double[] {0, 20, 40, 60, 80, 100}, CoverageIndicator.GIGABIT.classLimits());
    }

    @Test
    void spotsAreBadWhenHigh() {
        assertFalse(CoverageIndicator.WHITE_SPOTS.higherIsBetter());
        assertFalse(CoverageIndicator.GREY_SPOTS.higherIsBetter());
        assertTrue(CoverageIndicator.GIGABIT.higherIsBetter());
    }

    @Test
    void keysRoundTrip() {
        for (CoverageIndicator i : CoverageIndicator.values()) {
            assertEquals(Optional.of(i), CoverageIndicator.byKey(i.key()));
        }
        assertEquals(Optional.empty(), CoverageIndicator.byKey("unbekannt"));
        assertEquals(6, List.of(CoverageIndicator.values()).stream().map(CoverageIndicator::key).distinct().count());
    }
}
