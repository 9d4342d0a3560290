package de.netzatlas.mobile;

import java.util.List;
import java.util.Optional;

/** The coverage KPIs at one moment: the Land and each Kreis (by AGS). */
public record CoverageFigures(AreaCoverage land, List<AreaCoverage> kreise) {

    public Optional<AreaCoverage> kreis(String ags) {
        return kreise.stream().filter(k -> k.ags().equals(ags)).findFirst();
    }
}
