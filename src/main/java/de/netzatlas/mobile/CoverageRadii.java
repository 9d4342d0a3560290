package de.netzatlas.mobile;

import de.netzatlas.region.Region;
import de.netzatlas.region.RegionService;

/**
 * The radius a site covers: its own if set, else the default of its bands for the settlement
 * density of its Gemeinde (population per km², see {@link SettlementDensity}).
 */
public final class CoverageRadii {

    private final RegionService regions;

    public CoverageRadii(RegionService regions) {
        this.regions = regions;
    }

    public SettlementDensity density(String gemeindeAgs) {
        return regions.byAgs(gemeindeAgs == null ? "" : gemeindeAgs)
                .filter(r -> r.population() != null && r.areaKm2() != null && r.areaKm2() > 0)
                .map(CoverageRadii::density)
                .orElse(SettlementDensity.LAENDLICH);
    }

    private static SettlementDensity density(Region r) {
        return SettlementDensity.ofPopulationDensity(r.population() / r.areaKm2());
    }

    public double defaultRadiusKm(MobileSite s) {
        return FrequencyBand.defaultRadiusKm(s.bands(), density(s.gemeindeAgs()));
    }

    public double radiusKm(MobileSite s) {
        return s.radiusKm() != null ? s.radiusKm() : defaultRadiusKm(s);
    }
}
