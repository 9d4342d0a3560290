package de.netzatlas.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import de.netzatlas.fibre.CoverageFigures;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.fibre.RegionFigures;
import de.netzatlas.report.ReportModel.Chapter;
import de.netzatlas.report.ReportModel.Chart;
import de.netzatlas.report.ReportModel.ChartKind;
import de.netzatlas.report.ReportModel.Column;
import de.netzatlas.report.ReportModel.Document;
import de.netzatlas.report.ReportModel.ItemList;
import de.netzatlas.report.ReportModel.KpiTile;
import de.netzatlas.report.ReportModel.MapFigure;
import de.netzatlas.report.ReportModel.MapPoint;
import de.netzatlas.report.ReportModel.Paragraph;
import de.netzatlas.report.ReportModel.Series;
import de.netzatlas.report.ReportModel.Table;
import de.netzatlas.scenario.FibreTargets;
import de.netzatlas.scenario.ProjectionPoint;

/**
 * Builds the report's document model for a year and a cut-off date from the chapter sources. Reads
 * only (creating a report changes nothing in the database) and is deterministic: the same data and
 * cut-off give the same model. Every KPI is computed here from the sources' plain records, and the
 * method note next to it says how.
 */
public final class ReportAssembler {

    public static final String SUMMARY = "zusammenfassung";
    public static final String FIBRE = "glasfaser";
    public static final String MOBILE = "mobilfunk";
    public static final String SCHOOLS = "schulen";
    public static final String SITES = "itn-xt";
    public static final String OUTLOOK = "ausblick";
    /** Chapters with editable narrative text, in report order, with their titles. */
    public static final Map<String, String> TEXT_CHAPTERS = textChapters();

    public static final String NO_DATA = "Für dieses Kapitel liegen zum Stichtag keine Daten vor.";
    public static final String DEFAULT_ISSUER = "Ministerium für Infrastruktur und Digitales des Landes Sachsen-Anhalt";

    static final int CONNECTED = 0xFF1B7837;
    static final int OPEN = 0xFFD6604D;

    private final ChapterSources sources;
    private final IntFunction<Map<String, String>> narratives;
    private final Supplier<String> issuer;
    private final Function<String, String> regionName;
    private final BooleanSupplier demoPresent;
    private final List<String> attributions;

    /**
     * @param narratives  year → chapter id → text (see {@link ReportTextRepository#texts})
     * @param issuer      the issuing ministry (a setting)
     * @param regionName  AGS → name (Kreise, Gemeinden)
     * @param demoPresent whether any demo data is in the database (then every page says "Demodaten")
     */
    public ReportAssembler(ChapterSources sources, IntFunction<Map<String, String>> narratives, Supplier<String> issuer,
                           Function<String, String> regionName, BooleanSupplier demoPresent, List<String> attributions) {
        this.sources = sources;
        this.narratives = narratives;
        this.issuer = issuer;
        this.regionName = regionName;
        this.demoPresent = demoPresent;
        this.attributions = List.copyOf(attributions);
    }

    private static Map<String, String> textChapters() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("vorwort", "Vorwort");
        m.put(SUMMARY, "Zusammenfassung");
        m.put(FIBRE, "Glasfaser");
        m.put(MOBILE, "Mobilfunk/5G");
        m.put(SCHOOLS, "Schulen ans Netz");
        m.put(SITES, "ITN-XT");
        m.put(OUTLOOK, "Ausblick");
        m.put("impressum", "Impressum");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The model of the report for {@code year} with data as of {@code asOf} (usually 31 Dec of the year). */
    public Document assemble(int year, LocalDate asOf) {
        LocalDate prev = asOf.minusYears(1);
        Optional<FibreChapterSource.Data> fibre = sources.fibre().asOf(asOf);
        Optional<FibreChapterSource.Data> fibrePrev = sources.fibre().asOf(prev);
        Optional<MobileChapterSource.Data> mobile = sources.mobile().asOf(asOf).filter(d -> !d.kreise().isEmpty());
        Optional<MobileChapterSource.Data> mobilePrev = sources.mobile().asOf(prev).filter(d -> !d.kreise().isEmpty());
        Optional<SchoolsChapterSource.Data> schools = sources.schools().asOf(asOf).filter(d -> !d.schools().isEmpty());
        Optional<SchoolsChapterSource.Data> schoolsPrev = sources.schools().asOf(prev)
                .filter(d -> !d.schools().isEmpty());
        Optional<SitesChapterSource.Data> sites = sources.sites().asOf(asOf).filter(d -> !d.sites().isEmpty());
        Optional<SitesChapterSource.Data> sitesPrev = sources.sites().asOf(prev).filter(d -> !d.sites().isEmpty());
        Map<String, String> texts = narratives.apply(year);

        boolean demo = demoPresent.getAsBoolean() || fibre.map(d -> d.stand().demo()).orElse(false)
                || mobile.map(MobileChapterSource.Data::demo).orElse(false)
                || schools.map(SchoolsChapterSource.Data::demo).orElse(false)
                || sites.map(SitesChapterSource.Data::demo).orElse(false);

        List<KpiTile> kpis = List.of(
                gigabitKpi(year, fibre, fibrePrev, prev),
                fttbhKpi(year, fibre, fibrePrev, prev),
                mobileKpi(year, mobile, mobilePrev, prev),
                schoolsKpi(schools, schoolsPrev, prev),
                sitesKpi(sites, sitesPrev, prev),
                fundingKpi(fibre, fibrePrev, prev));

        List<Chapter> chapters = List.of(
                fibre.map(d -> fibreChapter(d, fibrePrev, year, texts)).orElseGet(() -> empty(FIBRE, texts)),
                mobile.map(d -> mobileChapter(d, texts)).orElseGet(() -> empty(MOBILE, texts)),
                schools.map(d -> schoolsChapter(d, asOf, texts)).orElseGet(() -> empty(SCHOOLS, texts)),
                sites.map(d -> sitesChapter(d, asOf, texts)).orElseGet(() -> empty(SITES, texts)),
                fibre.map(d -> outlookChapter(d, texts)).orElseGet(() -> empty(OUTLOOK, texts)));

        return new Document(year, asOf, "Bericht des Landes-CIO " + year, issuer.get(), demo,
                texts.getOrDefault(SUMMARY, ""), kpis, chapters, appendix(chapters, kpis));
    }

    private Chapter empty(String id, Map<String, String> texts) {
        return new Chapter(id, TEXT_CHAPTERS.get(id), texts.getOrDefault(id, ""), false, NO_DATA, List.of(),
                "keine Daten");
    }

    // ------------------------------------------------------------------ KPIs

    private static String change(Double now, Double before, String unit, LocalDate prev) {
        if (now == null) {
            return "";
        }
        if (before == null) {
            return "kein Vorjahreswert (" + Fmt.date(prev) + ")";
        }
        String d = "%".equals(unit) ? Fmt.pp(now - before) : Fmt.signed(Math.round(now - before));
        if ("Mio. €".equals(unit)) {
            d = (now - before >= 0 ? "+" : "−") + Fmt.number(Math.abs(now - before)) + " Mio. €";
        }
        return d + " ggü. " + Fmt.date(prev);
    }

    private static String gap(double percent, double targetPercent, String who, String when) {
        double diff = targetPercent - percent;
        String t = who + " " + Fmt.pct(targetPercent) + " bis " + when + ": ";
        return diff <= 0.05 ? t + "erreicht" : t + "noch " + Fmt.number(diff) + " Pp.";
    }

    private static KpiTile tile(String id, String label, Double value, Double previous, String unit, String text,
                                LocalDate prev, List<String> targets, String method) {
        return new KpiTile(id, label, value, previous, unit, value == null ? "keine Daten" : text,
                change(value, previous, unit, prev), value == null ? List.of() : targets, method);
    }

    private KpiTile gigabitKpi(int year, Optional<FibreChapterSource.Data> now,
                               Optional<FibreChapterSource.Data> before, LocalDate prev) {
        Double v = now.map(d -> 100 * d.land().figures().gigabitShare()).orElse(null);
        Double p = before.map(d -> 100 * d.land().figures().gigabitShare()).orElse(null);
        return tile("gigabit", "Gigabitfähige Anschlüsse", v, p, "%", v == null ? "" : Fmt.pct(v), prev,
                v == null ? List.of() : List.of(gap(v, 100, "Bund", "2030"), gap(v, 100, "Land", "2030")),
                "Haushalte mit ≥ 1 000 Mbit/s (Spalte hh1000) geteilt durch alle Haushalte, summiert über die "
                        + "Gemeinden des letzten Versorgungsstands bis zum Stichtag.");
    }

    private KpiTile fttbhKpi(int year, Optional<FibreChapterSource.Data> now,
                             Optional<FibreChapterSource.Data> before, LocalDate prev) {
        Double v = now.map(d -> 100 * d.land().figures().fttbhShare()).orElse(null);
        Double p = before.map(d -> 100 * d.land().figures().fttbhShare()).orElse(null);
        List<String> targets = new ArrayList<>();
        if (v != null) {
            double interim = FibreTargets.fttbhTarget(year);
            if (!Double.isNaN(interim) && year < FibreTargets.FINAL_YEAR) {
                targets.add(gap(v, 100 * interim, "Zielpfad Bund", "Ende " + year));
            }
            targets.add(gap(v, 100, "Bund", "2030"));
            targets.add(gap(v, 100, "Land", "2030"));
        }
        return tile("fttbh", "Glasfaser (FTTB/H)", v, p, "%", v == null ? "" : Fmt.pct(v), prev, targets,
                "Haushalte, die FTTB oder FTTH buchen können (höchstens alle Haushalte der Gemeinde), geteilt "
                        + "durch alle Haushalte des letzten Versorgungsstands bis zum Stichtag. Zielpfad: 50 % Ende "
                        + "2025, linear bis 100 % Ende 2030 (Gigabitstrategie des Bundes).");
    }

    private static double fiveG(MobileChapterSource.Data d) {
        double area = d.kreise().stream().mapToDouble(MobileChapterSource.KreisArea::areaKm2).sum();
        double g5 = d.kreise().stream().mapToDouble(MobileChapterSource.KreisArea::area5gKm2).sum();
        return area == 0 ? 0 : 100 * g5 / area;
    }

    private KpiTile mobileKpi(int year, Optional<MobileChapterSource.Data> now,
                              Optional<MobileChapterSource.Data> before, LocalDate prev) {
        Double v = now.map(ReportAssembler::fiveG).orElse(null);
        Double p = before.map(ReportAssembler::fiveG).orElse(null);
        return tile("5g", "5G-Flächenversorgung", v, p, "%", v == null ? "" : Fmt.pct(v), prev,
                v == null ? List.of() : List.of(gap(v, 100, "Bund", "2030"), gap(v, 100, "Land", "2030")),
                "Mit 5G (mindestens ein Netzbetreiber) versorgte Fläche geteilt durch die Landesfläche, summiert "
                        + "über die Kreise des Mobilfunkstands bis zum Stichtag.");
    }

    private static double schoolsConnected(SchoolsChapterSource.Data d) {
        return d.schools().stream().filter(SchoolsChapterSource.School::connected).count();
    }

    private KpiTile schoolsKpi(Optional<SchoolsChapterSource.Data> now, Optional<SchoolsChapterSource.Data> before,
                               LocalDate prev) {
        Double v = now.map(ReportAssembler::schoolsConnected).orElse(null);
        Double p = before.map(ReportAssembler::schoolsConnected).orElse(null);
        String text = now.map(d -> Fmt.count(Math.round(schoolsConnected(d))) + " von " + Fmt.count(d.schools().size()))
                .orElse("");
        List<String> targets = now.map(d -> List.of(gap(100 * schoolsConnected(d) / d.schools().size(), 100,
                "Land (Schulen ans Netz)", "2022"))).orElse(List.of());
        return tile("schulen", "Schulen mit Glasfaser", v, p, "Schulen", text, prev, targets,
                "Schulen, deren Anschluss zum Stichtag in Betrieb ist, gezählt aus dem Schulregister.");
    }

    private static double migrated(SitesChapterSource.Data d) {
        return d.sites().stream().filter(SitesChapterSource.Site::migrated).count();
    }

    private KpiTile sitesKpi(Optional<SitesChapterSource.Data> now, Optional<SitesChapterSource.Data> before,
                             LocalDate prev) {
        Double v = now.map(ReportAssembler::migrated).orElse(null);
        Double p = before.map(ReportAssembler::migrated).orElse(null);
        String text = now.map(d -> Fmt.count(Math.round(migrated(d))) + " von " + Fmt.count(d.sites().size()))
                .orElse("");
        List<String> targets = now.map(d -> List.of(gap(100 * migrated(d) / d.sites().size(), 100,
                "Land (alle Standorte)", "Migrationsende"))).orElse(List.of());
        return tile("itn-xt", "ITN-XT-Standorte migriert", v, p, "Standorte", text, prev, targets,
                "Standorte des Landesdatennetzes, die zum Stichtag auf ITN-XT migriert sind, aus dem "
                        + "Standortregister.");
    }

    /** Bund + Land shares of funded projects with a Förderbescheid (or further) at the cut-off, in euros. */
    static double approvedFunding(List<FibreProject> projects) {
        BigDecimal sum = BigDecimal.ZERO;
        for (FibreProject p : projects) {
            if (p.model().funded() && (p.status() == ProjectStatus.FOERDERBESCHEID || p.status() == ProjectStatus.BAU
                    || p.status() == ProjectStatus.ABGESCHLOSSEN)) {
                sum = sum.add(nz(p.funding().bund())).add(nz(p.funding().land()));
            }
        }
        return sum.doubleValue();
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    private KpiTile fundingKpi(Optional<FibreChapterSource.Data> now, Optional<FibreChapterSource.Data> before,
                               LocalDate prev) {
        Double v = now.filter(d -> !d.projects().isEmpty()).map(d -> approvedFunding(d.projects()) / 1e6).orElse(null);
        Double p = before.filter(d -> !d.projects().isEmpty()).map(d -> approvedFunding(d.projects()) / 1e6)
                .orElse(null);
        return tile("foerderung", "Bewilligte Fördermittel", v, p, "Mio. €",
                v == null ? "" : Fmt.number(v) + " Mio. €", prev,
                v == null ? List.of() : List.of("kein Zielwert festgelegt"),
                "Summe der Bundes- und Landesanteile aller geförderten Projekte, die zum Stichtag (Stand laut "
                        + "Änderungsprotokoll) einen Förderbescheid haben, im Bau oder abgeschlossen sind.");
    }

    // ------------------------------------------------------------------ chapters

    private String name(String ags) {
        String n = regionName.apply(ags);
        return n == null ? ags : n;
    }

    private Chapter fibreChapter(FibreChapterSource.Data d, Optional<FibreChapterSource.Data> prev, int year,
                                 Map<String, String> texts) {
        List<ReportModel.Block> blocks = new ArrayList<>();
        CoverageFigures land = d.land().figures();
        blocks.add(new Paragraph("Grundlage ist der Versorgungsstand vom " + Fmt.date(d.stand().date())
                + (d.stand().demo() ? " (Demodaten)" : "") + ": Von " + Fmt.count(land.households())
                + " Haushalten können " + Fmt.count(land.fttbh()) + " (" + Fmt.share(land.fttbhShare())
                + ") einen Glasfaseranschluss (FTTB/H) buchen, " + Fmt.count(land.gigabit()) + " ("
                + Fmt.share(land.gigabitShare()) + ") einen gigabitfähigen Anschluss."));
        Map<String, Double> byGemeinde = new TreeMap<>();
        d.gemeinden().forEach(g -> byGemeinde.put(g.region().ags(), 100 * g.figures().fttbhShare()));
        blocks.add(new MapFigure("fibre-map", "Abbildung: Glasfaserversorgung (FTTB/H) je Gemeinde, Stand "
                + Fmt.date(d.stand().date()), "FTTB/H-Anteil der Haushalte in %", byGemeinde, "0", List.of(),
                Map.of()));

        Map<String, CoverageFigures> before = new TreeMap<>();
        prev.ifPresent(p -> p.kreise().forEach(k -> before.put(k.region().ags(), k.figures())));
        List<List<String>> rows = new ArrayList<>();
        for (RegionFigures k : d.kreise()) {
            CoverageFigures f = k.figures();
            CoverageFigures b = before.get(k.region().ags());
            rows.add(List.of(k.region().name(), Fmt.count(f.households()), Fmt.share(f.gigabitShare()),
                    Fmt.share(f.fttbhShare()), Fmt.share(f.whiteSpotShare()),
                    b == null ? "–" : Fmt.pp(100 * (f.fttbhShare() - b.fttbhShare()))));
        }
        CoverageFigures lb = prev.map(p -> p.land().figures()).orElse(null);
        blocks.add(new Table("Glasfaser je Kreis", "Tabelle: Breitbandversorgung je Kreis, Stand "
                + Fmt.date(d.stand().date()),
                List.of(Column.left("Kreis / kreisfreie Stadt"), Column.right("Haushalte"), Column.right("Gigabit"),
                        Column.right("FTTB/H"), Column.right("unter 30 Mbit/s"), Column.right("Δ FTTB/H ggü. Vorjahr")),
                rows, List.of("Sachsen-Anhalt", Fmt.count(land.households()), Fmt.share(land.gigabitShare()),
                        Fmt.share(land.fttbhShare()), Fmt.share(land.whiteSpotShare()),
                        lb == null ? "–" : Fmt.pp(100 * (land.fttbhShare() - lb.fttbhShare())))));

        List<String> years = new ArrayList<>();
        List<Double> gig = new ArrayList<>();
        List<Double> fib = new ArrayList<>();
        List<Double> target = new ArrayList<>();
        for (FibreChapterSource.StandFigures s : d.history()) {
            years.add(String.valueOf(s.stand().date().getYear()));
            gig.add(100 * s.land().figures().gigabitShare());
            fib.add(100 * s.land().figures().fttbhShare());
            double t = FibreTargets.fttbhTarget(s.stand().date().getYear());
            target.add(Double.isNaN(t) ? null : 100 * t);
        }
        blocks.add(new Chart("fibre-trend", "Abbildung: Entwicklung der Versorgung in Sachsen-Anhalt",
                ChartKind.LINE, "Anteil der Haushalte in %", years, List.of(new Series("Gigabit", gig, false),
                new Series("FTTB/H", fib, false), new Series("Ziel FTTB/H (Bund)", target, true)), true));

        Map<ProjectStatus, long[]> byStatus = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus s : ProjectStatus.values()) {
            byStatus.put(s, new long[2]);
        }
        Map<ProjectStatus, Double> funds = new EnumMap<>(ProjectStatus.class);
        for (FibreProject p : d.projects()) {
            long[] a = byStatus.get(p.status());
            a[0]++;
            a[1] += p.households();
            funds.merge(p.status(), nz(p.funding().bund()).add(nz(p.funding().land())).doubleValue(), Double::sum);
        }
        List<List<String>> statusRows = new ArrayList<>();
        long n = 0;
        long hh = 0;
        double total = 0;
        for (ProjectStatus s : ProjectStatus.values()) {
            long[] a = byStatus.get(s);
            double f = funds.getOrDefault(s, 0.0);
            statusRows.add(List.of(s.label(), Fmt.count(a[0]), Fmt.count(a[1]), Fmt.millions(f)));
            n += a[0];
            hh += a[1];
            total += f;
        }
        blocks.add(new Table("Projekte nach Status", "Tabelle: Ausbauprojekte nach Status zum Stichtag",
                List.of(Column.left("Status"), Column.right("Projekte"), Column.right("Haushalte"),
                        Column.right("Bund + Land")),
                statusRows, List.of("Summe", Fmt.count(n), Fmt.count(hh), Fmt.millions(total))));
        List<List<String>> running = new ArrayList<>();
        d.projects().stream().filter(p -> p.status().isRunning())
                .sorted(java.util.Comparator.comparing((FibreProject p) -> name(p.kreisAgs()))
                        .thenComparing(FibreProject::name).thenComparing(FibreProject::id))
                .forEach(p -> running.add(List.of(p.name(), name(p.kreisAgs()), p.status().label(),
                        Fmt.count(p.households()), Fmt.date(p.plannedCompletion()))));
        blocks.add(new Table("Laufende Projekte", "Tabelle: Laufende Ausbauprojekte (Auswahlverfahren, "
                + "Förderbescheid, Bau)", List.of(Column.left("Projekt"), Column.left("Kreis"), Column.left("Status"),
                Column.right("Haushalte"), Column.right("Fertigstellung geplant")), running, List.of()));
        List<String> completed = d.projects().stream()
                .filter(p -> p.status() == ProjectStatus.ABGESCHLOSSEN && p.actualCompletion() != null
                        && p.actualCompletion().getYear() == year)
                .map(p -> p.name() + " (" + name(p.kreisAgs()) + ", " + Fmt.count(p.households())
                        + " Haushalte, abgeschlossen am " + Fmt.date(p.actualCompletion()) + ")")
                .toList();
        blocks.add(new ItemList("Im Berichtsjahr abgeschlossene Projekte", completed,
                "Im Berichtsjahr wurde kein Projekt abgeschlossen."));
        return new Chapter(FIBRE, TEXT_CHAPTERS.get(FIBRE), texts.getOrDefault(FIBRE, ""), true, NO_DATA, blocks,
                "Versorgungsstand " + Fmt.date(d.stand().date()) + " (" + d.stand().source()
                        + (d.stand().demo() ? ", Demodaten" : "") + "); " + d.projects().size()
                        + " Projekte im Stand laut Änderungsprotokoll zum Stichtag");
    }

    private Chapter mobileChapter(MobileChapterSource.Data d, Map<String, String> texts) {
        List<ReportModel.Block> blocks = new ArrayList<>();
        Map<String, Double> values = new TreeMap<>();
        List<List<String>> rows = new ArrayList<>();
        double area = 0;
        double a5 = 0;
        double a4 = 0;
        for (MobileChapterSource.KreisArea k : d.kreise()) {
            values.put(k.kreisAgs(), k.areaKm2() == 0 ? 0 : 100 * k.area5gKm2() / k.areaKm2());
            rows.add(List.of(name(k.kreisAgs()), Fmt.number(k.areaKm2()),
                    Fmt.pct(k.areaKm2() == 0 ? 0 : 100 * k.area4gKm2() / k.areaKm2()),
                    Fmt.pct(k.areaKm2() == 0 ? 0 : 100 * k.area5gKm2() / k.areaKm2())));
            area += k.areaKm2();
            a5 += k.area5gKm2();
            a4 += k.area4gKm2();
        }
        Map<String, Integer> cats = new LinkedHashMap<>();
        cats.put("5G", 0xFF2166AC);
        cats.put("4G", 0xFF92C5DE);
        List<MapPoint> points = d.sites().stream()
                .map(s -> new MapPoint(s.id(), s.operator(), s.lat(), s.lon(), "5G".equals(s.technology()) ? "5G" : "4G"))
                .toList();
        blocks.add(new MapFigure("mobile-map", "Abbildung: 5G-Flächenversorgung je Kreis und Standorte, Stand "
                + Fmt.date(d.stand()), "5G-Flächenanteil in %", values, "0", points, cats));
        blocks.add(new Table("Mobilfunk je Kreis", "Tabelle: Mobilfunkversorgung je Kreis (Fläche)",
                List.of(Column.left("Kreis / kreisfreie Stadt"), Column.right("Fläche km²"), Column.right("4G"),
                        Column.right("5G")), rows,
                List.of("Sachsen-Anhalt", Fmt.number(area), Fmt.pct(area == 0 ? 0 : 100 * a4 / area),
                        Fmt.pct(area == 0 ? 0 : 100 * a5 / area))));
        List<String> cats2 = new ArrayList<>();
        List<Double> v5 = new ArrayList<>();
        values.forEach((k, v) -> {
            cats2.add(name(k));
            v5.add(v);
        });
        blocks.add(new Chart("mobile-bar", "Abbildung: 5G-Flächenanteil je Kreis", ChartKind.BAR, "Anteil in %",
                cats2, List.of(new Series("5G", v5, false)), true));
        List<String> weak = new ArrayList<>();
        values.forEach((k, v) -> {
            if (v < 95) {
                weak.add(name(k) + ": " + Fmt.pct(v));
            }
        });
        blocks.add(new ItemList("Kreise unter 95 % 5G-Flächenversorgung", weak, "Alle Kreise liegen bei 95 % oder mehr."));
        return new Chapter(MOBILE, TEXT_CHAPTERS.get(MOBILE), texts.getOrDefault(MOBILE, ""), true, NO_DATA, blocks,
                "Mobilfunkstand " + Fmt.date(d.stand()) + " (" + d.source() + (d.demo() ? ", Demodaten" : "") + ")");
    }

    private <T> Chapter registerChapter(String id, String noun, LocalDate stand, String source, boolean demo,
                                        List<T> items, Function<T, Boolean> done, Function<T, String> kreis,
                                        Function<T, MapPoint> point, Function<T, OpenItemsTable.Item> openItem,
                                        OpenItemsTable.Wording wording, LocalDate asOf, String doneWord,
                                        String openWord, Map<String, String> texts) {
        List<ReportModel.Block> blocks = new ArrayList<>();
        Map<String, Integer> cats = new LinkedHashMap<>();
        cats.put(doneWord, CONNECTED);
        cats.put(openWord, OPEN);
        blocks.add(new MapFigure(id + "-map", "Abbildung: " + noun + " nach Status, Stand " + Fmt.date(stand), "", Map.of(), "0",
                items.stream().map(point).toList(), cats));
        Map<String, long[]> byKreis = new TreeMap<>();
        for (T t : items) {
            long[] a = byKreis.computeIfAbsent(kreis.apply(t), k -> new long[2]);
            a[0]++;
            if (done.apply(t)) {
                a[1]++;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> cat = new ArrayList<>();
        List<Double> doneV = new ArrayList<>();
        List<Double> openV = new ArrayList<>();
        long all = 0;
        long ok = 0;
        for (Map.Entry<String, long[]> e : byKreis.entrySet()) {
            long[] a = e.getValue();
            rows.add(List.of(name(e.getKey()), Fmt.count(a[0]), Fmt.count(a[1]), Fmt.count(a[0] - a[1]),
                    Fmt.share((double) a[1] / a[0])));
            cat.add(name(e.getKey()));
            doneV.add((double) a[1]);
            openV.add((double) (a[0] - a[1]));
            all += a[0];
            ok += a[1];
        }
        blocks.add(new Table(noun + " je Kreis", "Tabelle: " + noun + " je Kreis",
                List.of(Column.left("Kreis / kreisfreie Stadt"), Column.right(noun), Column.right(doneWord),
                        Column.right(openWord), Column.right("Anteil")), rows,
                List.of("Sachsen-Anhalt", Fmt.count(all), Fmt.count(ok), Fmt.count(all - ok),
                        Fmt.share(all == 0 ? 0 : (double) ok / all))));
        blocks.add(new Chart(id + "-bar", "Abbildung: " + noun + " je Kreis nach Status", ChartKind.BAR, "Anzahl",
                cat, List.of(new Series(doneWord, doneV, false), new Series(openWord, openV, false)), false));
        blocks.add(OpenItemsTable.table(wording, items.stream().filter(t -> !done.apply(t)).map(openItem).toList(),
                asOf));
        return new Chapter(id, TEXT_CHAPTERS.get(id), texts.getOrDefault(id, ""), true, NO_DATA, blocks,
                "Stand " + Fmt.date(stand) + " (" + source + (demo ? ", Demodaten" : "") + ")");
    }

    static final OpenItemsTable.Wording OPEN_SCHOOLS = new OpenItemsTable.Wording("Schulen – offen", "Schule",
            "Gemeinde", "geplanter Anschluss", "Schule", "Schulen", "noch nicht angeschlossen", "angeschlossen");
    static final OpenItemsTable.Wording OPEN_SITES = new OpenItemsTable.Wording("Standorte – offen", "Standort",
            "Behörde/Dienststelle", "geplante Migration", "Standort", "Standorte", "noch nicht migriert", "migriert");

    private Chapter schoolsChapter(SchoolsChapterSource.Data d, LocalDate asOf, Map<String, String> texts) {
        return registerChapter(SCHOOLS, "Schulen", d.stand(), d.source(), d.demo(), d.schools(),
                SchoolsChapterSource.School::connected, SchoolsChapterSource.School::kreisAgs,
                s -> new MapPoint(s.id(), s.name(), s.lat(), s.lon(), s.connected() ? "angeschlossen" : "offen"),
                s -> new OpenItemsTable.Item(s.name(), name(s.gemeindeAgs()), name(s.kreisAgs()), s.status(),
                        s.planned()), OPEN_SCHOOLS, asOf, "angeschlossen", "offen", texts);
    }

    private Chapter sitesChapter(SitesChapterSource.Data d, LocalDate asOf, Map<String, String> texts) {
        return registerChapter(SITES, "Standorte", d.stand(), d.source(), d.demo(), d.sites(),
                SitesChapterSource.Site::migrated, SitesChapterSource.Site::kreisAgs,
                s -> new MapPoint(s.id(), s.name(), s.lat(), s.lon(), s.migrated() ? "migriert" : "offen"),
                s -> new OpenItemsTable.Item(s.name(), s.authority(), name(s.kreisAgs()), s.status(), s.planned()),
                OPEN_SITES, asOf, "migriert", "offen", texts);
    }

    private Chapter outlookChapter(FibreChapterSource.Data d, Map<String, String> texts) {
        List<ReportModel.Block> blocks = new ArrayList<>();
        List<ProjectionPoint> land = d.projection().stream().filter(p -> p.level() == ProjectionPoint.Level.LAND)
                .toList();
        blocks.add(new Paragraph("Die Projektion schreibt den Versorgungsstand vom " + Fmt.date(d.stand().date())
                + " mit den zum Stichtag bekannten Projekten fort: abgeschlossene Projekte zum tatsächlichen, laufende "
                + "(Auswahlverfahren, Förderbescheid, Bau) zum geplanten Fertigstellungsdatum. Projekte in der "
                + "Markterkundung und eigenwirtschaftlicher Ausbau ohne Projekt sind nicht enthalten; die Werte "
                + "sind daher eine Untergrenze."));
        List<String> years = new ArrayList<>();
        List<Double> fib = new ArrayList<>();
        List<Double> gig = new ArrayList<>();
        List<Double> target = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (ProjectionPoint p : land) {
            years.add(String.valueOf(p.year()));
            fib.add(100 * p.fttbhShare());
            gig.add(100 * p.gigabitShare());
            target.add(p.hasTarget() ? 100 * p.targetShare() : null);
            rows.add(List.of(String.valueOf(p.year()), Fmt.share(p.gigabitShare()), Fmt.share(p.fttbhShare()),
                    p.hasTarget() ? Fmt.share(p.targetShare()) : "–", p.hasTarget() ? Fmt.count(p.gapHouseholds()) : "–"));
        }
        blocks.add(new Chart("outlook", "Abbildung: Projektion der Versorgung bis 2030 gegenüber dem Zielpfad",
                ChartKind.LINE, "Anteil der Haushalte in %", years, List.of(new Series("Gigabit (Projektion)", gig, false),
                new Series("FTTB/H (Projektion)", fib, false), new Series("Ziel FTTB/H (Bund)", target, true)), true));
        blocks.add(new Table("Projektion Land", "Tabelle: Projektion für Sachsen-Anhalt (jeweils Jahresende)",
                List.of(Column.left("Jahr"), Column.right("Gigabit"), Column.right("FTTB/H"), Column.right("Ziel FTTB/H"),
                        Column.right("Fehlende Haushalte")), rows, List.of()));
        int last = land.isEmpty() ? ServiceFibreChapterSource.PROJECTION_YEAR : land.get(land.size() - 1).year();
        List<List<String>> kreisRows = new ArrayList<>();
        d.projection().stream().filter(p -> p.level() == ProjectionPoint.Level.KREIS && p.year() == last)
                .sorted(java.util.Comparator.comparing(ProjectionPoint::ags))
                .forEach(p -> kreisRows.add(List.of(name(p.ags()), Fmt.count(p.households()), Fmt.share(p.fttbhShare()),
                        Fmt.count(p.gapHouseholds()))));
        blocks.add(new Table("Projektion " + last + " je Kreis", "Tabelle: Projizierte Glasfaserversorgung "
                + last + " je Kreis und Abstand zum Ziel", List.of(Column.left("Kreis / kreisfreie Stadt"),
                Column.right("Haushalte"), Column.right("FTTB/H " + last), Column.right("Fehlende Haushalte")),
                kreisRows, List.of()));
        return new Chapter(OUTLOOK, TEXT_CHAPTERS.get(OUTLOOK), texts.getOrDefault(OUTLOOK, ""), true, NO_DATA,
                blocks, "Projektion ab Versorgungsstand " + Fmt.date(d.stand().date()));
    }

    private ReportModel.Appendix appendix(List<Chapter> chapters, List<KpiTile> kpis) {
        List<Map.Entry<String, String>> stands = new ArrayList<>();
        chapters.forEach(c -> stands.add(Map.entry(c.title(), c.dataStand())));
        List<Map.Entry<String, String>> methods = new ArrayList<>();
        kpis.forEach(k -> methods.add(Map.entry(k.label(), k.method())));
        methods.add(Map.entry("Stichtag", "Maßgeblich ist der Datenstand am Ende des Stichtags (Europe/Berlin): der "
                + "letzte Versorgungsstand mit Datum am oder vor dem Stichtag und der Zustand jedes Projekts laut "
                + "Änderungsprotokoll zu diesem Zeitpunkt. Später erfasste Änderungen bleiben unberücksichtigt."));
        methods.add(Map.entry("Offene Schulen und Standorte, überfällig", "Die Tabellen „Schulen – offen“ und "
                + "„Standorte – offen“ nennen jede Schule, die laut Statushistorie am Stichtag nicht angeschlossen, "
                + "und jeden Standort, der am Stichtag nicht auf ITN-XT migriert war, mit dem Status an diesem Tag und "
                + "dem geplanten Anschluss- bzw. Migrationsdatum im Datenstand zum Stichtag. Überfällig ist ein "
                + "Eintrag, dessen geplantes Datum vor dem Stichtag liegt; ohne geplantes Datum gilt ein Eintrag "
                + "nicht als überfällig. Sortiert nach Kreis, geplantem Datum (ohne Datum zuletzt) und Name."));
        methods.add(Map.entry("Veränderung", "Differenz zum Wert am gleichen Stichtag des Vorjahres, bei Anteilen in "
                + "Prozentpunkten (Pp.)."));
        List<Map.Entry<String, String>> glossary = List.of(
                Map.entry("AGS", "Amtlicher Gemeindeschlüssel (8 Stellen Gemeinde, 5 Stellen Kreis)."),
                Map.entry("FTTB/H", "Fibre to the Building/Home: Glasfaser bis ins Gebäude bzw. in die Wohnung."),
                Map.entry("Gigabitfähig", "Anschluss mit mindestens 1 000 Mbit/s im Download (Glasfaser oder "
                        + "Kabelnetz DOCSIS 3.1)."),
                Map.entry("Graue Flecken", "Gebiete mit weniger als 100 Mbit/s."),
                Map.entry("ITN-XT", "Informationstechnisches Netz des Landes Sachsen-Anhalt (Landesdatennetz) für "
                        + "Behörden-, Schul- und Kommunalstandorte."),
                Map.entry("Pp.", "Prozentpunkte: Differenz zweier Prozentwerte."),
                Map.entry("Weiße Flecken", "Gebiete mit weniger als 30 Mbit/s."),
                Map.entry("Wirtschaftlichkeitslücke", "Fördermodell, bei dem die öffentliche Hand die Lücke "
                        + "zwischen Kosten und Erlösen des Netzbetreibers deckt."));
        return new ReportModel.Appendix(attributions, stands, methods, glossary);
    }
}
