package de.netzatlas.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.exchange.ImportRun;
import de.netzatlas.exchange.ImportService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code netzatlas imports [--limit N]} lists the recent imports that wrote something (change set,
 * time, user, target, file, rows written, undone or not); {@code netzatlas imports undo ID|--last}
 * undoes one as a whole through {@link ImportService#undo}. Exit 0 ok, 2 usage or unknown id,
 * 4 database locked.
 */
@Command(name = "imports", mixinStandardHelpOptions = true, subcommands = ImportsCommand.Undo.class,
        description = {"Listet die letzten Importe (Änderungssatz, Zeit, Benutzer, Ziel, Datei, geschriebene Zeilen,",
                "ob rückgängig gemacht); „imports undo ID|--last“ nimmt einen Import als Ganzes zurück."})
final class ImportsCommand extends Subcommand {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", Locale.GERMANY);

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "höchstens N Importe (Standard: 20)")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = out();
        if (limit < 1) {
            err().println("Fehler: --limit muss mindestens 1 sein.");
            err().flush();
            return ExitCodes.USAGE;
        }
        try (AppServices services = openServices()) {
            List<ImportRun> runs = services.exchange().imports().recentImports(limit);
            if (runs.isEmpty()) {
                out.println("Noch keine Importe.");
            } else {
                out.println(String.format(Locale.ROOT, "%-36s  %-19s  %-12s  %-14s  %12s  %-22s  %s",
                        "Änderungssatz", "Zeit", "Benutzer", "Ziel", "geschrieben", "Status", "Datei"));
                runs.forEach(r -> out.println(line(r)));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    static String line(ImportRun r) {
        return String.format(Locale.GERMANY, "%-36s  %-19s  %-12s  %-14s  %,12d  %-22s  %s", r.changeSet(),
                TIME.format(r.at().atZone(ZoneId.systemDefault())), r.user(), r.target(), r.written(),
                r.undone() ? "rückgängig " + TIME.format(r.undoneAt().atZone(ZoneId.systemDefault())).substring(0, 10)
                        : "aktiv", r.file());
    }

    /** {@code netzatlas imports undo ID|--last}. */
    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = {"Macht einen Import als Ganzes rückgängig (ein neuer Änderungssatz „Rückgängig: …“).",
                    "--last: der jüngste Import, der noch nicht rückgängig gemacht ist."})
    static final class Undo extends Subcommand {

        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        static final class Which {
            @Parameters(paramLabel = "ID", description = "Änderungssatz des Imports (aus „netzatlas imports“)")
            String id;

            @Option(names = "--last", description = "den jüngsten noch wirksamen Import")
            boolean last;
        }

        @Override
        public Integer call() {
            PrintWriter out = out();
            PrintWriter err = err();
            UUID id = null;
            if (which.id != null) {
                try {
                    id = UUID.fromString(which.id);
                } catch (IllegalArgumentException e) {
                    return usage(err, "„" + which.id + "“ ist keine Änderungssatz-ID (siehe „netzatlas imports“).");
                }
            }
            try (AppServices services = openServices()) {
                ImportService imports = services.exchange().imports();
                Optional<ImportRun> run = id != null ? imports.importRun(id)
                        : imports.recentImports(Integer.MAX_VALUE).stream().filter(r -> !r.undone()).findFirst();
                if (run.isEmpty()) {
                    return usage(err, id != null ? "Einen Import mit dem Änderungssatz " + id + " gibt es nicht "
                            + "(siehe „netzatlas imports“)." : "Es gibt keinen Import, der noch rückgängig zu machen wäre.");
                }
                if (run.get().undone()) {
                    return usage(err, "Der Import " + run.get().changeSet() + " („" + run.get().file()
                            + "“) ist bereits rückgängig gemacht.");
                }
                String description = imports.undo(run.get().changeSet());
                out.println(description + String.format(Locale.GERMANY, " (%,d Zeilen) – Ziel %s, Änderungssatz %s.",
                        run.get().written(), run.get().target(), run.get().changeSet()));
                out.flush();
                return ExitCodes.OK;
            }
        }

        private static int usage(PrintWriter err, String message) {
            err.println("Fehler: " + message);
            err.flush();
            return ExitCodes.USAGE;
        }
    }
}
