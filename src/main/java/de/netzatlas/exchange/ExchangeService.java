package de.netzatlas.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import de.netzatlas.fibre.FibreProjectService;
import de.netzatlas.region.RegionService;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;
import de.netzatlas.store.SettingsRepository;

/**
 * The data-exchange façade wired by the composition root: the import service with its targets,
 * the export sources, and the mapping profiles. Registers add their target and source here.
 */
public final class ExchangeService {

    private final ImportService imports;
    private final Map<String, ExportSource> exports = new LinkedHashMap<>();
    private final MappingProfiles profiles;
    private final ImportBenchmark benchmark;

    public ExchangeService(Database db, AuditLog audit, Clock clock, Supplier<String> user, RegionService regions,
                           FibreProjectService projects, SettingsRepository settings) {
        CoverageExchangeRepository coverage = new CoverageExchangeRepository(db, clock);
        RegionStatisticsRepository statistics = new RegionStatisticsRepository(db, clock);
        this.imports = new ImportService(db, audit, clock, user, List.of(
                new CoverageTarget(coverage, regions, audit),
                new ProjectsTarget(projects),
                new ProjectAreasTarget(projects),
                new RegionStatisticsTarget(statistics, regions, audit)));
        for (ExportSource s : List.of(new CoverageExport(coverage, regions), new ProjectsExport(projects),
                new RegionsExport(regions, statistics))) {
            exports.put(s.id(), s);
        }
        this.profiles = new MappingProfiles(settings, user);
        this.benchmark = new ImportBenchmark(imports, new BulkLoadRepository(db), regions);
    }

    /** The import benchmark ({@code netzatlas bench import}); only on a throwaway database. */
    public ImportBenchmark benchmark() {
        return benchmark;
    }

    public ImportService imports() {
        return imports;
    }

    public MappingProfiles profiles() {
        return profiles;
    }

    public List<ExportSource> exportSources() {
        return List.copyOf(exports.values());
    }

    public Optional<ExportSource> exportSource(String id) {
        return Optional.ofNullable(exports.get(id));
    }

    /** Exports {@code sourceId} to {@code file}; returns the rows written. */
    public long export(String sourceId, Path file, Format format) throws IOException {
        ExportSource s = exportSource(sourceId).orElseThrow(() -> new IllegalArgumentException(
                "Unbekannte Daten „" + sourceId + "“; möglich: " + String.join(", ", exports.keySet()) + "."));
        return Exporter.export(s, file, format);
    }
}
