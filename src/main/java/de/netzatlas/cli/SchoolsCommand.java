package de.netzatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolCsv;
import de.netzatlas.schools.SchoolFigures;
import de.netzatlas.schools.SchoolStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code netzatlas schools list|import|export|kpi}: Register „Schulen ans Netz“. */
@Command(name = "schools", mixinStandardHelpOptions = true, description = "Schulen ans Netz: Schulen und ihr Anschluss.",
        subcommands = {SchoolsCommand.ListCommand.class, SchoolsCommand.ImportCommand.class,
                SchoolsCommand.ExportCommand.class, SchoolsCommand.KpiCommand.class})
final class SchoolsCommand implements Runnable {

    @ParentCommand
    NetzatlasCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Unterbefehl fehlt: list, import, export oder kpi");
    }

    static List<School> filtered(AppServices s, String kreis, SchoolStatus status) {
        return s.schools().all().stream()
                .filter(x -> kreis == null || s.regions().byAgs(x.gemeindeAgs()).map(r -> kreis.equals(r.parentAgs()))
                        .orElse(false))
                .filter(x -> status == null || x.status() == status)
                .sorted(Comparator.comparing(School::gemeindeAgs).thenComparing(School::name)).toList();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Listet die Schulen mit Status und Bandbreite.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        SchoolsCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--kreis", paramLabel = "AGS", description = "nur Schulen dieses Kreises (5-stelliger AGS)")
        String kreis;
        @Option(names = "--status", paramLabel = "STATUS", description = "nur dieser Status: ${COMPLETION-CANDIDATES}")
        SchoolStatus status;
        @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
                description = "Ausgabeformat: table (Standard) oder csv (Spalten wie beim Import)")
        RegionsCommand.Format format;

        @Override
        public Integer call() {
            try (AppServices services = parent.root.openServices()) {
                List<School> schools = filtered(services, kreis, status);
                PrintWriter out = spec.commandLine().getOut();
                if (format == RegionsCommand.Format.csv) {
                    SchoolCsv.write(out, schools);
                } else {
                    NumberFormat n = NumberFormat.getIntegerInstance(Locale.GERMANY);
                    String row = "%-7s  %-44s  %-22s  %-20s  %7s  %11s  %-10s%n";
                    out.printf(row, "Nr.", "Schule", "Gemeinde", "Status", "Schüler", "Mbit/s", "Plan");
                    long pupils = 0;
                    for (School s : schools) {
                        out.printf(row, s.schulnummer(), cut(s.name() + (s.demo() ? " (Demo)" : ""), 44),
                                cut(services.regions().byAgs(s.gemeindeAgs()).map(r -> r.name()).orElse(s.gemeindeAgs()), 22),
                                s.status().label(), s.pupils() == null ? "–" : n.format(s.pupils()),
                                (s.downMbit() == null ? "–" : s.downMbit()) + "/" + (s.upMbit() == null ? "–" : s.upMbit()),
                                s.plannedDate() == null ? "–" : s.plannedDate().format(CliDates.GERMAN));
                        pupils += s.pupilCount();
                    }
                    out.printf(row, "", "Summe (" + n.format(schools.size()) + " Schulen)", "", "", n.format(pupils), "", "");
                    if (schools.stream().anyMatch(School::demo)) {
                        out.println("Enthält Demodaten: synthetisch, nicht amtlich (entfernen mit: netzatlas demo remove).");
                    }
                }
                out.flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Importiert Schulen aus einer CSV-Datei (Excel, Semikolon). Bei einem Fehler wird nichts geschrieben (Exit-Code 3).")
    static final class ImportCommand implements Callable<Integer> {
        @ParentCommand
        SchoolsCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DATEI", description = "CSV-Datei (Spalten siehe README)")
        Path file;

        @Override
        public Integer call() {
            return RegisterCli.importFile(spec, parent.root, "schools", file, "nichts importiert.",
                    RegisterCli.summary("Schulen"));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Schreibt die Schulen als CSV (Excel, Semikolon, UTF-8 mit BOM) – wieder importierbar.")
    static final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        SchoolsCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DATEI", description = "Zieldatei, oder - für die Standardausgabe")
        String file;
        @Option(names = "--kreis", paramLabel = "AGS", description = "nur Schulen dieses Kreises")
        String kreis;

        @Override
        public Integer call() throws IOException {
            try (AppServices services = parent.root.openServices()) {
                List<School> all = filtered(services, kreis, null);
                List<School> schools = all.stream().filter(s -> !s.demo()).toList();
                RegisterCli.export(spec, file, w -> SchoolCsv.write(w, schools), schools.size(), "Schulen",
                        all.size() - schools.size());
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "kpi", mixinStandardHelpOptions = true,
            description = "Anteil der Schulen und Schüler mit Gigabit je Kreis und Land; überfällige Schulen.")
    static final class KpiCommand implements Callable<Integer> {
        @ParentCommand
        SchoolsCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppServices services = parent.root.openServices()) {
                List<School> schools = services.schools().all();
                PrintWriter out = spec.commandLine().getOut();
                String row = "%-28s  %7s  %9s  %8s  %9s%n";
                out.printf(row, "Gebiet", "Schulen", "Gigabit", "Schüler", "Gigabit");
                for (SchoolFigures.Row r : SchoolFigures.byKreis(schools, ags -> services.regions().byAgs(ags)
                        .map(g -> g.parentAgs()).orElse("?"))) {
                    out.printf(row, cut(services.regions().byAgs(r.ags()).map(g -> g.name()).orElse(r.ags()), 28),
                            r.schools(), percent(r.schoolShare()), r.pupils(), percent(r.pupilShare()));
                }
                List<School> overdue = SchoolFigures.overdue(schools, services.clock().instant()
                        .atZone(services.clock().getZone()).toLocalDate());
                out.printf("Unter Zielbandbreite: %d Schulen; überfällig (Plantermin verstrichen): %d%n",
                        SchoolFigures.belowTarget(schools).size(), overdue.size());
                for (School s : overdue) {
                    out.printf("  %s  %s (geplant %s, %s)%n", s.schulnummer(), s.name(),
                            s.plannedDate().format(CliDates.GERMAN), s.status().label());
                }
                out.flush();
                return ExitCodes.OK;
            }
        }
    }

    static String percent(double share) {
        return String.format(Locale.GERMANY, "%.1f %%", share * 100);
    }

    static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
