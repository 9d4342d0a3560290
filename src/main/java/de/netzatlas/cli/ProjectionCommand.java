package de.netzatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.fibre.FibreOutlook;
import de.netzatlas.region.Region;
import de.netzatlas.scenario.ProjectionPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code netzatlas projection --until 2030 [--format table|csv]}: FTTB/H- und Gigabit-Anteil je Jahr gegen die Bundesziele. */
@Command(name = "projection", mixinStandardHelpOptions = true,
        description = {"Hochrechnung des FTTB/H- und Gigabit-Anteils je Jahr aus dem neuesten Stand und den",
                "Fertigstellungen der Projekte, mit Abstand zu den Bundeszielen (≥ 50 % Glasfaser Ende 2025, 100 % 2030)."})
final class ProjectionCommand extends Subcommand {

    @Option(names = "--until", paramLabel = "YEAR", defaultValue = "2030", description = "Letztes Jahr (Standard: 2030)")
    int until;

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
            description = "table (Land und Kreise) oder csv (alle Ebenen, RFC 4180)")
    RegionsCommand.Format format;

    @Override
    public Integer call() {
        try (AppServices services = openExistingServices()) {
            Optional<FibreOutlook.Outlook> outlook = services.outlook().project(until);
            if (outlook.isEmpty()) {
                err().println("Keine Versorgungsdaten vorhanden (netzatlas coverage import DATEI "
                        + "oder netzatlas demo load).");
                return ExitCodes.OK;
            }
            PrintWriter out = out();
            if (format == RegionsCommand.Format.csv) {
                csv(out, outlook.get());
            } else {
                table(out, outlook.get(), services);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void csv(PrintWriter out, FibreOutlook.Outlook o) {
        try {
            CSVPrinter csv = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                    .setHeader("year", "level", "ags", "households", "gigabit", "fttbh", "gigabit_share", "fttbh_share",
                            "target_fttbh_share", "gap_households", "stand", "demo").get().print(out);
            for (ProjectionPoint p : o.points()) {
                csv.printRecord(p.year(), p.level().name().toLowerCase(Locale.ROOT), p.ags(), p.households(), p.gigabit(),
                        p.fttbh(), share(p.gigabitShare()), share(p.fttbhShare()),
                        p.hasTarget() ? share(p.targetShare()) : null, p.gapHouseholds(), o.stand().date(), o.stand().demo());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String share(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static void table(PrintWriter out, FibreOutlook.Outlook o, AppServices services) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.GERMANY);
        out.println("Hochrechnung ab Stand " + o.stand().label() + "; Ziel FTTB/H: 50 % Ende 2025, 100 % 2030 (dazwischen linear)");
        String row = "%-4s  %-8s  %-24s  %8s  %8s  %7s  %12s%n";
        out.printf(row, "Jahr", "AGS", "Gebiet", "≥ 1 Gbit", "FTTB/H", "Ziel", "Lücke (HH)");
        List<ProjectionPoint> shown = o.points().stream().filter(p -> p.level() != ProjectionPoint.Level.GEMEINDE).toList();
        for (ProjectionPoint p : shown) {
            String name = services.regions().byAgs(p.ags()).map(Region::name).orElse(p.ags());
            out.printf(row, p.year(), p.ags(), name.length() > 24 ? name.substring(0, 23) + "…" : name,
                    CoverageSummaryCommand.percent(p.gigabitShare()), CoverageSummaryCommand.percent(p.fttbhShare()),
                    p.hasTarget() ? CoverageSummaryCommand.percent(p.targetShare()) : "–",
                    p.gapHouseholds() == 0 ? "–" : n.format(p.gapHouseholds()));
        }
        if (o.stand().demo()) {
            out.println("Demodaten: synthetisch, nicht amtlich (entfernen mit: netzatlas demo remove).");
        }
    }
}
