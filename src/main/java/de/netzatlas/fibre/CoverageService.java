package de.netzatlas.fibre;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Database;

/**
 * Coverage use cases: import a CSV (validate everything, then write all of it in one audited
 * transaction or nothing), list stands, pick "the last stand on or before a date" and summarise a
 * stand per Land, Kreis or Gemeinde. Real stands are preferred; demo stands are used only when no
 * real stand exists, and are always labelled as such — the two never mix in one figure.
 */
public final class CoverageService {

    static final String STAND_TABLE = "coverage_stand";

    private final Database db;
    private final CoverageRepository repository;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<String> user;

    public CoverageService(Database db, CoverageRepository repository, RegionService regions, AuditLog audit,
                           Clock clock, Supplier<String> user) {
        this.db = db;
        this.repository = repository;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
    }

    public ImportResult importCsv(Path file, LocalDate stand, boolean dryRun) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Datei „" + file + "“ kann nicht gelesen werden ("
                    + e.getClass().getSimpleName() + ").", e);
        }
        return importCsv(file.getFileName().toString(), bytes, stand, dryRun);
    }

    /** Imports CSV bytes; {@code stand} applies to rows without a {@code stand} column value. */
    public ImportResult importCsv(String fileName, byte[] bytes, LocalDate stand, boolean dryRun) {
        CoverageCsvReader.Parsed parsed = new CoverageCsvReader(fileName, stand, ags ->
                regions.byAgs(ags).filter(r -> r.level() == RegionLevel.GEMEINDE).isPresent()).read(bytes);
        List<LocalDate> stands = List.copyOf(parsed.byStand().keySet());
        if (!parsed.errors().isEmpty() || dryRun) {
            return new ImportResult(parsed.errors(), parsed.rows(), stands, false);
        }
        ChangeSet cs = ChangeSet.start(user.get(), clock, "Versorgungsdaten importiert aus " + fileName);
        String source = "Import " + fileName;
        db.inImportTransaction(source, bytes.length, tx -> {
            for (Map.Entry<LocalDate, List<GemeindeCoverage>> e : parsed.byStand().entrySet()) {
                Optional<CoverageStand> existing = repository.findStand(tx, e.getKey(), false);
                CoverageStand target = existing.orElseGet(() ->
                        new CoverageStand(UUID.randomUUID(), e.getKey(), source, false));
                int oldRows = existing.map(s -> repository.rowCount(tx, s.id())).orElse(0);
                if (existing.isEmpty()) {
                    repository.insertStand(tx, target, cs.user());
                }
                int version = existing.isPresent() ? repository.touchStand(tx, target.id(), source, cs.user()) : 1;
                if (existing.isPresent()) {
                    repository.replaceRows(tx, target.id(), e.getValue(), false, cs.user());
                } else {
                    repository.insertRows(tx, target.id(), e.getValue(), false, cs.user());
                }
                int rows = existing.isPresent() ? repository.rowCount(tx, target.id()) : e.getValue().size();
                Map<String, Object> now = standValues(e.getKey(), source, rows);
                if (existing.isPresent()) {
                    audit.recordUpdate(tx, cs, STAND_TABLE, target.id().toString(), version,
                            standValues(e.getKey(), existing.get().source(), oldRows), now);
                } else {
                    audit.recordInsert(tx, cs, STAND_TABLE, target.id().toString(), version, now);
                }
            }
        });
        return new ImportResult(List.of(), parsed.rows(), stands, true);
    }

    static Map<String, Object> standValues(LocalDate date, String source, int rows) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("stand_date", date.toString());
        v.put("source", source);
        v.put("rows", rows);
        return v;
    }

    /** All stands, oldest first, real and demo. */
    public List<CoverageStand> stands() {
        return repository.stands();
    }

    /**
     * The stand to show for {@code date} (null: the latest): the last real stand on or before it, or,
     * only when there are no real stands at all, the last demo stand.
     */
    public Optional<CoverageStand> standFor(LocalDate date) {
        List<CoverageStand> all = stands();
        List<CoverageStand> real = all.stream().filter(s -> !s.demo()).toList();
        List<CoverageStand> pool = real.isEmpty() ? all : real;
        return CoverageMath.lastStandOnOrBefore(pool, date == null ? LocalDate.MAX : date);
    }

    /** The stand before {@code stand} of the same kind (real or demo), to compare against. */
    public Optional<CoverageStand> previousStand(CoverageStand stand) {
        return CoverageMath.lastStandOnOrBefore(stands().stream()
                .filter(s -> s.demo() == stand.demo() && s.date().isBefore(stand.date())).toList(), stand.date());
    }

    public List<GemeindeCoverage> rows(CoverageStand stand) {
        return repository.rows(stand.id());
    }

    /** Figures per region of {@code level} (sorted by AGS), aggregated from the Gemeinden's counts. */
    public List<RegionFigures> summary(CoverageStand stand, RegionLevel level) {
        Map<String, GemeindeCoverage> byAgs = rows(stand).stream()
                .collect(Collectors.toMap(GemeindeCoverage::ags, c -> c));
        List<RegionFigures> out = new ArrayList<>();
        for (Region r : regions.byLevel(level)) {
            List<GemeindeCoverage> members = switch (level) {
                case GEMEINDE -> Optional.ofNullable(byAgs.get(r.ags())).map(List::of).orElse(List.of());
                case KREIS -> regions.children(r.ags()).stream().map(g -> byAgs.get(g.ags()))
                        .filter(Objects::nonNull).toList();
                case LAND -> List.copyOf(byAgs.values());
            };
            if (!members.isEmpty()) {
                out.add(new RegionFigures(r, CoverageMath.aggregate(members)));
            }
        }
        out.sort(Comparator.comparing(f -> f.region().ags()));
        return out;
    }
}
