package de.netzatlas.sites;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The KPIs of the ITN-XT migration over a list of sites (pure): sites and share migrated (ITN-XT
 * aktiv) per site class and per Kreis — sites zurückgebaut count in neither —, the bandwidth
 * distribution of the active sites, and the sites without redundancy.
 */
public final class SiteFigures {

    /** Sites in operation (not zurückgebaut) and how many of them run on ITN-XT. */
    public record Share(int sites, int migrated) {

        public double share() {
            return sites == 0 ? 0 : (double) migrated / sites;
        }
    }

    private SiteFigures() {
    }

    public static Map<SiteClass, Share> byClass(List<ItnSite> sites) {
        Map<SiteClass, int[]> counts = new EnumMap<>(SiteClass.class);
        for (ItnSite s : sites) {
            count(counts.computeIfAbsent(s.siteClass(), k -> new int[2]), s);
        }
        Map<SiteClass, Share> out = new EnumMap<>(SiteClass.class);
        counts.forEach((k, c) -> out.put(k, new Share(c[0], c[1])));
        return out;
    }

    /** Per Kreis AGS (sorted); {@code kreisOf} maps a Gemeinde AGS to its Kreis. */
    public static Map<String, Share> byKreis(List<ItnSite> sites, Function<String, String> kreisOf) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ItnSite s : sites) {
            count(counts.computeIfAbsent(kreisOf.apply(s.gemeindeAgs()), k -> new int[2]), s);
        }
        Map<String, Share> out = new TreeMap<>();
        counts.forEach((k, c) -> out.put(k, new Share(c[0], c[1])));
        return out;
    }

    public static Share total(List<ItnSite> sites) {
        int[] c = new int[2];
        sites.forEach(s -> count(c, s));
        return new Share(c[0], c[1]);
    }

    private static void count(int[] c, ItnSite s) {
        if (s.status() != SiteStatus.ZURUECKGEBAUT) {
            c[0]++;
            if (s.isMigrated()) {
                c[1]++;
            }
        }
    }

    /** Sites in operation per contracted bandwidth class (every class present, zero if none). */
    public static Map<BandwidthClass, Integer> bandwidthDistribution(List<ItnSite> sites) {
        Map<BandwidthClass, Integer> out = new EnumMap<>(BandwidthClass.class);
        for (BandwidthClass b : BandwidthClass.values()) {
            out.put(b, 0);
        }
        sites.stream().filter(s -> s.status() != SiteStatus.ZURUECKGEBAUT).forEach(s -> out.merge(s.bandwidth(), 1, Integer::sum));
        return out;
    }

    /** Sites in operation without any redundancy. */
    public static List<ItnSite> withoutRedundancy(List<ItnSite> sites) {
        return sites.stream().filter(s -> s.status() != SiteStatus.ZURUECKGEBAUT && s.redundancy() == Redundancy.KEINE)
                .toList();
    }
}
