package de.netzatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.mobile.AreaCoverage;
import de.netzatlas.mobile.CoverageFigures;
import de.netzatlas.mobile.MobileCoverageService;
import de.netzatlas.mobile.MobileCsv;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.region.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netzatlas mobile list|import|export|coverage}: the 5G/Mobilfunk register on the command line. */
@Command(name = "mobile", mixinStandardHelpOptions = true, description = "5G/Mobilfunk-Standorte und Versorgung.",
        subcommands = {MobileCommand.ListCommand.class, MobileCommand.ImportCommand.class,
            MobileCommand.ExportCommand.class, MobileCommand.CoverageKpiCommand.class})
final class MobileCommand extends CommandGroup {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Listet die Standorte (Kennung) mit Betreiber, Technologie, Status und Gemeinde.")
    static final class ListCommand extends ListSubcommand<MobileSite> {

        @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
                description = "Ausgabeformat: table (Standard) oder csv (wie export)")
        RegionsCommand.Format format;

        ListCommand() {
            super(MobileSite::demo);
        }

        @Override
        RegionsCommand.Format format() {
            return format;
        }

        @Override
        List<MobileSite> rows(AppServices services) {
            var recorded = asOf().isPresent() ? ValidTime.recorded(services.mobile().sites()) : null;
            return services.mobile().all().stream().map(s -> asOf().map(d -> ValidTime.mobile(s, d, recorded)).orElse(s))
                    .sorted(Comparator.comparing(MobileSite::identifier)).toList();
        }

        @Override
        void csv(PrintWriter out, List<MobileSite> sites, AppServices services) {
            if (asOf().isEmpty()) {
                services.mobile().exportCsv(out);
            } else { // the sites as on that day, real ones only as in the export (decision 0017)
                MobileCsv.write(out, sites.stream().filter(s -> !s.demo()).toList());
            }
        }

        @Override
        void table(PrintWriter out, List<MobileSite> sites, AppServices services) {
            String row = "%-12s  %-20s  %-6s  %-16s  %-12s  %-28s  %7s%n";
            out.printf(row, "Kennung", "Betreiber", "Techn.", "Bänder (MHz)", "Status", "Gemeinde", "Radius");
            for (MobileSite s : sites) {
                String gemeinde = services.regions().byAgs(s.gemeindeAgs()).map(Region::name).orElse(s.gemeindeAgs());
                out.printf(row, s.identifier(), CliText.cut(s.operator().label(), 20),
                        s.technology().label().replace("5G NR", "5G"), s.bandsText(), s.status().label(),
                        CliText.cut(gemeinde, 28),
                        String.format(Locale.GERMANY, "%.1f km", services.mobile().radii().radiusKm(s)));
            }
            out.printf("Summe: %d Standorte, davon %d in Betrieb, %d gefördert.%n", sites.size(),
                    sites.stream().filter(MobileSite::inOperation).count(),
                    sites.stream().filter(MobileSite::funded).count());
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Importiert Standorte aus einer CSV-Datei (Aufbau: README, Abschnitt Mobilfunk).",
                "Eine bekannte Kennung ändert den Standort. Bei Fehlern wird nichts geschrieben (Exit-Code 3)."})
    static final class ImportCommand extends Subcommand {

        @Parameters(paramLabel = "FILE", description = "CSV-Datei (;, Dezimalkomma, UTF-8 oder Windows-1252)")
        Path file;

        @Override
        public Integer call() {
            return RegisterCli.importFile(spec, root(), "mobile", file,
                    "nichts wurde geschrieben.", r -> String.format("Importiert: %d Zeilen, %d Standorte neu, %d geändert.",
                            r.rows(), r.inserted(), r.updated()));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Schreibt alle Standorte als CSV (Excel, deutsch; wieder importierbar).")
    static final class ExportCommand extends Subcommand {

        @Parameters(paramLabel = "FILE", description = "Zieldatei, „-“ für die Standardausgabe")
        String file;

        @Override
        public Integer call() throws IOException {
            try (AppServices services = openExistingServices()) {
                RegisterCli.export(spec, file, w -> services.mobile().exportCsv(w), "Exportiert: %d Standorte nach %s.%n",
                        services.mobile().all().size());
                return ExitCodes.OK;
            }
        }
    }

    enum Level { land, kreis }

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = {"Flächenversorgung mit LTE und 5G (Standorte in Betrieb, Versorgungskreise auf das Land",
                "zugeschnitten) und weiße Flecken (von keinem Standort versorgt) in km² und Prozent.",
                "Mit --as-of versorgen die Standorte, die an dem Tag laut Statushistorie in Betrieb waren."})
    static final class CoverageKpiCommand extends Subcommand {

        @Option(names = "--level", paramLabel = "land|kreis", defaultValue = "land",
                description = "land (Standard) oder kreis (je Kreis, dazu das Land)")
        Level level;

        @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
                description = "Ausgabeformat: table (Standard) oder csv (RFC 4180, UTF-8, Punkt als Dezimaltrenner)")
        RegionsCommand.Format format;

        @Mixin
        AsOfOption asOf;

        @Override
        public Integer call() {
            try (AppServices services = openExistingServices()) {
                asOf.announce(err());
                CoverageFigures f = asOf.date().map(d -> coverageOn(services, d)).orElseGet(() -> services.mobile().coverageFigures());
                List<AreaCoverage> rows = new java.util.ArrayList<>();
                if (level == Level.kreis) {
                    f.kreise().stream().sorted(Comparator.comparing(AreaCoverage::ags)).forEach(rows::add);
                }
                rows.add(f.land());
                PrintWriter out = out();
                if (format == RegionsCommand.Format.csv) {
                    csv(out, rows, services);
                } else {
                    table(out, rows, services);
                    if (asOf.date().isEmpty() ? services.mobile().hasDemo()
                            : services.mobile().all().stream().anyMatch(MobileSite::demo)) {
                        out.println(ListSubcommand.DEMO_NOTE);
                    }
                }
                out.flush();
                return ExitCodes.OK;
            }
        }

        /**
         * The coverage of the sites „in Betrieb“ on {@code day} by their status history, computed afresh
         * (the register's live coverage stays untouched).
         */
        private static CoverageFigures coverageOn(AppServices services, java.time.LocalDate day) {
            var recorded = ValidTime.recorded(services.mobile().sites());
            List<MobileSite> inOperation = services.mobile().all().stream().map(s -> ValidTime.mobile(s, day, recorded))
                    .filter(MobileSite::inOperation).toList();
            return new MobileCoverageService(services.regions(), services.mobile().radii()).figures(inOperation);
        }

        private static String name(AppServices services, String ags) {
            return services.regions().byAgs(ags).map(Region::name).orElse(ags);
        }

        private static void csv(PrintWriter out, List<AreaCoverage> rows, AppServices services) {
            try {
                CSVPrinter csv = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                        .setHeader("ags", "name", "area_km2", "lte_km2", "lte_share", "nr_km2", "nr_share",
                                "white_km2", "white_share").get().print(out);
                for (AreaCoverage a : rows) {
                    csv.printRecord(a.ags(), name(services, a.ags()), r(a.areaKm2(), 2), r(a.lteKm2(), 2),
                            r(a.lteShare(), 5), r(a.nrKm2(), 2), r(a.nrShare(), 5), r(a.whiteKm2(), 2),
                            r(a.whiteShare(), 5));
                }
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String r(double v, int digits) {
            return String.format(Locale.ROOT, "%." + digits + "f", v);
        }

        private static void table(PrintWriter out, List<AreaCoverage> rows, AppServices services) {
            NumberFormat km = NumberFormat.getNumberInstance(Locale.GERMANY);
            km.setMaximumFractionDigits(1);
            km.setMinimumFractionDigits(1);
            String row = "%-34s  %11s  %11s  %7s  %11s  %7s  %13s  %7s%n";
            out.printf(row, "Gebiet", "Fläche km²", "LTE km²", "LTE", "5G km²", "5G", "weiße Fl. km²", "Anteil");
            for (AreaCoverage a : rows) {
                out.printf(row, name(services, a.ags()), km.format(a.areaKm2()), km.format(a.lteKm2()),
                        CliText.percent(a.lteShare()), km.format(a.nrKm2()), CliText.percent(a.nrShare()), km.format(a.whiteKm2()),
                        CliText.percent(a.whiteShare()));
            }
        }
    }
}
