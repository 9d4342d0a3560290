package de.netzatlas.asset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Point;

import de.netzatlas.region.Place;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;

/**
 * Places synthetic demo assets at real places: shares a total over the Gemeinden in proportion to
 * their population (largest remainder), and puts each asset near a bundled place of its Gemeinde
 * (weighted by the place's population, a few hundred metres of jitter, always inside the
 * Gemeinde); Gemeinden without a place use a point inside their boundary. Deterministic for a
 * given {@link Random}.
 */
public final class DemoPlacement {

    /** Where one demo asset goes. */
    public record Spot(Region gemeinde, Place place, GeoPoint point) {
    }

    private final RegionService regions;
    private final Map<String, List<Place>> placesByGemeinde;

    public DemoPlacement(RegionService regions, List<Place> places) {
        this.regions = regions;
        this.placesByGemeinde = places.stream().collect(Collectors.groupingBy(Place::gemeindeAgs));
    }

    /** How many of {@code total} assets each Gemeinde gets (by population; AGS order; zeros left out). */
    public Map<Region, Integer> shareByPopulation(int total) {
        List<Region> gemeinden = regions.byLevel(RegionLevel.GEMEINDE).stream()
                .sorted(Comparator.comparing(Region::ags)).toList();
        long population = gemeinden.stream().mapToLong(r -> r.population() == null ? 0 : r.population()).sum();
        int[] counts = new int[gemeinden.size()];
        double[] remainders = new double[gemeinden.size()];
        int assigned = 0;
        for (int i = 0; i < gemeinden.size(); i++) {
            double quota = (double) total * (gemeinden.get(i).population() == null ? 0 : gemeinden.get(i).population())
                    / population;
            counts[i] = (int) Math.floor(quota);
            remainders[i] = quota - counts[i];
            assigned += counts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < gemeinden.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing(i -> i));
        for (int k = 0; k < total - assigned; k++) {
            counts[order.get(k)]++;
        }
        Map<Region, Integer> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < gemeinden.size(); i++) {
            if (counts[i] > 0) {
                out.put(gemeinden.get(i), counts[i]);
            }
        }
        return out;
    }

    /** The places of a Gemeinde, biggest first (may be empty). */
    public List<Place> places(String gemeindeAgs) {
        return placesByGemeinde.getOrDefault(gemeindeAgs, List.of()).stream()
                .sorted(Comparator.comparingInt(Place::population).reversed().thenComparing(Place::id)).toList();
    }

    /** A spot near a place of the Gemeinde (chosen by population weight), inside the Gemeinde. */
    public Spot spotIn(Region gemeinde, Random random, double jitterDegrees) {
        List<Place> places = places(gemeinde.ags());
        if (places.isEmpty()) {
            Point inside = regions.boundary(gemeinde.ags()).orElseThrow().getInteriorPoint();
            return new Spot(gemeinde, null, near(gemeinde, inside.getY(), inside.getX(), random, jitterDegrees));
        }
        double sum = places.stream().mapToDouble(p -> Math.max(300, p.population())).sum();
        double pick = random.nextDouble() * sum;
        Place chosen = places.get(places.size() - 1);
        for (Place p : places) {
            pick -= Math.max(300, p.population());
            if (pick <= 0) {
                chosen = p;
                break;
            }
        }
        return new Spot(gemeinde, chosen, near(gemeinde, chosen.lat(), chosen.lon(), random, jitterDegrees));
    }

    /** A point a little off (lat, lon) but still in the Gemeinde; the point itself if no try lands inside. */
    public GeoPoint near(Region gemeinde, double lat, double lon, Random random, double jitterDegrees) {
        for (int attempt = 0; attempt < 6; attempt++) {
            double la = round(lat + (random.nextDouble() - 0.5) * 2 * jitterDegrees);
            double lo = round(lon + (random.nextDouble() - 0.5) * 2 * jitterDegrees * 1.6);
            if (regions.regionAt(la, lo).filter(r -> r.ags().equals(gemeinde.ags())).isPresent()) {
                return new GeoPoint(la, lo);
            }
        }
        return new GeoPoint(lat, lon);
    }

    private static double round(double v) {
        return Math.round(v * 100_000) / 100_000.0;
    }
}
