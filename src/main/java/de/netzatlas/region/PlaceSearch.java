package de.netzatlas.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * The map's search box: Gemeinden (from the {@link RegionService}) and the bundled places
 * ({@link BundledGeodata#PLACES}), matched with the same umlaut-insensitive word-prefix rule as
 * the navigator. A result knows where to fly: a region's box or a place's point.
 */
public final class PlaceSearch {

    /** One suggestion; {@code bounds} is set for regions, null for places (fly to the point). */
    public record Match(String label, double lat, double lon, GeoBounds bounds, String ags) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final RegionService regions;
    private final List<Place> places;
    private final List<String> placeKeys;

    public PlaceSearch(RegionService regions, List<Place> places) {
        this.regions = regions;
        this.places = List.copyOf(places);
        this.placeKeys = places.stream().map(p -> RegionService.searchKey(p.name())).toList();
    }

    /** Reads {@code /geodata/sachsen-anhalt_orte.csv}; the error names file, row and field. */
    public static List<Place> bundledPlaces() {
        List<Place> out = new ArrayList<>();
        for (CSVRecord r : BundledGeodata.csv(BundledGeodata.PLACES)) {
            String field = "lat";
            try {
                double lat = Double.parseDouble(r.get(field));
                field = "lon";
                double lon = Double.parseDouble(r.get(field));
                field = "population_geonames";
                String pop = r.get(field);
                field = "elevation_m";
                String elev = r.get(field);
                out.add(new Place(r.get("geonameid"), r.get("name"), r.get("feature_code"), lat, lon,
                        pop.isBlank() ? 0 : Integer.parseInt(pop), elev.isBlank() ? null : Integer.valueOf(elev),
                        r.get("gemeinde_ags"), r.get("gemeinde_name")));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(BundledGeodata.PLACES + ", Zeile " + (r.getRecordNumber() + 1)
                        + ", Feld " + field + ": keine Zahl", e);
            }
        }
        return out;
    }

    public List<Place> places() {
        return places;
    }

    /** Regions first (Kreise, Gemeinden), then places by population; at most {@code limit}. */
    public List<Match> search(String query, int limit) {
        List<Match> out = new ArrayList<>();
        for (Region r : regions.search(query, limit)) {
            if (r.level() != RegionLevel.LAND) {
                out.add(new Match(r.name() + " (" + r.level().label() + ")", r.centerLat(), r.centerLon(),
                        r.bounds(), r.ags()));
            }
        }
        String q = RegionService.searchKey(query);
        if (q.isEmpty()) {
            return out;
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            if (placeKeys.get(i).startsWith(q) || placeKeys.get(i).contains(" " + q)
                    || placeKeys.get(i).contains("-" + q)) {
                hits.add(i);
            }
        }
        hits.sort(Comparator.comparingInt((Integer i) -> -places.get(i).population()));
        for (int i : hits) {
            if (out.size() >= limit) {
                break;
            }
            Place p = places.get(i);
            String label = p.name().equals(p.gemeindeName()) ? p.name() + " (Ort)"
                    : p.name() + " (Ort in " + p.gemeindeName() + ")";
            if (out.stream().noneMatch(m -> m.label().equals(label))) {
                out.add(new Match(label, p.lat(), p.lon(), null, p.gemeindeAgs()));
            }
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}
