package de.netzatlas.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolCsv;
import de.netzatlas.schools.SchoolFigures;
import de.netzatlas.schools.SchoolStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code netzatlas schools list|import|export|kpi}: Register „Schulen ans Netz“. */
@Command(name = "schools", mixinStandardHelpOptions = true, description = "Schulen ans Netz: Schulen und ihr Anschluss.",
        subcommands = {SchoolsCommand.ListCommand.class, SchoolsCommand.ImportCommand.class,
                SchoolsCommand.ExportCommand.class, SchoolsCommand.KpiCommand.class})
final class SchoolsCommand extends CommandGroup {

    static final RegisterCli.Register<School> SCHOOLS = new RegisterCli.Register<>("schools", "Schulen",
            s -> s.schools().all(), SchoolCsv::write, (services, day) -> {
                var recorded = ValidTime.recorded(services.schools());
                return x -> ValidTime.school(x, day, recorded);
            });

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Listet die Schulen mit Status und Bandbreite.")
    static final class ListCommand extends RegisterCli.ListRecords<School> {
        @Option(names = "--kreis", paramLabel = "AGS", description = "nur Schulen dieses Kreises (5-stelliger AGS)")
        String kreis;
        @Option(names = "--status", paramLabel = "STATUS", description = "nur dieser Status: ${COMPLETION-CANDIDATES}")
        SchoolStatus status;

        ListCommand() {
            super(SCHOOLS);
        }

        @Override
        String kreis() {
            return kreis;
        }

        @Override
        SchoolStatus status() {
            return status;
        }

        @Override
        void table(PrintWriter out, List<School> schools, AppServices services) {
            NumberFormat n = NumberFormat.getIntegerInstance(Locale.GERMANY);
            String row = "%-7s  %-44s  %-22s  %-20s  %7s  %11s  %-10s%n";
            out.printf(row, "Nr.", "Schule", "Gemeinde", "Status", "Schüler", "Mbit/s", "Plan");
            long pupils = 0;
            for (School s : schools) {
                out.printf(row, s.schulnummer(), CliText.cut(s.name() + (s.demo() ? " (Demo)" : ""), 44),
                        CliText.cut(services.regions().byAgs(s.gemeindeAgs()).map(r -> r.name()).orElse(s.gemeindeAgs()), 22),
                        s.status().label(), s.pupils() == null ? "–" : n.format(s.pupils()),
                        (s.downMbit() == null ? "–" : s.downMbit()) + "/" + (s.upMbit() == null ? "–" : s.upMbit()),
                        s.plannedDate() == null ? "–" : s.plannedDate().format(CliDates.GERMAN));
                pupils += s.pupilCount();
            }
            out.printf(row, "", "Summe (" + n.format(schools.size()) + " Schulen)", "", "", n.format(pupils), "", "");
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Importiert Schulen aus einer CSV-Datei (Excel, Semikolon). Bei einem Fehler wird nichts geschrieben (Exit-Code 3).")
    static final class ImportCommand extends RegisterCli.Import {
        ImportCommand() {
            super(SCHOOLS);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Schreibt die Schulen als CSV (Excel, Semikolon, UTF-8 mit BOM) – wieder importierbar.")
    static final class ExportCommand extends RegisterCli.Export<School> {
        @Option(names = "--kreis", paramLabel = "AGS", description = "nur Schulen dieses Kreises")
        String kreis;

        ExportCommand() {
            super(SCHOOLS);
        }

        @Override
        String kreis() {
            return kreis;
        }
    }

    @Command(name = "kpi", mixinStandardHelpOptions = true,
            description = {"Anteil der Schulen und Schüler mit Gigabit je Kreis und Land; überfällige Schulen.",
                    "Mit --as-of zählt eine Schule als Gigabit-Schule, wenn sie an dem Tag laut Statushistorie angeschlossen war."})
    static final class KpiCommand extends Subcommand {

        @Mixin
        AsOfOption asOf;

        @Override
        public Integer call() {
            try (AppServices services = openExistingServices()) {
                asOf.announce(err());
                var recorded = asOf.date().isPresent() ? ValidTime.recorded(services.schools()) : null;
                List<School> schools = services.schools().all().stream()
                        .map(s -> asOf.date().map(d -> ValidTime.school(s, d, recorded)).orElse(s)).toList();
                PrintWriter out = out();
                String row = "%-28s  %7s  %9s  %8s  %9s%n";
                out.printf(row, "Gebiet", "Schulen", "Gigabit", "Schüler", "Gigabit");
                for (SchoolFigures.Row r : SchoolFigures.byKreis(schools, ags -> services.regions().byAgs(ags)
                        .map(g -> g.parentAgs()).orElse("?"))) {
                    out.printf(row, CliText.cut(services.regions().byAgs(r.ags()).map(g -> g.name()).orElse(r.ags()), 28),
                            r.schools(), CliText.percent(r.schoolShare()), r.pupils(), CliText.percent(r.pupilShare()));
                }
                List<School> overdue = SchoolFigures.overdue(schools, asOf.date().orElseGet(() -> services.clock()
                        .instant().atZone(services.clock().getZone()).toLocalDate()));
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
}
