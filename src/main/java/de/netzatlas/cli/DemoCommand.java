package de.netzatlas.cli;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.app.RegisterDemo;
import de.netzatlas.fibre.DemoDataService;
import picocli.CommandLine.Command;

/** {@code netzatlas demo load|remove}: synthetischer Beispieldatensatz, als Demodaten gekennzeichnet. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Lädt oder entfernt den synthetischen Glasfaser-Beispieldatensatz (Demodaten).",
        subcommands = {DemoCommand.Load.class, DemoCommand.Remove.class})
final class DemoCommand extends CommandGroup {

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Versorgungsstände 2021–2025, ca. 60 Projekte, ca. 870 Schulen, ITN-XT-Standorte und 1 500 Mobilfunkstandorte"
                    + " (ersetzt frühere Demodaten; echte Daten bleiben).")
    static final class Load extends Subcommand {

        @Override
        public Integer call() {
            try (AppServices services = openServices()) {
                RegisterDemo.Counts registers = new RegisterDemo(services).load();
                DemoDataService.Loaded loaded = registers.fibre();
                out().printf("Demodaten geladen: %d Versorgungsstände (%d Zeilen), %d Projekte,"
                        + " %d Schulen, %d ITN-XT-Standorte, %d Mobilfunkstandorte.%n", loaded.stands(),
                        loaded.coverageRows(), loaded.projects(), registers.schools(), registers.sites(), registers.mobile());
                out().flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Entfernt genau die Demodaten.")
    static final class Remove extends Subcommand {

        @Override
        public Integer call() {
            try (AppServices services = openServices()) {
                RegisterDemo.Counts registers = new RegisterDemo(services).remove();
                DemoDataService.Loaded removed = registers.fibre();
                out().printf("Demodaten entfernt: %d Versorgungsstände, %d Projekte, %d Schulen,"
                        + " %d ITN-XT-Standorte, %d Mobilfunkstandorte.%n", removed.stands(), removed.projects(),
                        registers.schools(), registers.sites(), registers.mobile());
                out().flush();
                return ExitCodes.OK;
            }
        }
    }
}
