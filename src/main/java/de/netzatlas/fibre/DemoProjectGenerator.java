package de.netzatlas.fibre;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;

/**
 * About 60 synthetic rollout projects, spread over all Kreise and all statuses, each with
 * milestones, plausible funding shares and a small area inside its Gemeinde. Deterministic: the
 * same seed gives the same projects (ids included).
 */
final class DemoProjectGenerator {

    /** The milestones of every demo project, in the order of the status steps they complete. */
    private static final String[] MILESTONES = {"Markterkundung abgeschlossen", "Zuschlag erteilt",
            "Förderbescheid erhalten", "Spatenstich", "Fertigstellung"};

    static final int COUNT = 60;
    private static final String[] OPERATORS = {"Deutsche Telekom", "DNS:NET", "envia TEL", "MDDSL",
            "Vodafone", "Deutsche Glasfaser", "GVG Glasfaser", "Stadtwerke Netz"};

    private final RegionService regions;
    private final long seed;

    DemoProjectGenerator(RegionService regions, long seed) {
        this.regions = regions;
        this.seed = seed;
    }

    /** {@code withoutFibre}: households per Gemeinde still without FTTB/H in the last demo stand. */
    List<FibreProject> generate(Map<String, Integer> withoutFibre) {
        Random rnd = new Random(seed);
        List<Region> kreise = regions.byLevel(RegionLevel.KREIS);
        ProjectStatus[] statuses = ProjectStatus.values();
        List<FibreProject> out = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            Region kreis = kreise.get(i % kreise.size());
            List<Region> gemeinden = regions.children(kreis.ags());
            Region g = gemeinden.get(rnd.nextInt(gemeinden.size()));
            ProjectStatus status = statuses[(i / kreise.size() * 5 + i) % statuses.length];
            int open = withoutFibre.getOrDefault(g.ags(), 0);
            int households = Math.max(0, (int) Math.round(open * (0.15 + 0.35 * rnd.nextDouble())));
            FundingModel model = i % 4 == 0 ? FundingModel.EIGENWIRTSCHAFTLICH
                    : i % 4 == 3 ? FundingModel.BETREIBERMODELL : FundingModel.WIRTSCHAFTLICHKEITSLUECKE;
            Programme programme = !model.funded() ? Programme.KEINES
                    : i % 5 == 0 ? Programme.LANDESPROGRAMM : Programme.GIGABIT_RICHTLINIE_BUND;
            boolean weak = model.funded() && rnd.nextInt(3) == 0;
            Funding funding = status == ProjectStatus.MARKTERKUNDUNG ? Funding.UNKNOWN
                    : funding(model, weak, households * (2_500 + rnd.nextInt(2_500)));
            int year = status == ProjectStatus.ABGESCHLOSSEN ? 2021 + rnd.nextInt(2) : 2023 + rnd.nextInt(3);
            LocalDate start = LocalDate.of(year, 1 + rnd.nextInt(12), 1);
            LocalDate planned = switch (status) {
                case MARKTERKUNDUNG -> null;
                case AUSWAHLVERFAHREN -> LocalDate.of(2028 + rnd.nextInt(3), 6, 30);
                case FOERDERBESCHEID -> LocalDate.of(2027 + rnd.nextInt(3), 12, 31);
                case BAU -> LocalDate.of(2026 + rnd.nextInt(3), 3 + 3 * rnd.nextInt(4), 1);
                case ABGESCHLOSSEN, ABGEBROCHEN -> start.plusMonths(18 + rnd.nextInt(12));
            };
            LocalDate actual = status == ProjectStatus.ABGESCHLOSSEN ? planned.plusMonths(rnd.nextInt(4)) : null;
            UUID id = new UUID(seed, i);
            out.add(new FibreProject(id, "Demo: Glasfaser " + g.name() + " " + (i / kreise.size() + 1), kreis.ags(),
                    List.of(g.ags()), area(g, rnd), model, programme, OPERATORS[rnd.nextInt(OPERATORS.length)],
                    households, Math.max(0, households / 15), rnd.nextInt(3), funding, weak, status,
                    actual != null ? actual : start.plusMonths(6), start, planned, actual,
                    milestones(id, status, start, planned, actual), "Synthetischer Beispieldatensatz (Demodaten).",
                    true, 0));
        }
        return out;
    }

    private static Funding funding(FundingModel model, boolean weak, long cost) {
        BigDecimal total = BigDecimal.valueOf(cost).setScale(2, RoundingMode.HALF_UP);
        if (!model.funded()) {
            return new Funding(total, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, total);
        }
        BigDecimal bund = total.multiply(weak ? new BigDecimal("0.70") : new BigDecimal("0.50"))
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal operator = total.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal kommune = total.multiply(new BigDecimal("0.02")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal land = total.subtract(bund).subtract(operator).subtract(kommune);
        return new Funding(total, bund, land, kommune, operator);
    }

    private static List<Milestone> milestones(UUID project, ProjectStatus status, LocalDate start, LocalDate planned,
                                              LocalDate actual) {
        String[] names = MILESTONES;
        LocalDate[] dates = {start.minusMonths(18), start.minusMonths(10), start.minusMonths(4), start,
                planned != null ? planned : start.plusMonths(36)};
        int reached = switch (status) {
            case MARKTERKUNDUNG -> 0;
            case AUSWAHLVERFAHREN -> 1;
            case FOERDERBESCHEID -> 3;
            case BAU, ABGEBROCHEN -> 4;
            case ABGESCHLOSSEN -> 5;
        };
        List<Milestone> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            LocalDate done = i < reached ? (i == 4 ? actual : dates[i].plusDays(14)) : null;
            out.add(new Milestone(new UUID(project.getMostSignificantBits() ^ 0x5A5A, project.getLeastSignificantBits() * 8 + i),
                    names[i], dates[i], done));
        }
        return out;
    }

    /**
     * A demo project as it stood on {@code day}, read back from its milestones (the generator
     * marks them done in the order of the status steps): empty before its market survey began,
     * otherwise the status whose milestone was done by then. Lets reports on demo data compare
     * a year with the previous one. Projects not made by this generator come back unchanged.
     */
    static Optional<FibreProject> pictureAt(FibreProject p, LocalDate day) {
        List<Milestone> ms = p.milestones();
        if (!p.demo() || ms.size() != MILESTONES.length || ms.get(0).planned() == null) {
            return Optional.of(p);
        }
        if (day.isBefore(ms.get(0).planned().minusMonths(6))) {
            return Optional.empty();
        }
        int done = 0;
        while (done < ms.size() && ms.get(done).actual() != null && !ms.get(done).actual().isAfter(day)) {
            done++;
        }
        if (p.status() == ProjectStatus.ABGEBROCHEN && p.statusSince() != null && !p.statusSince().isAfter(day)) {
            return Optional.of(p);
        }
        ProjectStatus status = switch (done) {
            case 0 -> ProjectStatus.MARKTERKUNDUNG;
            case 1, 2 -> ProjectStatus.AUSWAHLVERFAHREN;
            case 3 -> ProjectStatus.FOERDERBESCHEID;
            case 4 -> ProjectStatus.BAU;
            default -> ProjectStatus.ABGESCHLOSSEN;
        };
        if (status == p.status()) {
            return Optional.of(p);
        }
        LocalDate since = switch (status) {
            case MARKTERKUNDUNG -> ms.get(0).planned().minusMonths(6);
            case AUSWAHLVERFAHREN -> ms.get(0).actual();
            case FOERDERBESCHEID -> ms.get(2).actual();
            case BAU -> ms.get(3).actual();
            default -> ms.get(4).actual();
        };
        List<Milestone> then = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            Milestone m = ms.get(i);
            then.add(i < done ? m : new Milestone(m.id(), m.name(), m.planned(), null));
        }
        LocalDate actual = status == ProjectStatus.ABGESCHLOSSEN ? p.actualCompletion() : null;
        return Optional.of(p.withStatus(status, since, actual)
                .withFundingAndMilestones(status == ProjectStatus.MARKTERKUNDUNG ? Funding.UNKNOWN : p.funding(),
                        List.copyOf(then)));
    }

    /** A small octagon around a point inside the Gemeinde, clipped to its boundary. */
    private Geometry area(Region g, Random rnd) {
        Geometry boundary = regions.boundary(g.ags()).orElse(null);
        if (boundary == null) {
            return null;
        }
        Point inside = boundary.getInteriorPoint();
        Geometry clipped = inside.buffer(0.006 + 0.01 * rnd.nextDouble(), 2).intersection(boundary);
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(clipped);
        Geometry area = polygons.size() == 1 ? polygons.get(0)
                : ProjectAreas.WGS84.createMultiPolygon(polygons.toArray(Polygon[]::new));
        area.setSRID(4326);
        return area;
    }
}
