package de.netzatlas.mobile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.LocationRules;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.region.BundledGeodata;
import de.netzatlas.region.Region;

/**
 * The synthetic demo register: {@value #COUNT} sites of Telekom, Vodafone, Telefónica and 1&1 (plus
 * a few funded sites of the infrastructure company) near the real places of the bundled place list,
 * picked with weight √population (towns get more sites, villages still some) and scattered up to
 * 3 km around them; 55 % LTE, 45 % 5G NR; 82 % in operation, the rest in the earlier states with a
 * consistent, dated status history. Deterministic for a seed; every site is flagged demo.
 */
public final class MobileDemoGenerator {

    public static final int COUNT = 1_500;

    private final LocationRules locations;
    private final long seed;

    public MobileDemoGenerator(LocationRules locations, long seed) {
        this.locations = locations;
        this.seed = seed;
    }

    private record Place(double lat, double lon, double weight) {
    }

    public List<MobileSite> generate() {
        Random random = new Random(seed);
        List<Place> places = new ArrayList<>();
        double total = 0;
        for (CSVRecord r : BundledGeodata.csv(BundledGeodata.PLACES)) {
            String pop = r.get("population_geonames");
            double w = Math.sqrt(Math.max(200, pop.isEmpty() ? 200 : Double.parseDouble(pop)));
            places.add(new Place(Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")), w));
            total += w;
        }
        Map<MobileOperator, Integer> numbers = new EnumMap<>(MobileOperator.class);
        List<MobileSite> out = new ArrayList<>(COUNT);
        while (out.size() < COUNT) {
            Place place = pick(places, total, random);
            double distanceKm = 3 * Math.sqrt(random.nextDouble());
            double angle = random.nextDouble() * 2 * Math.PI;
            double lat = place.lat() + distanceKm * Math.cos(angle) / 111.2;
            double lon = place.lon() + distanceKm * Math.sin(angle) / (111.2 * Math.cos(Math.toRadians(place.lat())));
            GeoPoint point = new GeoPoint(Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5);
            Optional<Region> gemeinde = locations.gemeindeAt(point);
            if (gemeinde.isEmpty()) {
                continue;
            }
            MobileOperator operator = operator(random.nextInt(100));
            boolean urban = place.weight() > 150;
            RadioTechnology tech = random.nextInt(100) < 55 ? RadioTechnology.LTE : RadioTechnology.NR;
            Set<FrequencyBand> bands = bands(tech, urban, random);
            int n = numbers.merge(operator, 1, Integer::sum);
            out.add(site(random, operator, n, tech, bands, point, gemeinde.get().ags()));
        }
        return out;
    }

    private static Place pick(List<Place> places, double total, Random random) {
        double x = random.nextDouble() * total;
        for (Place p : places) {
            x -= p.weight();
            if (x <= 0) {
                return p;
            }
        }
        return places.get(places.size() - 1);
    }

    private static MobileOperator operator(int p) {
        if (p < 33) {
            return MobileOperator.TELEKOM;
        }
        if (p < 62) {
            return MobileOperator.VODAFONE;
        }
        if (p < 88) {
            return MobileOperator.TELEFONICA;
        }
        return p < 97 ? MobileOperator.EINS_UND_EINS : MobileOperator.MIG;
    }

    private static Set<FrequencyBand> bands(RadioTechnology tech, boolean urban, Random random) {
        if (tech == RadioTechnology.LTE) {
            Set<FrequencyBand> b = EnumSet.of(FrequencyBand.B800, FrequencyBand.B1800);
            if (urban && random.nextBoolean()) {
                b.add(FrequencyBand.B2600);
            }
            return b;
        }
        if (urban && random.nextInt(3) > 0) {
            return EnumSet.of(FrequencyBand.B3600, FrequencyBand.B2100);
        }
        return EnumSet.of(FrequencyBand.B700, FrequencyBand.B3600);
    }

    private MobileSite site(Random random, MobileOperator operator, int n, RadioTechnology tech,
                            Set<FrequencyBand> bands, GeoPoint point, String ags) {
        int p = random.nextInt(100);
        MobileSiteStatus status = p < 82 ? MobileSiteStatus.IN_BETRIEB : p < 88 ? MobileSiteStatus.IM_BAU
                : p < 94 ? MobileSiteStatus.GENEHMIGUNG : MobileSiteStatus.GEPLANT;
        // LTE went on air from 2014, 5G NR from 2019 (applications from autumn 2018), so the 5G
        // figures still grow from one report year to the next
        LocalDate application = status != MobileSiteStatus.IN_BETRIEB
                ? LocalDate.of(2023, 6, 1).plusDays(random.nextInt(700))
                : tech == RadioTechnology.NR ? LocalDate.of(2018, 9, 1).plusDays(random.nextInt(5 * 365))
                : LocalDate.of(2014, 1, 1).plusDays(random.nextInt(9 * 365));
        LocalDate permit = application.plusDays(180 + random.nextInt(360));
        LocalDate construction = permit.plusDays(60 + random.nextInt(120));
        LocalDate onAir = construction.plusDays(60 + random.nextInt(60));
        StatusHistory<MobileSiteStatus> h = StatusHistory.of(MobileSiteStatus.GEPLANT, application);
        LocalDate permitDate = null;
        LocalDate constructionDate = null;
        LocalDate onAirDate = null;
        if (status.ordinal() >= MobileSiteStatus.GENEHMIGUNG.ordinal()) {
            h = h.then(MobileSiteStatus.GENEHMIGUNG, application.plusDays(30));
        }
        if (status.ordinal() >= MobileSiteStatus.IM_BAU.ordinal()) {
            permitDate = permit;
            constructionDate = construction;
            h = h.then(MobileSiteStatus.IM_BAU, construction);
        }
        if (status == MobileSiteStatus.IN_BETRIEB) {
            onAirDate = onAir;
            h = h.then(MobileSiteStatus.IN_BETRIEB, onAir);
        }
        boolean funded = operator == MobileOperator.MIG || random.nextInt(100) < 3;
        String identifier = prefix(operator) + "-" + String.format("%04d", n);
        return new MobileSite(new UUID(seed, (long) operator.ordinal() * 100_000 + n), identifier, operator, tech, bands,
                point, ags, null, funded, h, application, permitDate, constructionDate, onAirDate,
                status == MobileSiteStatus.IN_BETRIEB ? null : onAir, null, true, 0);
    }

    private static String prefix(MobileOperator o) {
        return switch (o) {
            case TELEKOM -> "TDG";
            case VODAFONE -> "VF";
            case TELEFONICA -> "TEF";
            case EINS_UND_EINS -> "1U1";
            case MIG -> "MIG";
        };
    }
}
