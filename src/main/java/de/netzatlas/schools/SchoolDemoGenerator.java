package de.netzatlas.schools;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import de.netzatlas.asset.DemoPlacement;
import de.netzatlas.asset.DemoTimeline;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionService;

/**
 * About 870 synthetic schools (as many as Sachsen-Anhalt has) at real places in proportion to the
 * Gemeinden's population, with a plausible type mix (every Gemeinde with a school has a
 * Grundschule; vocational schools only in towns), pupils by type and a status mix like the
 * programme's state in 2025 (about nine in ten connected). Deterministic for a seed.
 */
public final class SchoolDemoGenerator {

    public static final int COUNT = 870;
    /** The demo data describe this day (fixed, so they are the same on every machine and day). */
    public static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);
    static final LocalDate PROGRAMME_START = LocalDate.of(2018, 12, 4);
    /** Connections per year 2019–2025 (2025 until {@link #AS_OF}). */
    private static final DemoTimeline CONNECTIONS = new DemoTimeline(2019, 4, 9, 13, 17, 19, 21, 17);
    /** When the schools still open in 2025 started planning (2020–2025). */
    private static final DemoTimeline OPEN_STARTS = new DemoTimeline(2020, 1, 1, 2, 3, 3, 1);

    private static final String[] STREETS = {"Schulstraße", "Am Markt", "Bahnhofstraße", "Lindenallee",
            "Goethestraße", "Friedensstraße", "Schillerstraße", "Am Sportplatz", "Kirchplatz", "Karl-Marx-Straße",
            "Breiter Weg", "Parkstraße"};

    private final RegionService regions;
    private final DemoPlacement placement;
    private final long seed;

    public SchoolDemoGenerator(RegionService regions, DemoPlacement placement, long seed) {
        this.regions = regions;
        this.placement = placement;
        this.seed = seed;
    }

    public List<School> generate() {
        Random random = new Random(seed);
        List<School> out = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> vocational = new HashMap<>();
        for (Map.Entry<Region, Integer> e : placement.shareByPopulation(COUNT).entrySet()) {
            Region g = e.getKey();
            for (int i = 0; i < e.getValue(); i++) {
                DemoPlacement.Spot spot = placement.spotIn(g, random, 0.006);
                SchoolType type = i == 0 ? SchoolType.GRUNDSCHULE : type(random, g);
                if (type == SchoolType.BERUFSBILDENDE_SCHULE && vocational.merge(g.ags(), 1, Integer::sum)
                        > Math.max(1, (g.population() == null ? 0 : g.population()) / 60_000)) {
                    type = SchoolType.GYMNASIUM;
                }
                String place = spot.place() == null ? g.name() : spot.place().name();
                String base = type.label() + " " + place;
                int n = names.merge(base, 1, Integer::sum);
                String name = n == 1 ? base : base + " " + n;
                out.add(school(out.size() + 1, name, type, g, spot, random));
            }
        }
        return out;
    }

    private School school(int number, String name, SchoolType type, Region g, DemoPlacement.Spot spot, Random random) {
        double roll = random.nextDouble();
        SchoolStatus status = roll < 0.90 ? SchoolStatus.ANGESCHLOSSEN : roll < 0.93 ? SchoolStatus.IM_BAU
                : roll < 0.95 ? SchoolStatus.BEAUFTRAGT : roll < 0.975 ? SchoolStatus.GEPLANT
                : SchoolStatus.NICHT_ANGESCHLOSSEN;
        StatusHistory<SchoolStatus> h = StatusHistory.of(SchoolStatus.NICHT_ANGESCHLOSSEN, null);
        LocalDate actual = null;
        LocalDate planned = null;
        if (status == SchoolStatus.ANGESCHLOSSEN) {
            // connections spread over the programme years (more in later years), the earlier
            // steps before them, so each report year shows progress against the previous one
            LocalDate connected = CONNECTIONS.day(random, AS_OF.minusDays(10));
            LocalDate building = DemoTimeline.before(random, connected, 60, 260, PROGRAMME_START);
            LocalDate ordered = DemoTimeline.before(random, building, 60, 420, PROGRAMME_START);
            LocalDate planning = DemoTimeline.before(random, ordered, 30, 300, PROGRAMME_START);
            h = h.then(SchoolStatus.GEPLANT, planning).then(SchoolStatus.BEAUFTRAGT, ordered)
                    .then(SchoolStatus.IM_BAU, building).then(SchoolStatus.ANGESCHLOSSEN, connected);
        } else {
            LocalDate d = OPEN_STARTS.day(random, AS_OF.minusDays(200));
            for (SchoolStatus step : List.of(SchoolStatus.GEPLANT, SchoolStatus.BEAUFTRAGT, SchoolStatus.IM_BAU)) {
                if (status.ordinal() < step.ordinal()) {
                    break;
                }
                if (step != SchoolStatus.GEPLANT) {
                    LocalDate next = d.plusDays(60 + random.nextInt(420));
                    if (next.isAfter(AS_OF.minusDays(10))) {
                        LocalDate late = AS_OF.minusDays(10 + random.nextInt(60));
                        next = late.isAfter(d) ? late : d;
                    }
                    d = next;
                }
                h = h.then(step, d);
            }
        }
        if (status == SchoolStatus.ANGESCHLOSSEN) {
            actual = h.currentSince().orElseThrow();
            planned = actual.minusDays(random.nextInt(120)).plusDays(random.nextInt(60));
            if (planned.isBefore(PROGRAMME_START)) {
                planned = PROGRAMME_START.plusDays(30);
            }
        } else if (status != SchoolStatus.NICHT_ANGESCHLOSSEN) {
            // a third of the open ones are overdue
            planned = random.nextInt(3) == 0 ? AS_OF.minusDays(30 + random.nextInt(300))
                    : AS_OF.plusDays(30 + random.nextInt(600));
            LocalDate planningSince = h.reached(SchoolStatus.GEPLANT).orElseThrow();
            if (planned.isBefore(planningSince)) {
                planned = planningSince.plusDays(90);
            }
        }
        boolean connected = status == SchoolStatus.ANGESCHLOSSEN;
        Technology tech = connected ? Technology.GLASFASER : switch (random.nextInt(5)) {
            case 0 -> Technology.KABEL;
            case 1 -> Technology.MOBILFUNK;
            default -> Technology.DSL;
        };
        int down = connected ? 1000 : tech == Technology.KABEL ? 250 : tech == Technology.MOBILFUNK ? 50
                : new int[] {16, 50, 100}[random.nextInt(3)];
        int up = connected ? (type == SchoolType.BERUFSBILDENDE_SCHULE ? 500 : 200) : Math.max(2, down / 10);
        String kreis = regions.byAgs(g.parentAgs()).map(Region::name).orElse("");
        boolean kreisfrei = g.parentAgs() != null && g.parentAgs().length() == 5 && g.parentAgs().startsWith("1500");
        String traeger = type == SchoolType.GRUNDSCHULE || kreisfrei ? (kreisfrei ? "Stadt " : "Gemeinde ") + g.name()
                : "Landkreis " + kreis;
        BigDecimal cost = connected || status == SchoolStatus.IM_BAU || status == SchoolStatus.BEAUFTRAGT
                ? BigDecimal.valueOf(50_000 + random.nextInt(65_000)) : null;
        WlanStatus wlan = WlanStatus.values()[Math.min(3, random.nextInt(5))];
        String place = spot.place() == null ? g.name() : spot.place().name();
        return new School(new UUID(seed, number), String.format("D%04d", number), name, type, traeger,
                STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(40)) + ", " + place,
                g.ags(), spot.point(), pupils(type, random), down, up, School.DEFAULT_TARGET_DOWN,
                School.DEFAULT_TARGET_UP, h, tech, planned, actual, cost,
                cost == null ? null : FundingSource.LAND, wlan, "Demodaten (synthetisch)", true, 0);
    }

    private static SchoolType type(Random random, Region g) {
        boolean town = g.population() != null && g.population() > 20_000;
        double r = random.nextDouble();
        if (r < 0.45) {
            return SchoolType.GRUNDSCHULE;
        } else if (r < 0.60) {
            return SchoolType.SEKUNDARSCHULE;
        } else if (r < 0.66) {
            return SchoolType.GEMEINSCHAFTSSCHULE;
        } else if (r < 0.68) {
            return SchoolType.GESAMTSCHULE;
        } else if (r < 0.80) {
            return SchoolType.GYMNASIUM;
        } else if (r < 0.91) {
            return SchoolType.FOERDERSCHULE;
        } else if (r < 0.97) {
            return town ? SchoolType.BERUFSBILDENDE_SCHULE : SchoolType.GRUNDSCHULE;
        }
        return SchoolType.SONSTIGE;
    }

    private static int pupils(SchoolType type, Random random) {
        int[] range = switch (type) {
            case GRUNDSCHULE -> new int[] {60, 320};
            case SEKUNDARSCHULE -> new int[] {180, 560};
            case GEMEINSCHAFTSSCHULE -> new int[] {250, 700};
            case GESAMTSCHULE -> new int[] {500, 1100};
            case GYMNASIUM -> new int[] {400, 1000};
            case FOERDERSCHULE -> new int[] {40, 160};
            case BERUFSBILDENDE_SCHULE -> new int[] {600, 2500};
            case SONSTIGE -> new int[] {50, 300};
        };
        return range[0] + random.nextInt(range[1] - range[0]);
    }
}
