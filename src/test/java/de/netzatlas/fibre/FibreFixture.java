package de.netzatlas.fibre;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.netzatlas.region.RegionRepository;
import de.netzatlas.region.RegionSeeder;
import de.netzatlas.region.RegionService;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;

/** A real H2 file with the seeded regions and the Glasfaser services wired as AppServices does. */
final class FibreFixture implements AutoCloseable {

    final Database db;
    final AuditLog audit = new AuditLog();
    final RegionService regions;
    final CoverageRepository coverageRepository;
    final FibreProjectRepository projectRepository;
    final ProjectValidator validator;
    final CoverageService coverage;
    final FibreProjectService projects;
    final DemoDataService demo;
    final FibreOutlook outlook;

    FibreFixture(Path dir) {
        Clock clock = Clock.systemUTC();
        db = Database.open(dir.resolve("fibre.mv.db"));
        RegionRepository regionRepository = new RegionRepository(db, audit, clock);
        new RegionSeeder(db, regionRepository, clock).seedIfEmpty("test");
        regions = new RegionService(regionRepository, () -> 1.9);
        coverageRepository = new CoverageRepository(db, clock);
        projectRepository = new FibreProjectRepository(db, clock);
        validator = new ProjectValidator(regions);
        coverage = new CoverageService(db, coverageRepository, regions, audit, clock, () -> "planerin");
        projects = new FibreProjectService(db, projectRepository, validator, audit, clock, () -> "planerin");
        demo = new DemoDataService(db, coverageRepository, projectRepository, validator, regions, audit, clock,
                () -> "planerin");
        outlook = new FibreOutlook(coverage, projects, regions);
    }

    /** A valid funded project in Magdeburg (Kreis 15003, Gemeinde 15003000). */
    static FibreProject magdeburgProject(String name) {
        return new FibreProject(UUID.randomUUID(), name, "15003", List.of("15003000"),
                ProjectAreas.fromGeoJson("test", "{\"type\":\"Polygon\",\"coordinates\":[[[11.60,52.10],[11.64,52.10],"
                        + "[11.62,52.13],[11.60,52.10]]]}"),
                FundingModel.WIRTSCHAFTLICHKEITSLUECKE, Programme.GIGABIT_RICHTLINIE_BUND, "Stadtwerke Netz", 1_200,
                40, 2,
                new Funding(new BigDecimal("4000000.00"), new BigDecimal("2000000.00"), new BigDecimal("1600000.00"),
                        new BigDecimal("0.00"), new BigDecimal("400000.00")),
                false, ProjectStatus.FOERDERBESCHEID, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 6, 30), null,
                List.of(Milestone.planned("Spatenstich", LocalDate.of(2025, 9, 1))), "Testprojekt", false, 0);
    }

    @Override
    public void close() {
        db.close();
    }
}
