package de.netzatlas.mobile;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Frequency bands used for LTE and 5G NR in Germany, with the default planning radius of a site's
 * coverage per settlement density (km). The radius of a site is the largest of its bands (the lowest
 * frequency reaches farthest). These are planning defaults for an overview map, not a propagation
 * model: low band (700/800/900 MHz) 8/4/1,5 … 6/3/1,2 km, mid band (1800–2600 MHz) 4/2/0,8 …
 * 2,5/1,2/0,5 km, 3,6 GHz (n78) 1,5/0,8/0,35 km (ländlich/halbstädtisch/städtisch). Any site's
 * radius can be overridden.
 */
public enum FrequencyBand {
    B700(700, 8.0, 4.0, 1.5),
    B800(800, 7.0, 3.5, 1.3),
    B900(900, 6.0, 3.0, 1.2),
    B1800(1800, 4.0, 2.0, 0.8),
    B2100(2100, 3.5, 1.7, 0.7),
    B2600(2600, 2.5, 1.2, 0.5),
    B3600(3600, 1.5, 0.8, 0.35);

    private final int megahertz;
    private final double ruralKm;
    private final double suburbanKm;
    private final double urbanKm;

    FrequencyBand(int megahertz, double ruralKm, double suburbanKm, double urbanKm) {
        this.megahertz = megahertz;
        this.ruralKm = ruralKm;
        this.suburbanKm = suburbanKm;
        this.urbanKm = urbanKm;
    }

    public int megahertz() {
        return megahertz;
    }

    /** "700", "3600" (MHz) as written in lists and CSV files. */
    public String label() {
        return Integer.toString(megahertz);
    }

    public double radiusKm(SettlementDensity density) {
        return switch (density) {
            case LAENDLICH -> ruralKm;
            case HALBSTAEDTISCH -> suburbanKm;
            case STAEDTISCH -> urbanKm;
        };
    }

    /** The default coverage radius of a site with these bands (largest band radius), in km. */
    public static double defaultRadiusKm(Collection<FrequencyBand> bands, SettlementDensity density) {
        return bands.stream().mapToDouble(b -> b.radiusKm(density)).max().orElse(B1800.radiusKm(density));
    }

    /** "700", "700 MHz", "B700", "n78" (3600). */
    public static Optional<FrequencyBand> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace("MHZ", "").replace(" ", "");
        if (t.equals("N78") || t.equals("3,6GHZ") || t.equals("3.6GHZ")) {
            return Optional.of(B3600);
        }
        if (t.startsWith("B")) {
            t = t.substring(1);
        }
        for (FrequencyBand b : values()) {
            if (b.label().equals(t)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
