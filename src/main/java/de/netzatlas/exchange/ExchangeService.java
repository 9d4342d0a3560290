package de.netzatlas.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import de.netzatlas.fibre.FibreProjectService;
import de.netzatlas.mobile.MobileRegister;
import de.netzatlas.region.RegionService;
import de.netzatlas.schools.SchoolService;
import de.netzatlas.sites.SiteService;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;
import de.netzatlas.store.SettingsRepository;

/**
 * The data-exchange façade wired by the composition root: the import service with its targets,
 * the export sources, and the mapping profiles: coverage, projects, project areas, regions and the
 * three asset registers (schools, ITN-XT sites, mobile sites; one generic adapter, decision 0015).
 */
public final class ExchangeService {

    private final ImportService imports;
    private final Map<String, ExportSource> exports = new LinkedHashMap<>();
    private final MappingProfiles profiles;
    private final ImportBenchmark benchmark;

    public ExchangeService(Database db, AuditLog audit, Clock clock, Supplier<String> user, RegionService regions,
                           FibreProjectService projects, SchoolService schools, SiteService sites, MobileRegister mobile,
                           SettingsRepository settings) {
        CoverageExchangeRepository coverage = new CoverageExchangeRepository(db, clock);
        RegionStatisticsRepository statistics = new RegionStatisticsRepository(db, clock);
        SchoolMapping schoolColumns = new SchoolMapping();
        SiteMapping siteColumns = new SiteMapping();
        MobileMapping mobileColumns = new MobileMapping();
        this.imports = new ImportService(db, audit, clock, user, List.of(
                new CoverageTarget(coverage, regions, audit),
                new ProjectsTarget(projects),
                new ProjectAreasTarget(projects),
                new RegionStatisticsTarget(statistics, regions, audit),
                new AssetImportTarget<>(schools, schoolColumns, () -> { }),
                new AssetImportTarget<>(sites, siteColumns, () -> { }),
                new AssetImportTarget<>(mobile.sites(), mobileColumns, mobile::refreshCoverage)));
        for (ExportSource s : List.of(new CoverageExport(coverage, regions), new ProjectsExport(projects),
                new RegionsExport(regions, statistics), new AssetExportSource<>(schools, schoolColumns),
                new AssetExportSource<>(sites, siteColumns), new AssetExportSource<>(mobile.sites(), mobileColumns))) {
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

    /** Exports {@code sourceId} to {@code file}; returns the rows written and the demo rows left out. */
    public Exporter.Result export(String sourceId, Path file, Format format) throws IOException {
        ExportSource s = exportSource(sourceId).orElseThrow(() -> new IllegalArgumentException(
                "Unbekannte Daten „" + sourceId + "“; möglich: " + String.join(", ", exports.keySet()) + "."));
        return Exporter.export(s, file, format);
    }

    /**
     * A register's own import command ({@code netzatlas schools import} etc.) on the framework: the
     * settings are detected and the columns mapped by name as {@code netzatlas import} does, but a
     * header column that maps to no field (a typo, a second column of the same name) is an error,
     * as it always was for these files – its data would otherwise be dropped silently; the rows are
     * then only checked (dry run) so the report is complete. All or nothing: with any error nothing
     * is written.
     */
    public ImportResult importRegisterFile(String targetId, Path file) {
        ImportPreview preview = imports.preview(file, targetId, null);
        Problems header = new Problems(file.getFileName().toString());
        if (preview.problems().stream().noneMatch(Problem::isError)) {
            Set<String> used = new HashSet<>(preview.mapping().fieldToColumn().values());
            Set<String> seen = new HashSet<>();
            long headerRow = headerRow(file, preview.settings());
            for (String column : preview.header()) {
                String name = column == null ? "" : column.trim();
                if (name.isEmpty()) {
                    continue;
                }
                if (!seen.add(name)) {
                    header.error(headerRow, name, null, "Spalte „" + name + "“ kommt doppelt vor.");
                } else if (!used.contains(column)) {
                    header.error(headerRow, name, null, "Unbekannte Spalte „" + name + "“.");
                }
            }
        }
        ImportRequest request = ImportRequest.of(file, targetId).withSettings(preview.settings())
                .withMapping(preview.mapping());
        if (!header.hasErrors()) {
            return imports.run(request, null, null);
        }
        ImportResult checked = imports.run(request.withDryRun(true), null, null);
        List<Problem> all = new ArrayList<>(header.list());
        all.addAll(checked.problems());
        return new ImportResult(all, header.errorCount() + checked.errors(), checked.warnings(), checked.rows(), 0, 0,
                0, 0, false, checked.cancelled(), null);
    }

    private long headerRow(Path file, ReadSettings settings) {
        Problems ignored = new Problems(file.getFileName().toString());
        try (TableReader reader = imports.open(file, settings, ignored)) {
            return reader == null ? 1 : reader.headerRow();
        }
    }
}
