package de.netzatlas.fibre;

/** Change of the headline shares between an earlier and a later stand, in percentage points. */
public record CoverageChange(double gigabitPoints, double fttbhPoints, double whiteSpotPoints,
                             double greySpotPoints, long gigabitHouseholds, long fttbhHouseholds) {
}
