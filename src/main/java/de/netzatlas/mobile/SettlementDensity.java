package de.netzatlas.mobile;

/**
 * How densely the Gemeinde around a site is settled; the default coverage radius shrinks with
 * density (more buildings, more users per cell). Classified from the Gemeinde's population per
 * km²: städtisch from {@value #URBAN_FROM} E/km², halbstädtisch from {@value #SUBURBAN_FROM}
 * E/km², below that ländlich (Magdeburg and Halle are städtisch, most Gemeinden ländlich).
 */
public enum SettlementDensity {
    STAEDTISCH("städtisch"),
    HALBSTAEDTISCH("halbstädtisch"),
    LAENDLICH("ländlich");

    static final int URBAN_FROM = 800;
    static final int SUBURBAN_FROM = 150;

    private final String label;

    SettlementDensity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SettlementDensity ofPopulationDensity(double inhabitantsPerKm2) {
        if (inhabitantsPerKm2 >= URBAN_FROM) {
            return STAEDTISCH;
        }
        return inhabitantsPerKm2 >= SUBURBAN_FROM ? HALBSTAEDTISCH : LAENDLICH;
    }
}
