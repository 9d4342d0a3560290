package de.netzatlas.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegionServiceTest {

    @Test
    void searchKeyFoldsCaseUmlautsAndSharpS() {
        assertEquals(RegionService.searchKey("Dessau-Rosslau"), RegionService.searchKey("dessau-roßlau"));
        assertEquals(RegionService.searchKey("Köthen (Anhalt)"), RegionService.searchKey("koethen (anhalt)"));
        assertEquals(RegionService.searchKey("Köthen"), RegionService.searchKey("KOTHEN"));
        assertEquals("magdeburg", RegionService.searchKey("  Magdeburg "));
    }

    @Test
    void householdEstimateRoundsPopulationDividedBySize() {
        HouseholdFigure h = HouseholdFigure.estimate(1000, 1.9, null);
        assertEquals(526, h.value());
    }
}
