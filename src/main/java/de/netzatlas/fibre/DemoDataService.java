package de.netzatlas.fibre;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import de.netzatlas.region.RegionService;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Database;
import de.netzatlas.store.Transaction;

/**
 * Loads and removes the synthetic Glasfaser demo data set: coverage stands 31.12.2021–2025 and
 * about 60 projects, all flagged {@code demo}. Loading is deterministic (fixed seed) and replaces an
 * earlier demo load; removing deletes exactly the demo rows and nothing else. Both are audited.
 */
public final class DemoDataService {

    public static final long SEED = 20_250_415L;

    /** What a load wrote. */
    public record Loaded(int stands, int coverageRows, int projects) {
    }

    private final Database db;
    private final CoverageRepository coverage;
    private final FibreProjectRepository projects;
    private final ProjectValidator validator;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<String> user;

    public DemoDataService(Database db, CoverageRepository coverage, FibreProjectRepository projects,
                           ProjectValidator validator, RegionService regions, AuditLog audit,
                           Clock clock, Supplier<String> user) {
        this.db = db;
        this.coverage = coverage;
        this.projects = projects;
        this.validator = validator;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
    }

    /** Whether any demo stand or demo project is in the database (the UI then shows "Demodaten"). */
    public boolean isPresent() {
        return coverage.countStands(true) > 0 || projects.countDemo() > 0;
    }

    public Loaded load() {
        Prepared prepared = prepare();
        ChangeSet cs = ChangeSet.start(user.get(), clock, "Demodaten geladen");
        return db.inLargeTransactionResult("Demodaten laden", tx -> loadIn(tx, cs, prepared));
    }

    /** The generated demo stands and projects, checked, ready to be written (no database write). */
    public record Prepared(List<List<GemeindeCoverage>> years, List<FibreProject> projects) {
    }

    /** Generates and validates the demo data set (reads only). */
    public Prepared prepare() {
        List<List<GemeindeCoverage>> years = new DemoCoverageGenerator(regions, SEED).generate();
        Map<String, Integer> withoutFibre = new HashMap<>();
        for (GemeindeCoverage c : years.get(years.size() - 1)) {
            withoutFibre.put(c.ags(), c.households() - c.fttbh());
        }
        List<FibreProject> demoProjects = new DemoProjectGenerator(regions, SEED).generate(withoutFibre);
        for (FibreProject p : demoProjects) {
            List<ValidationIssue> errors = validator.validate(p, Optional.empty()).stream()
                    .filter(ValidationIssue::isError).toList();
            if (!errors.isEmpty()) {
                throw new IllegalStateException("Demodaten inkonsistent: " + p.name() + " " + errors);
            }
        }
        return new Prepared(years, demoProjects);
    }

    /**
     * Replaces the fibre demo data by {@code prepared} inside the caller's transaction (so that the
     * registers' demo data can land in the same one).
     */
    public Loaded loadIn(Transaction tx, ChangeSet cs, Prepared prepared) {
        List<List<GemeindeCoverage>> years = prepared.years();
        int rows = 0;
        removeIn(tx, cs);
        for (int i = 0; i < years.size(); i++) {
            LocalDate date = LocalDate.of(DemoCoverageGenerator.FIRST_YEAR + i, 12, 31);
            CoverageStand stand = new CoverageStand(new UUID(SEED, 1_000 + i), date,
                    "Demodaten (synthetisch, nicht amtlich)", true);
            coverage.insertStand(tx, stand, cs.user());
            coverage.insertRows(tx, stand.id(), years.get(i), true, cs.user());
            rows += years.get(i).size();
            Map<String, Object> values = CoverageService.standValues(date, stand.source(), years.get(i).size());
            values.put("demo", true);
            audit.recordInsert(tx, cs, CoverageService.STAND_TABLE, stand.id().toString(), 1, values);
        }
        for (FibreProject p : prepared.projects()) {
            FibreProject saved = p.withVersion(1);
            projects.save(tx, saved, 1, cs.user());
            audit.recordInsert(tx, cs, ProjectValues.TABLE, p.id().toString(), 1, ProjectValues.of(saved));
        }
        return new Loaded(years.size(), rows, prepared.projects().size());
    }

    /** Deletes every demo row; returns how many stands and projects went. */
    public Loaded remove() {
        ChangeSet cs = ChangeSet.start(user.get(), clock, "Demodaten entfernt");
        return db.inLargeTransactionResult("Demodaten entfernen", tx -> removeIn(tx, cs));
    }

    /** Deletes every fibre demo row inside the caller's transaction. */
    public Loaded removeIn(Transaction tx, ChangeSet cs) {
        List<FibreProject> demo = projects.findAll().stream().filter(FibreProject::demo).toList();
        for (FibreProject p : demo) {
            audit.recordDelete(tx, cs, ProjectValues.TABLE, p.id().toString(), p.version(), ProjectValues.of(p));
        }
        for (CoverageStand s : coverage.stands()) {
            if (s.demo()) {
                audit.recordDelete(tx, cs, CoverageService.STAND_TABLE, s.id().toString(), null,
                        CoverageService.standValues(s.date(), s.source(), 0));
            }
        }
        int projectCount = projects.deleteDemo(tx);
        int stands = coverage.deleteDemo(tx);
        return new Loaded(stands, 0, projectCount);
    }
}
