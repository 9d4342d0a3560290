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
    private final List<String> attributions;

    /**
     * @param narratives  year → chapter id → text (see {@link ReportTextRepository#texts})
     * @param issuer      the issuing ministry (a setting)
     * @param regionName  AGS → name (Kreise, Gemeinden)
     */
    public ReportAssembler(ChapterSources sources, IntFunction<Map<String, String>> narratives, Supplier<String> issuer,
                           Function<String, String> regionName, List<String> attributions) {
        this.sources = sources;
        this.narratives = narratives;
        this.issuer = issuer;
        this.regionName = regionName;
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
        // a year-on-year change needs two different stands of the same kind (never demo against real)
        Optional<FibreChapterSource.Data> fibrePrev = sources.fibre().asOf(prev)
                .filter(p -> fibre.isEmpty() || comparable(fibre.get(), p));
        Optional<MobileChapterSource.Data> mobile = sources.mobile().asOf(asOf).filter(d -> !d.kreise().isEmpty());
        Optional<MobileChapterSource.Data> mobilePrev = sources.mobile().asOf(prev).filter(d -> !d.kreise().isEmpty())
                .filter(p -> mobile.isEmpty() || p.demo() == mobile.get().demo());
        Optional<SchoolsChapterSource.Data> schools = sources.schools().asOf(asOf).filter(d -> !d.schools().isEmpty());
        Optional<SchoolsChapterSource.Data> schoolsPrev = sources.schools().asOf(prev)
                .filter(d -> !d.schools().isEmpty()).filter(p -> schools.isEmpty() || p.demo() == schools.get().demo());
        Optional<SitesChapterSource.Data> sites = sources.sites().asOf(asOf).filter(d -> !d.sites().isEmpty());
        Optional<SitesChapterSource.Data> sitesPrev = sources.sites().asOf(prev).filter(d -> !d.sites().isEmpty())
                .filter(p -> sites.isEmpty() || p.demo() == sites.get().demo());
        Map<String, String> texts = narratives.apply(year);

        List<String> demoDomains = new ArrayList<>();
        if (fibre.map(d -> d.stand().demo()).orElse(false)) {
            demoDomains.add(TEXT_CHAPTERS.get(FIBRE));
        }
        if (mobile.map(MobileChapterSource.Data::demo).orElse(false)) {
            demoDomains.add(TEXT_CHAPTERS.get(MOBILE));
        }
        if (schools.map(SchoolsChapterSource.Data::demo).orElse(false)) {
            demoDomains.add(TEXT_CHAPTERS.get(SCHOOLS));
        }
        if (sites.map(SitesChapterSource.Data::demo).orElse(false)) {
            demoDomains.add(TEXT_CHAPTERS.get(SITES));
        }
        Optional<SchoolsChapterSource.Data> schoolsAtTarget = asOf.isAfter(SCHOOLS_TARGET_DATE)
                ? sources.schools().asOf(SCHOOLS_TARGET_DATE).filter(d -> !d.schools().isEmpty())
                        .filter(p -> schools.isEmpty() || p.demo() == schools.get().demo())
                : Optional.empty();

        List<KpiTile> kpis = List.of(
                gigabitKpi(year, fibre, fibrePrev, prev),
                fttbhKpi(year, fibre, fibrePrev, prev),
                mobileKpi(year, mobile, mobilePrev, prev),
                schoolsKpi(schools, schoolsPrev, prev, asOf, schoolsAtTarget),
                sitesKpi(sites, sitesPrev, prev),
                fundingKpi(fibre, fibrePrev, prev));

        List<Chapter> chapters = List.of(
                fibre.map(d -> fibreChapter(d, fibrePrev, year, asOf, texts)).orElseGet(() -> empty(FIBRE, texts)),
                mobile.map(d -> mobileChapter(d, mobilePrev, texts)).orElseGet(() -> empty(MOBILE, texts)),
                schools.map(d -> schoolsChapter(d, previousDone(schoolsPrev.map(SchoolsChapterSource.Data::schools),
                        SchoolsChapterSource.School::kreisAgs, SchoolsChapterSource.School::connected), asOf, texts))
                        .orElseGet(() -> empty(SCHOOLS, texts)),
                sites.map(d -> sitesChapter(d, previousDone(sitesPrev.map(SitesChapterSource.Data::sites),
                        SitesChapterSource.Site::kreisAgs, SitesChapterSource.Site::migrated), asOf, texts))
                        .orElseGet(() -> empty(SITES, texts)),
                fibre.map(d -> outlookChapter(d, texts)).orElseGet(() -> empty(OUTLOOK, texts)));

        return new Document(year, asOf, "Bericht des Landes-CIO " + year, issuer.get(), !demoDomains.isEmpty(),
                texts.getOrDefault(SUMMARY, ""), kpis, chapters, appendix(chapters, kpis, demoDomains), demoDomains,
                basis(fibre, mobile, schools, sites), texts.getOrDefault("vorwort", ""),
                texts.getOrDefault("impressum", ""));
    }

    private static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    /** The records behind the figures, per chapter: label → state on the cut-off day (for "report diff"). */
    private Map<String, Map<String, String>> basis(Optional<FibreChapterSource.Data> fibre,
                                                   Optional<MobileChapterSource.Data> mobile,
                                                   Optional<SchoolsChapterSource.Data> schools,
                                                   Optional<SitesChapterSource.Data> sites) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        fibre.ifPresent(d -> {
            Map<String, String> m = new TreeMap<>();
            String stand = "Stand " + Fmt.date(d.stand().date());
            for (RegionFigures g : d.gemeinden()) {
                CoverageFigures f = g.figures();
                m.put("Versorgung " + g.region().name() + " (" + g.region().ags() + ")", stand + ": "
                        + Fmt.count(f.households()) + " Haushalte, FTTB/H " + Fmt.count(f.fttbh()) + ", Gigabit "
                        + Fmt.count(f.gigabit()));
            }
            for (FibreProject p : d.projects()) {
                m.put("Projekt " + p.name() + " (" + shortId(p.id().toString()) + ")", p.status().label()
                        + ", " + Fmt.count(p.households()) + " Haushalte, Bund + Land "
                        + Fmt.millions(nz(p.funding().bund()).add(nz(p.funding().land())).doubleValue())
                        + (p.plannedCompletion() == null ? "" : ", geplant " + Fmt.date(p.plannedCompletion())));
            }
            out.put(FIBRE, m);
        });
        mobile.ifPresent(d -> {
            Map<String, String> m = new TreeMap<>();
            d.sites().forEach(s -> m.put("Mobilfunkstandort " + shortId(s.id()) + " (" + s.operator() + ")",
                    s.technology() + " in Betrieb"));
            out.put(MOBILE, m);
        });
        schools.ifPresent(d -> {
            Map<String, String> m = new TreeMap<>();
            d.schools().forEach(s -> m.put("Schule " + s.name() + " (" + shortId(s.id()) + ")", s.status()
                    + (s.connectedOn() == null ? "" : " seit " + Fmt.date(s.connectedOn()))));
            out.put(SCHOOLS, m);
        });
        sites.ifPresent(d -> {
            Map<String, String> m = new TreeMap<>();
            d.sites().forEach(s -> m.put("Standort " + s.name() + " (" + shortId(s.id()) + ")", s.status()
                    + (s.migratedOn() == null ? "" : " seit " + Fmt.date(s.migratedOn()))));
            out.put(SITES, m);
        });
        return out;
    }

    /** The Land-wide school target of "Schulen ans Netz": every school connected by the end of 2022. */
    static final LocalDate SCHOOLS_TARGET_DATE = LocalDate.of(2022, 12, 31);

    /** Two coverage data sets can be compared: different stands of the same kind covering the same Gemeinden. */
    private static boolean comparable(FibreChapterSource.Data now, FibreChapterSource.Data before) {
        return !before.stand().id().equals(now.stand().id()) && before.stand().demo() == now.stand().demo()
                && before.extent().gemeinden() == now.extent().gemeinden()
                && before.extent().partial() == now.extent().partial();
    }

    /** "Sachsen-Anhalt", or for a partial stand "Teilbestand: 14 von 218 Gemeinden, 34 % der Haushalte". */
    static String landLabel(FibreChapterSource.Extent e) {
        if (!e.partial()) {
            return "Sachsen-Anhalt";
        }
        return "Teilbestand: " + Fmt.count(e.gemeinden()) + " von " + Fmt.count(e.gemeindenTotal()) + " Gemeinden, "
                + householdShare(e) + " der Haushalte";
    }

    /** A homes count, or "–" where the stand reports none (never a 0 for "keine Daten"). */
    private static String homes(long n) {
        return n == 0 ? "–" : Fmt.count(n);
    }

    /** Homes connected per home passed. */
    private static String takeUp(CoverageFigures f) {
        return f.homesPassed() == 0 || f.homesConnected() == 0 ? "–"
                : Fmt.share((double) f.homesConnected() / f.homesPassed());
    }

    /** "34 %": the covered Gemeinden's share of the Land's households, whole per cent. */
    private static String householdShare(FibreChapterSource.Extent e) {
        return Fmt.count(Math.round(100 * e.householdShare())) + " %";
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

    /** The target notes of a coverage KPI: a partial stand cannot say how far the Land is from a target. */
    private static List<String> coverageTargets(FibreChapterSource.Data d, List<String> targets) {
        if (d.extent().partial()) {
            return List.of(landLabel(d.extent()), "Abstand des Landes zum Ziel nicht bestimmbar");
        }
        return targets;
    }

    private static String coverageText(FibreChapterSource.Data d, double v) {
        return Fmt.pct(v); // a partial stand says so in the first note under the value
    }

    private KpiTile gigabitKpi(int year, Optional<FibreChapterSource.Data> now,
                               Optional<FibreChapterSource.Data> before, LocalDate prev) {
        Double v = now.map(d -> 100 * d.land().figures().gigabitShare()).orElse(null);
        Double p = before.map(d -> 100 * d.land().figures().gigabitShare()).orElse(null);
        return tile("gigabit", "Gigabitfähige Anschlüsse", v, p, "%", now.map(d -> coverageText(d, v)).orElse(""),
                prev, now.map(d -> coverageTargets(d, List.of(gap(v, 100, "Bund", "2030"), gap(v, 100, "Land", "2030"))))
                        .orElse(List.of()),
                "Haushalte mit ≥ 1 000 Mbit/s (Spalte hh1000) geteilt durch alle Haushalte, summiert über die "
                        + "Gemeinden des letzten Versorgungsstands bis zum Stichtag. Ein Stand, der nicht alle "
                        + "Gemeinden umfasst, heißt Teilbestand; verglichen wird nur mit einem anderen Stand "
                        + "derselben Gemeinden.");
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
        return tile("fttbh", "Glasfaser (FTTB/H)", v, p, "%", now.map(d -> coverageText(d, v)).orElse(""), prev,
                now.map(d -> coverageTargets(d, targets)).orElse(List.of()),
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
                               LocalDate prev, LocalDate asOf, Optional<SchoolsChapterSource.Data> atTarget) {
        Double v = now.map(ReportAssembler::schoolsConnected).orElse(null);
        Double p = before.map(ReportAssembler::schoolsConnected).orElse(null);
        String text = now.map(d -> Fmt.count(Math.round(schoolsConnected(d))) + " von " + Fmt.count(d.schools().size()))
                .orElse("");
        String who = "Land (Schulen ans Netz) 100 % bis " + Fmt.date(SCHOOLS_TARGET_DATE);
        List<String> targets = now.map(d -> {
            if (!asOf.isAfter(SCHOOLS_TARGET_DATE)) {
                return List.of(gap(100 * schoolsConnected(d) / d.schools().size(), 100, "Land (Schulen ans Netz)",
                        Fmt.date(SCHOOLS_TARGET_DATE)));
            }
            // an expired target reads "erreicht"/"verfehlt" with the value on the target date
            return List.of(atTarget.map(t -> {
                double share = 100 * schoolsConnected(t) / t.schools().size();
                return who + ": " + (share >= 99.95 ? "erreicht" : "verfehlt") + " (Stand " + Fmt.date(SCHOOLS_TARGET_DATE)
                        + ": " + Fmt.count(Math.round(schoolsConnected(t))) + " von " + Fmt.count(t.schools().size())
                        + " Schulen, " + Fmt.pct(share) + ")";
            }).orElse(who + ": verfehlt (am " + Fmt.date(SCHOOLS_TARGET_DATE) + " keine Schule erfasst)"));
        }).orElse(List.of());
        return tile("schulen", "Schulen mit Glasfaser", v, p, "Schulen", text, prev, targets,
                "Schulen, deren Anschluss zum Stichtag in Betrieb ist, laut Statushistorie (Gültigkeitsdatum, "
                        + "ersatzweise Anschlussdatum) aus dem Schulregister.");
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

    /** Names in German dictionary order (Börde before Burgenlandkreis). */
    static java.util.Comparator<String> germanOrder() {
        return GermanOrder.NAMES;
    }

    /** "Quelle: …, Stand …" — every table and figure caption names both. */
    private static String sourced(String caption, String source, String stand) {
        return caption + " (Quelle: " + source + "; " + stand + ")";
    }

    private Chapter fibreChapter(FibreChapterSource.Data d, Optional<FibreChapterSource.Data> prev, int year,
                                 LocalDate asOf, Map<String, String> texts) {
        List<ReportModel.Block> blocks = new ArrayList<>();
        CoverageFigures land = d.land().figures();
        FibreChapterSource.Extent extent = d.extent();
        String standText = "Stand " + Fmt.date(d.stand().date()) + (d.stand().demo() ? ", Demodaten" : "");
        String coverageSource = d.stand().source();
        String projectSource = "Projektdaten in Netzatlas";
        String projectStand = "Status laut Projektdaten am " + Fmt.date(asOf);
        String who = extent.partial()
                ? "In den " + Fmt.count(extent.gemeinden()) + " von " + Fmt.count(extent.gemeindenTotal())
                        + " Gemeinden mit Daten (Teilbestand, " + householdShare(extent)
                        + " der Haushalte des Landes) können von "
                : "Von ";
        blocks.add(new Paragraph("Grundlage ist der Versorgungsstand vom " + Fmt.date(d.stand().date())
                + (d.stand().demo() ? " (Demodaten)" : "") + ": " + who + Fmt.count(land.households())
                + " Haushalten " + Fmt.count(land.fttbh()) + " (" + Fmt.share(land.fttbhShare())
                + ") einen Glasfaseranschluss (FTTB/H) buchen, " + Fmt.count(land.gigabit()) + " ("
                + Fmt.share(land.gigabitShare()) + ") einen gigabitfähigen Anschluss."
                + (extent.partial() ? " Für die übrigen Gemeinden liegen keine Daten vor; die Anteile gelten nicht "
                        + "für das ganze Land." : "")));
        Map<String, Double> byGemeinde = new TreeMap<>();
        d.gemeinden().forEach(g -> byGemeinde.put(g.region().ags(), 100 * g.figures().fttbhShare()));
        blocks.add(new MapFigure("fibre-map", sourced("Abbildung: Glasfaserversorgung (FTTB/H) je Gemeinde"
                + (extent.partial() ? ", Gemeinden ohne Daten grau" : ""), coverageSource, standText),
                "FTTB/H-Anteil der Haushalte in %", byGemeinde, "0", List.of(), Map.of()));

        Map<String, CoverageFigures> before = new TreeMap<>();
        prev.ifPresent(p -> p.kreise().forEach(k -> before.put(k.region().ags(), k.figures())));
        List<List<String>> rows = new ArrayList<>();
        java.util.Comparator<String> order = germanOrder();
        List<RegionFigures> kreise = new ArrayList<>(d.kreise());
        kreise.sort((a, b) -> order.compare(a.region().name(), b.region().name()));
        for (RegionFigures k : kreise) {
            CoverageFigures f = k.figures();
            CoverageFigures b = before.get(k.region().ags());
            int[] part = extent.perKreis().get(k.region().ags());
            String label = k.region().name() + (extent.partial(k.region().ags())
                    ? " (Teilbestand: " + part[0] + " von " + part[1] + " Gemeinden)" : "");
            rows.add(List.of(label, Fmt.count(f.households()), Fmt.share(f.gigabitShare()),
                    Fmt.share(f.fttbhShare()), Fmt.share(f.whiteSpotShare()),
                    b == null ? "–" : Fmt.pp(100 * (f.fttbhShare() - b.fttbhShare()))));
        }
        CoverageFigures lb = prev.map(p -> p.land().figures()).orElse(null);
        blocks.add(new Table("Glasfaser je Kreis", sourced("Tabelle: Breitbandversorgung je Kreis", coverageSource,
                standText + prev.map(p -> "; Vorjahr: Stand " + Fmt.date(p.stand().date()))
                        .orElse("; kein anderer Versorgungsstand zum Vorjahresstichtag")),
                List.of(Column.left("Kreis / kreisfreie Stadt"), Column.right("Haushalte"), Column.right("Gigabit"),
                        Column.right("FTTB/H"), Column.right("unter 30 Mbit/s"), Column.right("Δ FTTB/H ggü. Vorjahr")),
                rows, List.of(landLabel(extent), Fmt.count(land.households()), Fmt.share(land.gigabitShare()),
                        Fmt.share(land.fttbhShare()), Fmt.share(land.whiteSpotShare()),
                        lb == null ? "–" : Fmt.pp(100 * (land.fttbhShare() - lb.fttbhShare())))));

        List<List<String>> gaps = new ArrayList<>();
        for (RegionFigures k : kreise) {
            CoverageFigures f = k.figures();
            CoverageFigures b = before.get(k.region().ags());
            gaps.add(List.of(k.region().name(), Fmt.share(f.whiteSpotShare()), Fmt.share(f.greySpotShare()),
                    homes(f.homesPassed()), homes(f.homesConnected()), takeUp(f),
                    b == null || f.homesConnected() == 0 || b.homesConnected() == 0 ? "–"
                            : Fmt.signed(f.homesConnected() - b.homesConnected())));
        }
        blocks.add(new Table("Anschlüsse je Kreis", sourced("Tabelle: Versorgungslücken und Glasfaseranschlüsse je "
                + "Kreis (weiße Flecken unter 30, graue unter 100 Mbit/s; Homes passed/connected laut Meldung)",
                coverageSource, standText),
                List.of(Column.left("Kreis / kreisfreie Stadt"), Column.right("weiße Flecken"),
                        Column.right("graue Flecken"), Column.right("Homes passed"), Column.right("Homes connected"),
                        Column.right("Anschlussquote"), Column.right("Δ Homes connected ggü. Vorjahr")),
                gaps, List.of(landLabel(extent), Fmt.share(land.whiteSpotShare()), Fmt.share(land.greySpotShare()),
                        homes(land.homesPassed()), homes(land.homesConnected()), takeUp(land),
                        lb == null || land.homesConnected() == 0 || lb.homesConnected() == 0 ? "–"
                                : Fmt.signed(land.homesConnected() - lb.homesConnected()))));

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
        blocks.add(new Chart("fibre-trend", sourced("Abbildung: Entwicklung der Versorgung in "
                + (extent.partial() ? "den Gemeinden mit Daten" : "Sachsen-Anhalt"), coverageSource,
                "Versorgungsstände bis " + Fmt.date(d.stand().date())),
                ChartKind.LINE, "Anteil der Haushalte in %", years, List.of(new Series("Gigabit", gig, false),
                new Series("FTTB/H", fib, false), new Series("Ziel FTTB/H (Bund)", target, true)), true));

        if (d.projects().isEmpty()) {
            blocks.add(new Paragraph("Ausbauprojekte: keine Daten — zum Stichtag ist in Netzatlas kein Projekt "
                    + "erfasst, dessen Status an diesem Tag schon galt. Projektzahlen und Fördermittel werden "
                    + "deshalb nicht ausgewiesen."));
        } else {
            projectBlocks(d, year, blocks, projectSource, projectStand);
        }
        String entry = de.netzatlas.asset.ValidTime.entryTimeNote(d.projectsByEntryTime(), d.projectsByEntryTime() == 1 ? "Projekt"
                : "Projekte");
        if (!entry.isEmpty()) {
            blocks.add(new Paragraph(entry));
        }
        return new Chapter(FIBRE, TEXT_CHAPTERS.get(FIBRE), texts.getOrDefault(FIBRE, ""), true, NO_DATA, blocks,
                "Versorgungsstand " + Fmt.date(d.stand().date()) + " (" + d.stand().source()
                        + (d.stand().demo() ? ", Demodaten" : "") + (extent.partial() ? ", " + landLabel(extent) : "")
                        + "); " + (d.projects().isEmpty() ? "keine Projekte" : d.projects().size() + " Projekte")
                        + " mit Status laut Projektdaten am Stichtag" + (entry.isEmpty() ? "" : " (" + entry + ")"));
    }

    private void projectBlocks(FibreChapterSource.Data d, int year, List<ReportModel.Block> blocks, String source,
                               String stand) {
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
        blocks.add(new Table("Projekte nach Status", sourced("Tabelle: Ausbauprojekte nach Status zum Stichtag",
                source, stand),
                List.of(Column.left("Status"), Column.right("Projekte"), Column.right("Haushalte"),
                        Column.right("Bund + Land")),
                statusRows, List.of("Summe", Fmt.count(n), Fmt.count(hh), Fmt.millions(total))));
        List<List<String>> running = new ArrayList<>();
        java.util.Comparator<String> order = germanOrder();
        d.projects().stream().filter(p -> p.status().isRunning())
                .sorted(java.util.Comparator.comparing((FibreProject p) -> name(p.kreisAgs()), order)
                        .thenComparing(FibreProject::name, order).thenComparing(FibreProject::id))
                .forEach(p -> running.add(List.of(p.name(), name(p.kreisAgs()), p.status().label(),
                        Fmt.count(p.households()), Fmt.date(p.plannedCompletion()))));
        blocks.add(new Table("Laufende Projekte", sourced("Tabelle: Laufende Ausbauprojekte (Auswahlverfahren, "
                + "Förderbescheid, Bau)", source, stand), List.of(Column.left("Projekt"), Column.left("Kreis"),
                Column.left("Status"), Column.right("Haushalte"), Column.right("Fertigstellung geplant")), running,
                List.of()));
        List<String> completed = d.projects().stream()
                .filter(p -> p.status() == ProjectStatus.ABGESCHLOSSEN && p.actualCompletion() != null
                        && p.actualCompletion().getYear() == year)
                .map(p -> p.name() + " (" + name(p.kreisAgs()) + ", " + Fmt.count(p.households())
                        + " Haushalte, abgeschlossen am " + Fmt.date(p.actualCompletion()) + ")")
                .toList();
        blocks.add(new ItemList("Im Berichtsjahr abgeschlossene Projekte", completed,
                "Im Berichtsjahr wurde kein Projekt abgeschlossen."));
    }

    private Chapter mobileChapter(MobileChapterSource.Data d, Optional<MobileChapterSource.Data> prev,
                                  Map<String, String> texts) {
        List<ReportModel.Block> blocks = new ArrayList<>();
        Map<String, Double> before = new TreeMap<>();
        prev.ifPresent(p -> p.kreise().forEach(k -> before.put(k.kreisAgs(),
                k.areaKm2() == 0 ? 0 : 100 * k.area5gKm2() / k.areaKm2())));
        Map<String, Double> values = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        double area = 0;
        double a5 = 0;
        double a4 = 0;
        java.util.Comparator<String> order = germanOrder();
        List<MobileChapterSource.KreisArea> sorted = new ArrayList<>(d.kreise());
        sorted.sort((a, b) -> order.compare(name(a.kreisAgs()), name(b.kreisAgs())));
        for (MobileChapterSource.KreisArea k : sorted) {
            values.put(k.kreisAgs(), k.areaKm2() == 0 ? 0 : 100 * k.area5gKm2() / k.areaKm2());
            double share5 = k.areaKm2() == 0 ? 0 : 100 * k.area5gKm2() / k.areaKm2();
            rows.add(List.of(name(k.kreisAgs()), Fmt.number(k.areaKm2()),
                    Fmt.pct(k.areaKm2() == 0 ? 0 : 100 * k.area4gKm2() / k.areaKm2()), Fmt.pct(share5),
                    before.containsKey(k.kreisAgs()) ? Fmt.pp(share5 - before.get(k.kreisAgs())) : "–"));
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
        String source = d.source();
        String stand = "Standorte in Betrieb am " + Fmt.date(d.stand()) + (d.demo() ? ", Demodaten" : "");
        blocks.add(new MapFigure("mobile-map", sourced("Abbildung: 5G-Flächenversorgung je Kreis und Standorte",
                source, stand), "5G-Flächenanteil in %", values, "0", points, cats));
        blocks.add(new Table("Mobilfunk je Kreis", sourced("Tabelle: Mobilfunkversorgung je Kreis (Fläche)", source,
                stand),
                List.of(Column.left("Kreis / kreisfreie Stadt"), Column.right("Fläche km²"), Column.right("4G"),
                        Column.right("5G"), Column.right("Δ 5G ggü. Vorjahr")), rows,
                List.of("Sachsen-Anhalt", Fmt.number(area), Fmt.pct(area == 0 ? 0 : 100 * a4 / area),
                        Fmt.pct(area == 0 ? 0 : 100 * a5 / area),
                        prev.map(p -> Fmt.pp(fiveG(d) - fiveG(p))).orElse("–"))));
        List<String> cats2 = new ArrayList<>();
        List<Double> v5 = new ArrayList<>();
        values.forEach((k, v) -> {
            cats2.add(name(k));
            v5.add(v);
        });
        blocks.add(new Chart("mobile-bar", sourced("Abbildung: 5G-Flächenanteil je Kreis", source, stand),
                ChartKind.BAR, "Anteil in %",
                cats2, List.of(new Series("5G", v5, false)), true));
        List<String> weak = new ArrayList<>();
        values.forEach((k, v) -> {
            if (v < 95) {
                weak.add(name(k) + ": " + Fmt.pct(v));
            }
        });
        blocks.add(new ItemList("Kreise unter 95 % 5G-Flächenversorgung", weak, "Alle Kreise liegen bei 95 % oder mehr."));
        String entry = de.netzatlas.asset.ValidTime.entryTimeNote(d.byEntryTime(), d.byEntryTime() == 1 ? "Standort" : "Standorte");
        if (!entry.isEmpty()) {
            blocks.add(new Paragraph(entry));
        }
        return new Chapter(MOBILE, TEXT_CHAPTERS.get(MOBILE), texts.getOrDefault(MOBILE, ""), true, NO_DATA, blocks,
                "Mobilfunkstand " + Fmt.date(d.stand()) + " (" + d.source() + (d.demo() ? ", Demodaten" : "") + ")"
                        + (entry.isEmpty() ? "" : "; " + entry));
    }

    private static long doneNow(Map<String, long[]> byKreis) {
        return byKreis.values().stream().mapToLong(a -> a[1]).sum();
    }

    private <T> Chapter registerChapter(String id, String noun, LocalDate stand, String source, boolean demo,
                                        int byEntryTime, List<T> items, Optional<Map<String, Long>> prevDone,
                                        Function<T, Boolean> done, Function<T, String> kreis,
                                        Function<T, MapPoint> point, Function<T, OpenItemsTable.Item> openItem,
                                        OpenItemsTable.Wording wording, LocalDate asOf, String doneWord,
                                        String openWord, Map<String, String> texts) {
        List<ReportModel.Block> blocks = new ArrayList<>();
        Map<String, Integer> cats = new LinkedHashMap<>();
        cats.put(doneWord, CONNECTED);
        cats.put(openWord, OPEN);
        String standText = "Status am " + Fmt.date(stand) + (demo ? ", Demodaten" : "");
        blocks.add(new MapFigure(id + "-map", sourced("Abbildung: " + noun + " nach Status", source, standText), "",
                Map.of(), "0",
                items.stream().map(point).toList(), cats));
        Map<String, long[]> byKreis = new TreeMap<>(java.util.Comparator.comparing(this::name, germanOrder())
                .thenComparing(java.util.Comparator.naturalOrder()));
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
                    Fmt.share((double) a[1] / a[0]), prevDone.map(p -> Fmt.signed(a[1] - p.getOrDefault(e.getKey(), 0L)))
                            .orElse("–")));
            cat.add(name(e.getKey()));
            doneV.add((double) a[1]);
            openV.add((double) (a[0] - a[1]));
            all += a[0];
            ok += a[1];
        }
        blocks.add(new Table(noun + " je Kreis", sourced("Tabelle: " + noun + " je Kreis", source, standText),
                List.of(Column.left("Kreis / kreisfreie Stadt"), Column.right(noun), Column.right(doneWord),
                        Column.right(openWord), Column.right("Anteil"), Column.right("Δ " + doneWord + " ggü. Vorjahr")),
                rows, List.of("Sachsen-Anhalt", Fmt.count(all), Fmt.count(ok), Fmt.count(all - ok),
                        Fmt.share(all == 0 ? 0 : (double) ok / all), prevDone.map(p -> Fmt.signed(doneNow(byKreis)
                                - p.values().stream().mapToLong(Long::longValue).sum())).orElse("–"))));
        blocks.add(new Chart(id + "-bar", sourced("Abbildung: " + noun + " je Kreis nach Status", source, standText),
                ChartKind.BAR, "Anzahl",
                cat, List.of(new Series(doneWord, doneV, false), new Series(openWord, openV, false)), false));
        blocks.add(OpenItemsTable.table(wording, items.stream().filter(t -> !done.apply(t)).map(openItem).toList(),
                asOf));
        String entry = de.netzatlas.asset.ValidTime.entryTimeNote(byEntryTime, byEntryTime == 1 ? "Eintrag" : "Einträge");
        if (!entry.isEmpty()) {
            blocks.add(new Paragraph(entry));
        }
        return new Chapter(id, TEXT_CHAPTERS.get(id), texts.getOrDefault(id, ""), true, NO_DATA, blocks,
                "Stand " + Fmt.date(stand) + " (" + source + (demo ? ", Demodaten" : "") + ")"
                        + (entry.isEmpty() ? "" : "; " + entry));
    }

    static final OpenItemsTable.Wording OPEN_SCHOOLS = new OpenItemsTable.Wording("Schulen – offen", "Schule",
            "Gemeinde", "geplanter Anschluss", "Schule", "Schulen", "noch nicht angeschlossen", "angeschlossen");
    static final OpenItemsTable.Wording OPEN_SITES = new OpenItemsTable.Wording("Standorte – offen", "Standort",
            "Behörde/Dienststelle", "geplante Migration", "Standort", "Standorte", "noch nicht migriert", "migriert");

    /** Per Kreis, how many records were done (connected, migrated) a year earlier; empty without a previous year. */
    private static <T> Optional<Map<String, Long>> previousDone(Optional<List<T>> prev, Function<T, String> kreis,
                                                              java.util.function.Predicate<T> done) {
        return prev.map(items -> {
            Map<String, Long> out = new TreeMap<>();
            items.stream().filter(done).forEach(t -> out.merge(kreis.apply(t), 1L, Long::sum));
            return out;
        });
    }

    private Chapter schoolsChapter(SchoolsChapterSource.Data d, Optional<Map<String, Long>> prevDone, LocalDate asOf,
                                   Map<String, String> texts) {
        return registerChapter(SCHOOLS, "Schulen", d.stand(), d.source(), d.demo(), d.byEntryTime(), d.schools(),
                prevDone,
                SchoolsChapterSource.School::connected, SchoolsChapterSource.School::kreisAgs,
                s -> new MapPoint(s.id(), s.name(), s.lat(), s.lon(), s.connected() ? "angeschlossen" : "offen"),
                s -> new OpenItemsTable.Item(s.name(), name(s.gemeindeAgs()), name(s.kreisAgs()), s.status(),
                        s.planned()), OPEN_SCHOOLS, asOf, "angeschlossen", "offen", texts);
    }

    private Chapter sitesChapter(SitesChapterSource.Data d, Optional<Map<String, Long>> prevDone, LocalDate asOf,
                                 Map<String, String> texts) {
        return registerChapter(SITES, "Standorte", d.stand(), d.source(), d.demo(), d.byEntryTime(), d.sites(),
                prevDone,
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

    private ReportModel.Appendix appendix(List<Chapter> chapters, List<KpiTile> kpis, List<String> demoDomains) {
        List<Map.Entry<String, String>> stands = new ArrayList<>();
        chapters.forEach(c -> stands.add(Map.entry(c.title(), c.dataStand())));
        List<Map.Entry<String, String>> methods = new ArrayList<>();
        kpis.forEach(k -> methods.add(Map.entry(k.label(), k.method())));
        methods.add(Map.entry("Stichtag", "Maßgeblich ist die Lage am Stichtag nach den eigenen Daten der Einträge "
                + "(Gültigkeitsdatum), so wie sie heute bekannt sind: der letzte Versorgungsstand mit Datum am oder "
                + "vor dem Stichtag, der Status jedes Projekts, jeder Schule und jedes Standorts laut Statusdaten an "
                + "diesem Tag (ersatzweise Anschluss-, Migrations- bzw. Inbetriebnahmedatum). Ein nachträglich "
                + "erfasster Anschluss von 2022 zählt also ab 2022. Nur wo ein Eintrag kein Datum trägt, gilt der "
                + "Zeitpunkt seiner Erfassung in Netzatlas; das Kapitel nennt dann die Zahl solcher Einträge. "
                + "Veröffentlichte Ausgaben des Berichts ändern sich durch spätere Korrekturen nicht."));
        if (!demoDomains.isEmpty()) {
            methods.add(Map.entry("Demodaten", "Sobald ein Bereich echte Einträge hat, bleiben dessen Demodaten im Bericht "
                + "ganz unberücksichtigt; Vergleiche zwischen Demo- und echten Daten gibt es nicht. Die Titelseite "
                + "nennt die Bereiche, die noch auf Demodaten beruhen: " + String.join(", ", demoDomains) + "."));
        }
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
