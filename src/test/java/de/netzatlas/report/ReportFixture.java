package de.netzatlas.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.locationtech.jts.geom.Geometry;

import de.netzatlas.asset.AssetStatusRepository;
import de.netzatlas.asset.LocationRules;
import de.netzatlas.fibre.CoverageRepository;
import de.netzatlas.fibre.CoverageService;
import de.netzatlas.fibre.DemoDataService;
import de.netzatlas.fibre.FibreProjectRepository;
import de.netzatlas.fibre.FibreProjectService;
import de.netzatlas.fibre.ProjectValidator;
import de.netzatlas.map.BuiltinBasemap;
import de.netzatlas.map.BundledBasemap;
import de.netzatlas.region.Region;
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
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;

/**
 * A real H2 file with the seeded regions, the fibre services and the report wired as AppServices
 * does, on a clock the test moves (to make changes before and after a cut-off).
 */
final class ReportFixture implements AutoCloseable {

    /** A clock whose instant the test sets. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final Database db;
    final AuditLog audit = new AuditLog();
    final RegionService regions;
    final CoverageService coverage;
    final FibreProjectService projects;
    final DemoDataService demo;
    final ReportTextRepository texts;
    final ReportService report;
    /** The registers on the same clock; the report reads them only when built {@link #withRegisters}. */
    final LocationRules locations;
    final SchoolService schools;
    final SiteService sites;

    ReportFixture(Path dir) {
        this(dir, null, false);
    }

    ReportFixture(Path dir, ChapterSources extra) {
        this(dir, extra, false);
    }

    /** The report wired to the schools and sites registers as AppServices does. */
    static ReportFixture withRegisters(Path dir) {
        return new ReportFixture(dir, null, true);
    }

    private ReportFixture(Path dir, ChapterSources extra, boolean registers) {
        db = Database.open(dir.resolve("report.mv.db"));
        RegionRepository regionRepository = new RegionRepository(db, audit, clock);
        new RegionSeeder(db, regionRepository, clock).seedIfEmpty("test");
        regions = new RegionService(regionRepository, () -> 1.9);
        CoverageRepository coverageRepository = new CoverageRepository(db, clock);
        FibreProjectRepository projectRepository = new FibreProjectRepository(db, clock);
        ProjectValidator validator = new ProjectValidator(regions);
        coverage = new CoverageService(db, coverageRepository, regions, audit, clock, () -> "planerin");
        projects = new FibreProjectService(db, projectRepository, validator, audit, clock, () -> "planerin");
        demo = new DemoDataService(db, coverageRepository, projectRepository, validator, regions, audit, clock,
                () -> "planerin");
        texts = new ReportTextRepository(db, audit, clock);
        locations = new LocationRules(regions);
        AssetStatusRepository statuses = new AssetStatusRepository(db, clock);
        SchoolRepository schoolRepository = new SchoolRepository(db, clock, statuses);
        schools = new SchoolService(db, schoolRepository, new SchoolValidator(locations, schoolRepository::findAll),
                locations, audit, clock, () -> "planerin");
        sites = new SiteService(db, new SiteRepository(db, clock, statuses), new SiteValidator(locations), locations,
                audit, clock, () -> "planerin");
        ServiceFibreChapterSource fibre = new ServiceFibreChapterSource(coverage, projects, regions);
        ChapterSources sources = registers ? ChapterSources.fibreOnly(fibre)
                .withSchools(new ServiceSchoolsChapterSource(schools, regions))
                .withSites(new ServiceSitesChapterSource(sites, regions))
                : extra == null ? ChapterSources.fibreOnly(fibre)
                : new ChapterSources(fibre, extra.mobile(), extra.schools(), extra.sites());
        Geometry land = regions.boundary(regions.land().ags()).orElseThrow();
        List<Geometry> kreise = regions.boundaries(RegionLevel.KREIS).stream().map(RegionBoundary::geometry).toList();
        List<Geometry> gemeinden = regions.boundaries(RegionLevel.GEMEINDE).stream().map(RegionBoundary::geometry)
                .toList();
        BuiltinBasemap basemap = new BuiltinBasemap(land, kreise, gemeinden, BundledBasemap.rivers(),
                BundledBasemap.labels(List.of()), "test");
        StateMapPainter maps = new StateMapPainter(basemap::paint, basemap::paintReference, regions::boundary,
                ags -> regions.byAgs(ags).map(Region::name).orElse(ags), land.getEnvelopeInternal(), "© Test");
        ReportAssembler assembler = new ReportAssembler(sources, texts::texts, () -> ReportAssembler.DEFAULT_ISSUER,
                ags -> regions.byAgs(ags).map(Region::name).orElse(null), ReportService.ATTRIBUTIONS);
        report = new ReportService(assembler, new PdfReportRenderer(maps), texts);
    }

    @Override
    public void close() {
        db.close();
    }
}
