package de.netzatlas.mobile;

/**
 * Covered area of one area (the Land or a Kreis) in km²: by LTE, by 5G NR, and the "weiße Flecken"
 * covered by no site at all. Shares are derived, never stored.
 */
public record AreaCoverage(String ags, double areaKm2, double lteKm2, double nrKm2, double whiteKm2) {

    public double lteShare() {
        return share(lteKm2);
    }

    public double nrShare() {
        return share(nrKm2);
    }

    public double whiteShare() {
        return share(whiteKm2);
    }

    public double covered(RadioTechnology t) {
        return t == RadioTechnology.LTE ? lteKm2 : nrKm2;
    }

    private double share(double km2) {
        return areaKm2 <= 0 ? 0 : km2 / areaKm2;
    }
}
