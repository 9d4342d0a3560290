package de.netzatlas.fibre;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVRecord;

import de.netzatlas.region.BundledGeodata;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;

/**
 * Synthetic, deterministic coverage for the years 2021–2025, plausible for each Gemeinde's settlement
 * density (Destatis "Verstädterung": dicht, mittel, gering besiedelt): towns start with cable and more
 * fibre, rural Gemeinden with more copper and white spots; fibre grows every year.
 */
final class DemoCoverageGenerator {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;

    private final RegionService regions;
    private final long seed;

    DemoCoverageGenerator(RegionService regions, long seed) {
        this.regions = regions;
        this.seed = seed;
    }

    /** Per year (index 0 = 2021) the rows of every Gemeinde. */
    List<List<GemeindeCoverage>> generate() {
        Map<String, CSVRecord> stats = BundledGeodata.csvByKey(BundledGeodata.GEMEINDEN_STATISTICS, "ags");
        List<List<GemeindeCoverage>> years = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            years.add(new ArrayList<>());
        }
        for (Region g : regions.byLevel(RegionLevel.GEMEINDE)) {
            int households = (int) regions.households(g).map(h -> h.value()).orElse(0L).longValue();
            CSVRecord s = stats.get(g.ags());
            String density = s == null ? "03" : s.get("verstaedterung_key");
            Random rnd = new Random(seed * 31 + g.ags().hashCode());
            double[] start = switch (density) {
                case "01" -> new double[] {0.99, 0.97, 0.20 + 0.15 * rnd.nextDouble(), 0.55 + 0.15 * rnd.nextDouble()};
                case "02" -> new double[] {0.95, 0.86, 0.10 + 0.15 * rnd.nextDouble(), 0.25 + 0.15 * rnd.nextDouble()};
                default -> new double[] {0.88, 0.68, 0.04 + 0.14 * rnd.nextDouble(), 0.05 + 0.10 * rnd.nextDouble()};
            };
            double s30 = start[0] - 0.04 * rnd.nextDouble();
            double s100 = start[1] - 0.08 * rnd.nextDouble();
            double fibre = start[2];
            double hfc = start[3];
            double growth = 0.04 + 0.06 * rnd.nextDouble();
            for (int i = 0; i <= LAST_YEAR - FIRST_YEAR; i++) {
                years.get(i).add(row(g.ags(), households, s30, s100, fibre, hfc));
                fibre = Math.min(0.97, fibre + growth * (0.7 + 0.6 * rnd.nextDouble()));
                s30 = Math.min(0.995, s30 + 0.01);
                s100 = Math.min(s30, s100 + 0.02 + 0.02 * rnd.nextDouble());
            }
        }
        return years;
    }

    private static GemeindeCoverage row(String ags, int hh, double s30, double s100, double fibre, double hfc) {
        int fttbh = count(hh, fibre);
        int ftth = (int) Math.round(fttbh * 0.7);
        int cable = count(hh, hfc);
        int gigabit = Math.min(hh, Math.max(fttbh, count(hh, fibre + hfc * (1 - fibre))));
        int c400 = Math.min(hh, gigabit + count(hh, 0.02));
        int c200 = Math.min(hh, c400 + count(hh, 0.05));
        int c100 = Math.max(c200, Math.min(hh, count(hh, s100)));
        int c50 = Math.max(c100, Math.min(hh, count(hh, (s100 + s30) / 2)));
        int c30 = Math.max(c50, Math.min(hh, count(hh, s30)));
        int dsl = count(hh, 0.92);
        int passed = Math.min(hh, fttbh);
        int connected = (int) Math.round(passed * 0.4);
        int businesses = Math.max(1, hh / 12);
        int schools = Math.max(1, hh / 1500);
        return new GemeindeCoverage(ags, hh, businesses, (int) Math.round(businesses * (double) gigabit / Math.max(1, hh)),
                schools, (int) Math.round(schools * (double) fttbh / Math.max(1, hh)), c30, c50, c100, c200, c400,
                gigabit, ftth, fttbh - ftth, cable, dsl, passed, connected);
    }

    private static int count(int households, double share) {
        return (int) Math.round(households * Math.max(0, Math.min(1, share)));
    }
}
