package de.netzatlas.cli;

import java.util.concurrent.Callable;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.app.RegisterDemo;
import de.netzatlas.fibre.DemoDataService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code netzatlas demo load|remove}: synthetischer Beispieldatensatz, als Demodaten gekennzeichnet. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Lädt oder entfernt den synthetischen Glasfaser-Beispieldatensatz (Demodaten).",
        subcommands = {DemoCommand.Load.class, DemoCommand.Remove.class})
final class DemoCommand implements Runnable {

    @ParentCommand
    NetzatlasCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Unterbefehl fehlt: load oder remove");
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Versorgungsstände 2021–2025, ca. 60 Projekte, ca. 870 Schulen, ITN-XT-Standorte und 1 500 Mobilfunkstandorte"
                    + " (ersetzt frühere Demodaten; echte Daten bleiben).")
    static final class Load implements Callable<Integer> {
        @ParentCommand
        DemoCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppServices services = parent.root.openServices()) {
                RegisterDemo.Counts registers = new RegisterDemo(services).load();
                DemoDataService.Loaded loaded = registers.fibre();
                spec.commandLine().getOut().printf("Demodaten geladen: %d Versorgungsstände (%d Zeilen), %d Projekte,"
                        + " %d Schulen, %d ITN-XT-Standorte, %d Mobilfunkstandorte.%n", loaded.stands(),
                        loaded.coverageRows(), loaded.projects(), registers.schools(), registers.sites(), registers.mobile());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Entfernt genau die Demodaten.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        DemoCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppServices services = parent.root.openServices()) {
                RegisterDemo.Counts registers = new RegisterDemo(services).remove();
                DemoDataService.Loaded removed = registers.fibre();
                spec.commandLine().getOut().printf("Demodaten entfernt: %d Versorgungsstände, %d Projekte, %d Schulen,"
                        + " %d ITN-XT-Standorte, %d Mobilfunkstandorte.%n", removed.stands(), removed.projects(),
                        registers.schools(), registers.sites(), registers.mobile());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
        }
    }
}
