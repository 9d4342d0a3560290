package de.netzatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.exchange.Exporter;
import de.netzatlas.exchange.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netzatlas export TARGET FILE [--format csv|xlsx|geojson]} (format by default from the extension). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exportiert Daten als CSV (Excel, deutsch), XLSX oder GeoJSON.",
                "TARGET: coverage, projects, regions, schools, sites, mobile."})
final class ExportCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "TARGET", description = "coverage, projects, regions, schools, sites oder mobile")
    String target;

    @Parameters(index = "1", paramLabel = "FILE", description = "Zieldatei")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, xlsx oder geojson (Standard: nach Dateiendung)")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        Format f = format != null ? Format.ofName(format).orElse(null)
                : Format.ofFileName(file.getFileName().toString()).orElse(Format.CSV);
        if (f == null) {
            err.println("Fehler: unbekanntes Format „" + format + "“; möglich: csv, xlsx, geojson.");
            err.flush();
            return ExitCodes.USAGE;
        }
        try (AppServices services = openExistingServices()) {
            if (services.exchange().exportSource(target).isEmpty()) {
                err.println("Fehler: unbekanntes Ziel „" + target + "“; möglich: " + String.join(", ",
                        services.exchange().exportSources().stream().map(x -> x.id()).toList()) + ".");
                err.flush();
                return ExitCodes.USAGE;
            }
            Exporter.Result r = services.exchange().export(target, file, f);
            out.println("Exportiert: " + r.rows() + " Zeilen nach " + file + " (" + f.extension() + ").");
            if (r.demoLeftOut() > 0) {
                out.println("Nicht exportiert: " + r.demoLeftOut() + " Zeilen mit Demodaten "
                        + "(Demodaten werden nie exportiert; „netzatlas demo remove“ entfernt sie).");
            }
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("Fehler: „" + file + "“ kann nicht geschrieben werden (" + e.getClass().getSimpleName() + ").");
            err.flush();
            return ExitCodes.USAGE;
        }
    }
}
