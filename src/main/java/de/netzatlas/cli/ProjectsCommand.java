package de.netzatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import de.netzatlas.app.AppServices;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.Funding;
import de.netzatlas.region.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code netzatlas projects list [--format table|csv]}: Ausbauprojekte mit Summenzeile. */
@Command(name = "projects", mixinStandardHelpOptions = true, description = "Glasfaser-Ausbauprojekte.",
        subcommands = ProjectsCommand.ListCommand.class)
final class ProjectsCommand extends CommandGroup {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Listet die Projekte (Kreis, Name) mit Status, Haushalten und Kosten.")
    static final class ListCommand extends ListSubcommand<FibreProject> {

        @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
                description = "Ausgabeformat: table (Standard) oder csv (RFC 4180, UTF-8)")
        RegionsCommand.Format format;

        ListCommand() {
            super(FibreProject::demo);
        }

        @Override
        RegionsCommand.Format format() {
            return format;
        }

        @Override
        List<FibreProject> rows(AppServices services) {
            List<FibreProject> projects = asOf().map(d -> services.projects().validOn(d).projects())
                    .orElseGet(services.projects()::all);
            return projects.stream()
                    .sorted(Comparator.comparing(FibreProject::kreisAgs).thenComparing(FibreProject::name)).toList();
        }

        @Override
        void csv(PrintWriter out, List<FibreProject> projects, AppServices services) {
            try {
                CSVPrinter csv = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                        .setHeader("id", "name", "kreis_ags", "gemeinden", "status", "model", "programme", "operator",
                                "households", "businesses", "schools", "cost_total", "share_bund", "share_land",
                                "share_kommune", "share_operator", "weak_area", "start_date", "planned_completion",
                                "actual_completion", "demo").get().print(out);
                for (FibreProject p : projects) {
                    Funding f = p.funding();
                    csv.printRecord(de.netzatlas.common.SpreadsheetText.cells(p.id(), p.name(), p.kreisAgs(), String.join(" ", p.gemeinden()), p.status(),
                            p.model(), p.programme(), p.operator(), p.households(), p.businesses(), p.schools(),
                            plain(f.costTotal()), plain(f.bund()), plain(f.land()), plain(f.kommune()),
                            plain(f.operator()), p.weakArea(), p.start(), p.plannedCompletion(), p.actualCompletion(),
                            p.demo()));
                }
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String plain(BigDecimal v) {
            return v == null ? null : v.toPlainString();
        }

        @Override
        void table(PrintWriter out, List<FibreProject> projects, AppServices services) {
            NumberFormat n = NumberFormat.getIntegerInstance(Locale.GERMANY);
            String row = "%-46s  %-22s  %-30s  %9s  %14s  %-10s%n";
            out.printf(row, "Projekt", "Kreis", "Status", "Haushalte", "Kosten (€)", "Fertig");
            long households = 0;
            BigDecimal cost = BigDecimal.ZERO;
            for (FibreProject p : projects) {
                String kreis = services.regions().byAgs(p.kreisAgs()).map(Region::name).orElse(p.kreisAgs());
                LocalDateText done = new LocalDateText(p.actualCompletion() != null ? p.actualCompletion() : p.plannedCompletion(),
                        p.actualCompletion() == null);
                out.printf(row, CliText.cut(p.name() + (p.demo() ? " (Demo)" : ""), 46), CliText.cut(kreis, 22), p.status().label(),
                        n.format(p.households()), p.funding().costTotal() == null ? "–" : n.format(p.funding().costTotal()),
                        done);
                households += p.households();
                cost = cost.add(p.funding().costTotal() == null ? BigDecimal.ZERO : p.funding().costTotal());
            }
            out.printf(row, "Summe (" + projects.size() + " Projekte)", "", "", n.format(households), n.format(cost), "");
        }

        /** A completion date, "(geplant)" when only planned. */
        private record LocalDateText(java.time.LocalDate date, boolean planned) {
            @Override
            public String toString() {
                return date == null ? "–" : date.format(CliDates.GERMAN) + (planned ? " (geplant)" : "");
            }
        }
    }
}
