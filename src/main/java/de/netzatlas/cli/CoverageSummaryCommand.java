package de.netzatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.fibre.CoverageChange;
import de.netzatlas.fibre.CoverageFigures;
import de.netzatlas.fibre.CoverageMath;
import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.fibre.RegionFigures;
import de.netzatlas.region.RegionLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code netzatlas coverage summary [--stand DATE | --as-of DATE] [--level land|kreis|gemeinde] [--format table|csv]}:
 * {@code --as-of} is {@code --stand} under the name the other commands use (the newest stand on or before the day).
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Gigabit-, FTTB/H-Anteil, weiße (< 30 Mbit/s) und graue Flecken (< 100 Mbit/s), nach Haushalten gewichtet.")
final class CoverageSummaryCommand extends Subcommand {

    enum Level { land, kreis, gemeinde }

    @Option(names = "--stand", paramLabel = "DATE", converter = CliDates.class,
            description = "Letzter Stand an oder vor diesem Datum (Standard: der neueste)")
    LocalDate stand;

    @Option(names = "--level", paramLabel = "land|kreis|gemeinde", defaultValue = "kreis",
            description = "Ebene (Standard: kreis)")
    Level level;

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
            description = "Ausgabeformat: table (Standard) oder csv (RFC 4180, UTF-8)")
    RegionsCommand.Format format;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() {
        if (stand != null && asOf.date().isPresent() && !stand.equals(asOf.date().get())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--stand " + stand.format(CliDates.GERMAN)
                    + " und --as-of " + asOf.date().get().format(CliDates.GERMAN) + " widersprechen sich; bitte nur eine angeben.");
        }
        LocalDate stand = asOf.date().orElse(this.stand);
        try (AppServices services = openExistingServices()) {
            asOf.announce(err());
            Optional<CoverageStand> chosen = services.coverage().standFor(stand);
            if (chosen.isEmpty()) {
                err().println("Keine Versorgungsdaten" + (stand == null ? "" : " an oder vor "
                        + stand.format(CliDates.GERMAN)) + " vorhanden (netzatlas coverage import DATEI oder netzatlas demo load).");
                return ExitCodes.OK;
            }
            RegionLevel regionLevel = RegionLevel.valueOf(level.name().toUpperCase(Locale.ROOT));
            List<RegionFigures> rows = services.coverage().summary(chosen.get(), regionLevel);
            Optional<CoverageStand> previous = services.coverage().previousStand(chosen.get());
            Map<String, CoverageFigures> earlier = previous.map(p -> services.coverage().summary(p, regionLevel).stream()
                    .collect(Collectors.toMap(r -> r.region().ags(), RegionFigures::figures))).orElse(Map.of());
            PrintWriter out = out();
            if (format == RegionsCommand.Format.csv) {
                csv(out, chosen.get(), rows, previous, earlier);
            } else {
                table(out, chosen.get(), rows, previous, earlier);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private void csv(PrintWriter out, CoverageStand stand, List<RegionFigures> rows, Optional<CoverageStand> previous,
                     Map<String, CoverageFigures> earlier) {
        try {
            CSVPrinter csv = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                    .setHeader("ags", "name", "level", "stand", "demo", "households", "gigabit", "fttbh", "below_30",
                            "below_100", "gigabit_share", "fttbh_share", "white_spot_share", "grey_spot_share",
                            "compared_with", "gigabit_change_points", "fttbh_change_points").get()
                    .print(out);
            for (RegionFigures r : rows) {
                CoverageFigures f = r.figures();
                Optional<CoverageChange> c = Optional.ofNullable(earlier.get(r.region().ags()))
                        .map(e -> CoverageMath.change(e, f));
                csv.printRecord(r.region().ags(), r.region().name(), level.name(), stand.date(), stand.demo(),
                        f.households(), f.gigabit(), f.fttbh(), f.below30(), f.below100(), share(f.gigabitShare()),
                        share(f.fttbhShare()), share(f.whiteSpotShare()), share(f.greySpotShare()),
                        c.isPresent() ? previous.get().date() : null,
                        c.map(x -> points(x.gigabitPoints())).orElse(null), c.map(x -> points(x.fttbhPoints())).orElse(null));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String share(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String points(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static void table(PrintWriter out, CoverageStand stand, List<RegionFigures> rows,
                              Optional<CoverageStand> previous, Map<String, CoverageFigures> earlier) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.GERMANY);
        out.println("Versorgung Stand " + stand.label() + " – Anteile an allen Haushalten, nach Haushalten gewichtet");
        previous.ifPresent(p -> out.println("Veränderung (Δ, Prozentpunkte) gegenüber Stand " + p.label()));
        int width = Math.max(4, rows.stream().mapToInt(r -> r.region().name().length()).max().orElse(4));
        String row = "%-8s  %-" + width + "s  %10s  %9s  %7s  %9s  %9s  %10s  %10s%n";
        out.printf(row, "AGS", "Name", "Haushalte", "≥ 1 Gbit", "FTTB/H", "< 30 Mbit", "< 100 Mbit", "Δ ≥ 1 Gbit",
                "Δ FTTB/H");
        for (RegionFigures r : rows) {
            CoverageFigures f = r.figures();
            Optional<CoverageChange> c = Optional.ofNullable(earlier.get(r.region().ags()))
                    .map(e -> CoverageMath.change(e, f));
            out.printf(row, r.region().ags(), r.region().name(), n.format(f.households()), percent(f.gigabitShare()),
                    percent(f.fttbhShare()), percent(f.whiteSpotShare()), percent(f.greySpotShare()),
                    c.map(x -> signed(x.gigabitPoints())).orElse("–"), c.map(x -> signed(x.fttbhPoints())).orElse("–"));
        }
        if (stand.demo()) {
            out.println("Demodaten: synthetisch, nicht amtlich (entfernen mit: netzatlas demo remove).");
        }
    }

    private static String signed(double points) {
        return String.format(Locale.GERMANY, "%+.1f", points);
    }

    static String percent(double share) {
        return String.format(Locale.GERMANY, "%.1f %%", 100 * share);
    }
}
