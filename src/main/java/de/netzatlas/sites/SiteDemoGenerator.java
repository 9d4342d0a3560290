package de.netzatlas.sites;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import de.netzatlas.asset.DemoPlacement;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.DemoTimeline;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.region.Place;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;

/**
 * Synthetic ITN-XT sites at real administrative seats: central sites of the Landesverwaltung in
 * Magdeburg and Halle, three Landes-sites at each Kreis seat (Finanzamt, Amtsgericht, Polizeirevier),
 * and one kommunal site per full-time-administered municipality (each Einheitsgemeinde and kreisfreie
 * Stadt, and each Verbandsgemeinde at its largest member). Status mix: about three in four migrated.
 * Deterministic for a seed.
 */
public final class SiteDemoGenerator {

    static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);
    private static final LocalDate START = LocalDate.of(2017, 3, 1);
    /** Completed migrations per year 2018–2025 (2025 until {@link #AS_OF}). */
    private static final DemoTimeline MIGRATIONS = new DemoTimeline(2018, 3, 7, 11, 14, 16, 17, 18, 14);
    /** When the sites still open in 2025 were planned (2021–2025). */
    private static final DemoTimeline OPEN_STARTS = new DemoTimeline(2021, 1, 2, 3, 3, 2);

    private final RegionService regions;
    private final DemoPlacement placement;
    private final long seed;
    private final List<ItnSite> out = new ArrayList<>();
    private Random random;

    public SiteDemoGenerator(RegionService regions, DemoPlacement placement, long seed) {
        this.regions = regions;
        this.placement = placement;
        this.seed = seed;
    }

    public List<ItnSite> generate() {
        out.clear();
        random = new Random(seed);
        Region magdeburg = regions.byAgs("15003000").orElseThrow();
        Region halle = regions.byAgs("15002000").orElseThrow();
        for (String name : List.of("Technikzentrum Magdeburg", "Staatskanzlei und Ministerium für Kultur",
                "Ministerium für Infrastruktur und Digitales", "Ministerium der Finanzen", "Ministerium für Inneres und Sport",
                "Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten", "Ministerium für Bildung",
                "Ministerium der Justiz und für Verbraucherschutz", "Landtag von Sachsen-Anhalt")) {
            add(name, name.startsWith("Technik") ? "Dataport / Landesrechenzentrum" : name, SiteClass.ZENTRALE, magdeburg);
        }
        add("Technikzentrum Halle", "Landesrechenzentrum", SiteClass.ZENTRALE, halle);
        add("Landesverwaltungsamt", "Landesverwaltungsamt", SiteClass.HAUPTSTANDORT, halle);
        add("Polizeiinspektion Halle", "Ministerium für Inneres und Sport", SiteClass.HAUPTSTANDORT, halle);
        add("Polizeiinspektion Magdeburg", "Ministerium für Inneres und Sport", SiteClass.HAUPTSTANDORT, magdeburg);
        for (Region kreis : regions.byLevel(RegionLevel.KREIS).stream().sorted(Comparator.comparing(Region::ags)).toList()) {
            Region seat = seatOf(kreis);
            String town = placeName(seat);
            add("Finanzamt " + town, "Ministerium der Finanzen", SiteClass.HAUPTSTANDORT, seat);
            add("Amtsgericht " + town, "Ministerium der Justiz und für Verbraucherschutz", SiteClass.NEBENSTANDORT, seat);
            add("Polizeirevier " + town, "Ministerium für Inneres und Sport", SiteClass.NEBENSTANDORT, seat);
        }
        Map<String, List<Region>> verbaende = new LinkedHashMap<>();
        for (Region g : regions.byLevel(RegionLevel.GEMEINDE).stream().sorted(Comparator.comparing(Region::ags)).toList()) {
            if (g.verbandsgemeinde().isPresent()) {
                verbaende.computeIfAbsent(g.parentAgs() + "/" + g.verbandName(), k -> new ArrayList<>()).add(g);
            } else {
                add(("Stadt".equals(g.type()) || "Kreisfreie Stadt".equals(g.type()) ? "Stadtverwaltung " : "Gemeindeverwaltung ")
                        + g.name(), g.officialName(), SiteClass.KOMMUNE, g);
            }
        }
        for (List<Region> members : verbaende.values()) {
            Region seat = members.stream().max(Comparator.comparing(r -> r.population() == null ? 0 : r.population()))
                    .orElseThrow();
            add("Verbandsgemeinde " + seat.verbandName(), "Verbandsgemeinde " + seat.verbandName(), SiteClass.KOMMUNE, seat);
        }
        return List.copyOf(out);
    }

    private Region seatOf(Region kreis) {
        if ("Kreisfreie Stadt".equals(kreis.type())) {
            return regions.children(kreis.ags()).get(0);
        }
        return regions.children(kreis.ags()).stream()
                .filter(g -> placement.places(g.ags()).stream().anyMatch(p -> "PPLA3".equals(p.featureCode())))
                .findFirst().orElse(regions.children(kreis.ags()).get(0));
    }

    private String placeName(Region g) {
        return mainPlace(g).map(Place::name).orElse(g.name());
    }

    private Optional<Place> mainPlace(Region g) {
        List<Place> places = placement.places(g.ags());
        return places.stream().filter(p -> p.featureCode().startsWith("PPLA")).findFirst()
                .or(() -> places.stream().filter(p -> !"PPLX".equals(p.featureCode())).findFirst());
    }

    private void add(String name, String authority, SiteClass siteClass, Region g) {
        Optional<Place> place = mainPlace(g);
        GeoPoint point = place.map(p -> placement.near(g, p.lat(), p.lon(), random, 0.004))
                .orElseGet(() -> placement.spotIn(g, random, 0.004).point());
        double roll = random.nextDouble();
        SiteStatus status = roll < 0.74 ? SiteStatus.AKTIV : roll < 0.83 ? SiteStatus.IN_MIGRATION
                : roll < 0.92 ? SiteStatus.GEPLANT : roll < 0.97 || siteClass != SiteClass.NEBENSTANDORT
                ? SiteStatus.ALTNETZ : SiteStatus.ZURUECKGEBAUT;
        StatusHistory<SiteStatus> h = StatusHistory.of(SiteStatus.ALTNETZ, null);
        LocalDate planned = null;
        LocalDate start = null;
        LocalDate done = null;
        LocalDate gone = null;
        if (status == SiteStatus.ZURUECKGEBAUT) {
            gone = START.plusDays(random.nextInt(2500));
            h = h.then(SiteStatus.ZURUECKGEBAUT, gone);
        } else if (status == SiteStatus.AKTIV) {
            // migrations spread over the rollout years (a ramp, then the last sites in 2025), so
            // each report year shows progress against the previous one
            done = MIGRATIONS.day(random, AS_OF.minusDays(10));
            start = DemoTimeline.before(random, done, 20, 220, START);
            LocalDate d = DemoTimeline.before(random, start, 90, 500, START);
            planned = d.plusDays(300);
            h = h.then(SiteStatus.GEPLANT, d).then(SiteStatus.IN_MIGRATION, start).then(SiteStatus.AKTIV, done);
        } else if (status != SiteStatus.ALTNETZ) {
            LocalDate d = OPEN_STARTS.day(random, AS_OF.minusDays(120));
            h = h.then(SiteStatus.GEPLANT, d);
            planned = status == SiteStatus.GEPLANT ? AS_OF.plusDays(random.nextInt(500)) : d.plusDays(300);
            if (status == SiteStatus.IN_MIGRATION) {
                start = d.plusDays(90 + random.nextInt(500));
                if (start.isAfter(AS_OF.minusDays(10))) {
                    start = AS_OF.minusDays(10 + random.nextInt(60));
                    start = start.isBefore(d) ? d : start;
                }
                h = h.then(SiteStatus.IN_MIGRATION, start);
            }
        }
        BandwidthClass bw = switch (siteClass) {
            case ZENTRALE -> BandwidthClass.GBIT_1;
            case HAUPTSTANDORT -> random.nextBoolean() ? BandwidthClass.GBIT_1 : BandwidthClass.MBIT_500;
            case NEBENSTANDORT -> random.nextBoolean() ? BandwidthClass.MBIT_200 : BandwidthClass.MBIT_100;
            default -> new BandwidthClass[] {BandwidthClass.MBIT_50, BandwidthClass.MBIT_100, BandwidthClass.MBIT_200}[random.nextInt(3)];
        };
        Redundancy redundancy = switch (siteClass) {
            case ZENTRALE -> Redundancy.ZWEITER_CARRIER;
            case HAUPTSTANDORT -> random.nextInt(4) == 0 ? Redundancy.ZWEITER_CARRIER : Redundancy.ZWEITE_LEITUNG;
            default -> random.nextInt(5) == 0 ? Redundancy.ZWEITE_LEITUNG : Redundancy.KEINE;
        };
        boolean telephony = status == SiteStatus.AKTIV && random.nextInt(10) < 8;
        out.add(new ItnSite(new UUID(seed, 10_000 + out.size()), name, authority, siteClass,
                place.map(Place::name).orElse(g.name()), g.ags(), point, bw, redundancy, h, planned, start, done, gone,
                telephony, "Demodaten (synthetisch)", true, 0));
    }
}
