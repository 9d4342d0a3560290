package de.netzatlas.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.netzatlas.app.AppServices;
import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.fibre.GemeindeCoverage;
import de.netzatlas.region.Region;

/** A real H2 file with seeded regions and all services (as the app wires them), plus fixture files. */
final class ExchangeFixture implements AutoCloseable {

    final AppServices services;
    final ExchangeService exchange;
    final ImportService imports;
    final Path dir;

    ExchangeFixture(Path dir) {
        this.dir = dir;
        this.services = AppServices.open(dir.resolve("exchange.mv.db"));
        this.exchange = services.exchange();
        this.imports = exchange.imports();
    }

    /** Copies a fixture file from the test resources into the temp folder. */
    Path fixture(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = ExchangeFixture.class.getResourceAsStream(name)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    ImportResult importFile(Path file, String target) {
        return imports.run(ImportRequest.of(file, target), null, null);
    }

    /** Writes {@code text} (UTF-8) as {@code name} into the temp folder. */
    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Imports {@code text} as file {@code name} into {@code target} with the given options. */
    ImportResult importText(String target, String name, String text, boolean validOnly,
                            ImportTarget.ExistingPolicy existing) throws IOException {
        return imports.run(ImportRequest.of(write(name, text), target).withValidOnly(validOnly).withExisting(existing),
                null, null);
    }

    ImportResult importText(String target, String name, String text) throws IOException {
        return importText(target, name, text, false, ImportTarget.ExistingPolicy.OVERWRITE);
    }

    /** Problems as the command line prints them ({@code file:row:column: message}, warnings prefixed). */
    static List<String> lines(ImportResult r) {
        return r.problems().stream().map(p -> (p.isError() ? "" : "Warnung: ") + p).toList();
    }

    long auditCount() {
        return services.audit().count(services.database());
    }

    List<GemeindeCoverage> coverageRows(java.time.LocalDate date) {
        return services.coverage().stands().stream().filter(s -> s.date().equals(date) && !s.demo())
                .findFirst().map(s -> services.coverage().rows(s)).orElse(List.of());
    }

    List<CoverageStand> stands() {
        return services.coverage().stands();
    }

    Region region(String ags) {
        return services.regions().byAgs(ags).orElseThrow();
    }

    /** Everything an import may touch, to compare "before" and "after". */
    String snapshot() {
        StringBuilder sb = new StringBuilder();
        sb.append("audit=").append(services.audit().count(services.database())).append('\n');
        for (CoverageStand s : services.coverage().stands()) {
            sb.append(s).append(services.coverage().rows(s)).append('\n');
        }
        services.projects().all().forEach(p -> sb.append(p).append('\n'));
        services.regions().reload();
        services.regions().all().forEach(r -> sb.append(r.ags()).append(r.population()).append(r.households())
                .append(r.householdsDate()).append('\n'));
        services.schools().all().forEach(a -> sb.append(a).append('\n'));
        services.sites().all().forEach(a -> sb.append(a).append('\n'));
        services.mobile().all().forEach(a -> sb.append(a).append('\n'));
        return sb.toString();
    }

    @Override
    public void close() {
        services.close();
    }
}
