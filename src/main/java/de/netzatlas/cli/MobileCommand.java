package de.netzatlas.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.mobile.AreaCoverage;
import de.netzatlas.mobile.CoverageFigures;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.region.Region;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code netzatlas mobile list|import|export|coverage}: the 5G/Mobilfunk register on the command line. */
@Command(name = "mobile", mixinStandardHelpOptions = true, description = "5G/Mobilfunk-Standorte und Versorgung.",
        subcommands = {MobileCommand.ListCommand.class, MobileCommand.ImportCommand.class,
            MobileCommand.ExportCommand.class, MobileCommand.CoverageKpiCommand.class})
final class MobileCommand implements Runnable {

    @ParentCommand
    NetzatlasCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Unterbefehl fehlt: list, import, export oder coverage");
    }

    private static final String DEMO_NOTE = "Enthält Demodaten: synthetisch, nicht amtlich (entfernen mit: netzatlas demo remove).";

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Listet die Standorte (Kennung) mit Betreiber, Technologie, Status und Gemeinde.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        MobileCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
                description = "Ausgabeformat: table (Standard) oder csv (wie export)")
        RegionsCommand.Format format;

        @Override
        public Integer call() {
            try (AppServices services = parent.root.openServices()) {
                PrintWriter out = spec.commandLine().getOut();
                List<MobileSite> sites = services.mobile().all().stream()
                        .sorted(Comparator.comparing(MobileSite::identifier)).toList();
                if (format == RegionsCommand.Format.csv) {
                    services.mobile().exportCsv(out);
                } else {
                    String row = "%-12s  %-20s  %-6s  %-16s  %-12s  %-28s  %7s%n";
                    out.printf(row, "Kennung", "Betreiber", "Techn.", "Bänder (MHz)", "Status", "Gemeinde", "Radius");
                    for (MobileSite s : sites) {
                        String gemeinde = services.regions().byAgs(s.gemeindeAgs()).map(Region::name).orElse(s.gemeindeAgs());
                        out.printf(row, s.identifier(), cut(s.operator().label(), 20), s.technology().label().replace("5G NR", "5G"),
                                s.bandsText(), s.status().label(), cut(gemeinde, 28),
                                String.format(Locale.GERMANY, "%.1f km", services.mobile().radii().radiusKm(s)));
                    }
                    out.printf("Summe: %d Standorte, davon %d in Betrieb, %d gefördert.%n", sites.size(),
                            sites.stream().filter(MobileSite::inOperation).count(),
                            sites.stream().filter(MobileSite::funded).count());
                    if (sites.stream().anyMatch(MobileSite::demo)) {
                        out.println(DEMO_NOTE);
                    }
                }
                out.flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Importiert Standorte aus einer CSV-Datei (Aufbau: README, Abschnitt Mobilfunk).",
                "Eine bekannte Kennung ändert den Standort. Bei Fehlern wird nichts geschrieben (Exit-Code 3)."})
    static final class ImportCommand implements Callable<Integer> {
        @ParentCommand
        MobileCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "CSV-Datei (;, Dezimalkomma, UTF-8 oder Windows-1252)")
        Path file;

        @Override
        public Integer call() {
            return RegisterCli.importFile(spec, parent.root, "mobile", file,
                    "nichts wurde geschrieben.", r -> String.format("Importiert: %d Zeilen, %d Standorte neu, %d geändert.",
                            r.rows(), r.inserted(), r.updated()));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Schreibt alle Standorte als CSV (Excel, deutsch; wieder importierbar).")
    static final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        MobileCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "Zieldatei, „-“ für die Standardausgabe")
        String file;

        @Override
        public Integer call() {
            try (AppServices services = parent.root.openServices()) {
                int written;
                if ("-".equals(file)) {
                    PrintWriter out = spec.commandLine().getOut();
                    written = services.mobile().exportCsv(out);
                    out.flush();
                } else {
                    try (Writer w = new OutputStreamWriter(Files.newOutputStream(Path.of(file)), StandardCharsets.UTF_8)) {
                        written = services.mobile().exportCsv(w);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    spec.commandLine().getOut().printf("Exportiert: %d Standorte nach %s.%n", written, file);
                    spec.commandLine().getOut().flush();
                }
                RegisterCli.demoLeftOut(spec, services.mobile().all().size() - written);
                return ExitCodes.OK;
            }
        }
    }

    enum Level { land, kreis }

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = {"Flächenversorgung mit LTE und 5G (Standorte in Betrieb, Versorgungskreise auf das Land",
                "zugeschnitten) und weiße Flecken (von keinem Standort versorgt) in km² und Prozent."})
    static final class CoverageKpiCommand implements Callable<Integer> {
        @ParentCommand
        MobileCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--level", paramLabel = "land|kreis", defaultValue = "land",
                description = "land (Standard) oder kreis (je Kreis, dazu das Land)")
        Level level;

        @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
                description = "Ausgabeformat: table (Standard) oder csv (RFC 4180, UTF-8, Punkt als Dezimaltrenner)")
        RegionsCommand.Format format;

        @Override
        public Integer call() {
            try (AppServices services = parent.root.openServices()) {
                CoverageFigures f = services.mobile().coverageFigures();
                List<AreaCoverage> rows = new java.util.ArrayList<>();
                if (level == Level.kreis) {
                    f.kreise().stream().sorted(Comparator.comparing(AreaCoverage::ags)).forEach(rows::add);
                }
                rows.add(f.land());
                PrintWriter out = spec.commandLine().getOut();
                if (format == RegionsCommand.Format.csv) {
                    csv(out, rows, services);
                } else {
                    table(out, rows, services);
                    if (services.mobile().hasDemo()) {
                        out.println(DEMO_NOTE);
                    }
                }
                out.flush();
                return ExitCodes.OK;
            }
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
                        pct(a.lteShare()), km.format(a.nrKm2()), pct(a.nrShare()), km.format(a.whiteKm2()),
                        pct(a.whiteShare()));
            }
        }

        private static String pct(double share) {
            return String.format(Locale.GERMANY, "%.1f %%", share * 100);
        }
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
