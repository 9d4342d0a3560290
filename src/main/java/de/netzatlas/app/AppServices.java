package de.netzatlas.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.locationtech.jts.geom.Geometry;

import de.netzatlas.asset.AssetStatusRepository;
import de.netzatlas.asset.LocationRules;
import de.netzatlas.map.BasemapService;
import de.netzatlas.map.BuiltinBasemap;
import de.netzatlas.map.BundledBasemap;
import de.netzatlas.map.OnlineTileClient;
import de.netzatlas.map.TileSources;
import de.netzatlas.exchange.ExchangeService;
import de.netzatlas.fibre.CoverageRepository;
import de.netzatlas.fibre.CoverageService;
import de.netzatlas.fibre.DemoDataService;
import de.netzatlas.fibre.FibreOutlook;
import de.netzatlas.fibre.FibreProjectRepository;
import de.netzatlas.fibre.FibreProjectService;
import de.netzatlas.fibre.ProjectValidator;
import de.netzatlas.mobile.MobileRegister;
import de.netzatlas.region.BundledGeodata;
import de.netzatlas.region.DataStand;
import de.netzatlas.region.RegionBoundary;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionRepository;
import de.netzatlas.region.RegionSeeder;
import de.netzatlas.region.RegionService;
import de.netzatlas.schools.SchoolRepository;
import de.netzatlas.schools.SchoolService;
import de.netzatlas.schools.SchoolValidator;
import de.netzatlas.sites.SiteRepository;
import de.netzatlas.sites.SiteService;
import de.netzatlas.sites.SiteValidator;
import de.netzatlas.report.ChapterSources;
import de.netzatlas.report.PdfReportRenderer;
import de.netzatlas.report.ReportAssembler;
import de.netzatlas.report.ReportEditionRepository;
import de.netzatlas.report.ReportEditions;
import de.netzatlas.report.ReportService;
import de.netzatlas.report.ReportTextRepository;
import de.netzatlas.report.ServiceFibreChapterSource;
import de.netzatlas.report.StateMapPainter;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;
import de.netzatlas.store.SessionUndo;
import de.netzatlas.store.SettingsRepository;
import de.netzatlas.store.StoreOptions;

/**
 * The composition root: opens the database and wires every service by hand (no DI framework, no
 * singletons). The window and the command line both start from here, so they share one set of
 * services on one database.
 */
public final class AppServices implements AutoCloseable {

    public static final String SETTING_HOUSEHOLD_SIZE = "haushalte.durchschnittsgroesse";
    public static final String SETTING_USER_NAME = "benutzer.name";
    public static final double DEFAULT_HOUSEHOLD_SIZE = 1.9;

    private final Database database;
    private final Clock clock;
    private final AuditLog audit;
    private final SessionUndo undo;
    private final SettingsRepository settings;
    private final RegionService regions;
    private final BasemapService basemaps;
    private final CoverageService coverage;
    private final FibreProjectService projects;
    private final FibreOutlook outlook;
    private final DemoDataService demo;
    private final LocationRules locations;
    private final SchoolService schools;
    private final SiteService sites;
    private final MobileRegister mobile;
    private final ExchangeService exchange;
    private final ReportTextRepository reportTexts;
    private ChapterSources chapterSources;
    private ReportService report;
    private ReportEditions editions;

    private AppServices(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new AuditLog();
        this.undo = new SessionUndo(database, audit, clock, this::userName);
        this.settings = new SettingsRepository(database, audit, clock);
        RegionRepository regionRepository = new RegionRepository(database, audit, clock);
        this.regions = new RegionService(regionRepository, this::householdSize);
        new RegionSeeder(database, regionRepository, clock).seedIfEmpty(userName());
        CoverageRepository coverageRepository = new CoverageRepository(database, clock);
        FibreProjectRepository projectRepository = new FibreProjectRepository(database, clock);
        ProjectValidator validator = new ProjectValidator(regions);
        this.coverage = new CoverageService(database, coverageRepository, regions, audit, clock, this::userName);
        this.projects = new FibreProjectService(database, projectRepository, validator, audit, clock, this::userName,
                undo);
        this.outlook = new FibreOutlook(coverage, projects, regions);
        this.demo = new DemoDataService(database, coverageRepository, projectRepository, validator, regions, audit,
                clock, this::userName);
        this.locations = new LocationRules(regions);
        AssetStatusRepository statuses = new AssetStatusRepository(database, clock);
        SchoolRepository schoolRepository = new SchoolRepository(database, clock, statuses);
        this.schools = new SchoolService(database, schoolRepository,
                new SchoolValidator(locations, schoolRepository::findAll), locations, audit, clock, this::userName,
                undo);
        this.sites = new SiteService(database, new SiteRepository(database, clock, statuses), new SiteValidator(locations),
                locations, audit, clock, this::userName, undo);
        this.mobile = MobileRegister.create(database, regions, audit, clock, this::userName, undo);
        this.exchange = new ExchangeService(database, audit, clock, this::userName, regions, projects, schools, sites,
                mobile, settings);
        this.reportTexts = new ReportTextRepository(database, audit, clock);
        // Annual report: one source per chapter, each reading its register as of the cut-off.
        this.chapterSources = ChapterSources.fibreOnly(new ServiceFibreChapterSource(coverage, projects, regions))
                .withSchools(new de.netzatlas.report.ServiceSchoolsChapterSource(schools, regions))
                .withSites(new de.netzatlas.report.ServiceSitesChapterSource(sites, regions))
                .withMobile(new de.netzatlas.report.ServiceMobileChapterSource(mobile, regions));
        this.basemaps = new BasemapService(settings, this::userName, this::createBasemap, tileCacheRoot(database.file()),
                OnlineTileClient.standard(userAgent()), TileSources::activate);
    }

    /** Tile caches live next to the database: {@code <db dir>/tiles/<source id>/z/x/y.png}. */
    static Path tileCacheRoot(Path databaseFile) {
        Path dir = databaseFile.toAbsolutePath().getParent();
        return dir.resolve("tiles");
    }

    /** Identifies Netzatlas to tile servers, as the OSM tile usage policy asks. */
    static String userAgent() {
        return "Netzatlas/" + Version.current()
                + " (Desktop-GIS der Landesverwaltung Sachsen-Anhalt; Java-HttpClient)";
    }

    /** Opens (creating, migrating and seeding as needed) the database file; throws {@code StoreException}. */
    public static AppServices open(Path databaseFile) {
        return open(databaseFile, de.netzatlas.store.DatabaseKey.none());
    }

    /**
     * As {@link #open(Path)} for a file encrypted with {@code password} (none for a plain file); the
     * database keeps its own copy, the caller may close {@code password} right after this returns.
     */
    public static AppServices open(Path databaseFile, de.netzatlas.store.DatabaseKey password) {
        Clock clock = Clock.systemDefaultZone();
        Database database = Database.open(databaseFile, StoreOptions.defaults(), password);
        try {
            return new AppServices(database, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    public RegionService regions() {
        return regions;
    }

    /** The basemap choice (built-in, MBTiles, online) and its caches. */
    public BasemapService basemaps() {
        return basemaps;
    }

    public CoverageService coverage() {
        return coverage;
    }

    public FibreProjectService projects() {
        return projects;
    }

    public FibreOutlook outlook() {
        return outlook;
    }

    public MobileRegister mobile() {
        return mobile;
    }

    public DemoDataService demo() {
        return demo;
    }

    /** Schulen ans Netz. */
    public SchoolService schools() {
        return schools;
    }

    /** ITN-XT Standorte. */
    public SiteService sites() {
        return sites;
    }

    public LocationRules locations() {
        return locations;
    }

    /** Import/export of CSV, XLSX and GeoJSON (issue 6). */
    public ExchangeService exchange() {
        return exchange;
    }

    /** The sources of the report's chapters (registers replace the empty ones via {@link #useChapterSources}). */
    public ChapterSources chapterSources() {
        return chapterSources;
    }

    /** Replaces the report's chapter sources (before the first {@link #report()} call). */
    public synchronized void useChapterSources(ChapterSources sources) {
        this.chapterSources = sources;
        this.report = null;
    }

    /** The annual CIO report (created on first use: it builds the print basemap). */
    public synchronized ReportService report() {
        if (report == null) {
            BuiltinBasemap basemap = createBasemap();
            org.locationtech.jts.geom.Envelope extent = regions.boundary(regions.land().ags()).orElseThrow()
                    .getEnvelopeInternal();
            StateMapPainter maps = new StateMapPainter(basemap::paintBase, basemap::paintReference, regions::boundary,
                    ags -> regions.byAgs(ags).map(de.netzatlas.region.Region::name).orElse(ags), extent,
                    "© GeoBasis-DE / BKG 2016 (Daten verändert) · Natural Earth");
            ReportAssembler assembler = new ReportAssembler(chapterSources, reportTexts::texts,
                    () -> settings.get(ReportService.SETTING_ISSUER).filter(v -> !v.isBlank())
                            .orElse(ReportAssembler.DEFAULT_ISSUER),
                    ags -> regions.byAgs(ags).map(de.netzatlas.region.Region::name).orElse(null),
                    ReportService.ATTRIBUTIONS);
            report = new ReportService(assembler, new PdfReportRenderer(maps), reportTexts);
        }
        return report;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The session's one undo history: every edit of projects and registers, newest first. */
    public SessionUndo undo() {
        return undo;
    }

    public Clock clock() {
        return clock;
    }

    /** Published editions of the annual report (built with the report service on first use). */
    public synchronized ReportEditions reportEditions() {
        if (editions == null) {
            editions = new ReportEditions(database, new ReportEditionRepository(database), report(), audit, clock,
                    this::userName);
        }
        return editions;
    }

    /** The name written to updated_by and the audit log: a setting, else the OS user. */
    public String userName() {
        return settings.get(SETTING_USER_NAME).filter(s -> !s.isBlank())
                .orElseGet(() -> System.getProperty("user.name", "unbekannt"));
    }

    public double householdSize() {
        return settings.get(SETTING_HOUSEHOLD_SIZE).map(AppServices::parsePositive).orElse(DEFAULT_HOUSEHOLD_SIZE);
    }

    private static double parsePositive(String text) {
        try {
            double v = Double.parseDouble(text.replace(',', '.'));
            return v > 0 ? v : DEFAULT_HOUSEHOLD_SIZE;
        } catch (NumberFormatException e) {
            return DEFAULT_HOUSEHOLD_SIZE;
        }
    }

    /** The built-in basemap from the regions' boundaries, the bundled rivers and place names. */
    public BuiltinBasemap createBasemap() {
        Geometry land = regions.boundary(regions.land().ags()).orElseThrow();
        List<Geometry> kreise = regions.boundaries(RegionLevel.KREIS).stream().map(RegionBoundary::geometry).toList();
        List<Geometry> gemeinden = regions.boundaries(RegionLevel.GEMEINDE).stream()
                .map(RegionBoundary::geometry).toList();
        List<BundledBasemap.AreaName> kreisNames = regions.byLevel(RegionLevel.KREIS).stream()
                .map(k -> new BundledBasemap.AreaName(k.name(), regions.boundary(k.ags()).orElseThrow(),
                        "Kreisfreie Stadt".equals(k.type())))
                .toList();
        String version = regions.dataStand(DataStand.BOUNDARIES).map(s -> s.referenceDate().toString()).orElse("0");
        return new BuiltinBasemap(land, kreise, gemeinden, BundledBasemap.rivers(), BundledBasemap.labels(kreisNames),
                version);
    }

    @Override
    public void close() {
        database.close();
    }
}
