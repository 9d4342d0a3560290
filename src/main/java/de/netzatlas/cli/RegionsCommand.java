package de.netzatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code netzatlas regions [--level kreis|gemeinde] [--format table|csv]}. */
@Command(name = "regions", mixinStandardHelpOptions = true,
        description = "Listet Land, Kreise und Gemeinden mit AGS, Name und Einwohnerzahl.")
final class RegionsCommand extends Subcommand {

    enum Level { land, kreis, gemeinde }

    enum Format { table, csv }

    @Option(names = "--level", paramLabel = "kreis|gemeinde",
            description = "Nur diese Ebene (land, kreis, gemeinde); Standard: alle")
    Level level;

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
            description = "Ausgabeformat: table (Standard) oder csv (RFC 4180, UTF-8, mit Kopfzeile)")
    Format format;

    @Override
    public Integer call() {
        try (AppServices services = openServices()) {
            List<Region> regions = services.regions().all().stream()
                    .filter(r -> level == null || r.level() == RegionLevel.valueOf(level.name().toUpperCase(Locale.ROOT)))
                    .sorted(Comparator.comparing(Region::ags))
                    .toList();
            PrintWriter out = out();
            if (format == Format.csv) {
                printCsv(out, regions);
            } else {
                printTable(out, regions);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static void printCsv(PrintWriter out, List<Region> regions) {
        try {
            CSVPrinter csv = CSVFormat.RFC4180.builder()
                    .setHeader("ags", "name", "level", "type", "parent_ags", "population", "population_date")
                    .setRecordSeparator("\n").get().print(out);
            for (Region r : regions) {
                csv.printRecord(r.ags(), r.name(), r.level().name().toLowerCase(Locale.ROOT), r.type(),
                        r.parentAgs(), r.population(), r.populationDate());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printTable(PrintWriter out, List<Region> regions) {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.GERMANY);
        int nameWidth = regions.stream().mapToInt(r -> r.name().length()).max().orElse(4);
        String row = "%-8s  %-" + nameWidth + "s  %-16s  %12s%n";
        out.printf(row, "AGS", "Name", "Typ", "Einwohner");
        for (Region r : regions) {
            out.printf(row, r.ags(), r.name(), r.type(),
                    r.population() == null ? "–" : number.format(r.population()));
        }
        regions.stream().map(Region::populationDate).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(d -> out.printf("%d Gebiete; Einwohner Stand %s (Destatis GV-ISys)%n", regions.size(),
                        d.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
    }
}
