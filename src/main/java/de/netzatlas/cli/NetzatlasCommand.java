package de.netzatlas.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.app.Version;
import de.netzatlas.cli.bench.BenchCommand;
import de.netzatlas.store.DatabaseKey;
import de.netzatlas.store.DatabaseLocation;
import de.netzatlas.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code netzatlas [--db PATH] [SUBCOMMAND]}: without a subcommand the window opens; subcommands
 * run the same services headless on the same database.
 */
@Command(name = "netzatlas",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Netzatlas – Planung und Monitoring der digitalen Infrastruktur des Landes Sachsen-Anhalt.",
                "Ohne Unterbefehl öffnet sich das Programmfenster."},
        subcommands = {RegionsCommand.class, CoverageCommand.class, ProjectsCommand.class, ProjectionCommand.class,
                DemoCommand.class, SchoolsCommand.class, SitesCommand.class, MobileCommand.class,
                ImportCommand.class, ImportsCommand.class, ExportCommand.class, ReportCommand.class, TileCommand.class,
                RestoreCommand.class, DbCommand.class,
                MapCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit-Codes: 0 ok, 2 Aufruffehler (auch Passwortdatei fehlt/für andere lesbar),",
                "            3 Validierungsfehler (nichts geschrieben),",
                "            4 Datenbank nicht gefunden (lesende Befehle), gesperrt, unlesbar,",
                "              von neuerer Version, verschlüsselt ohne/mit falschem Passwort,",
                "            5 Ausgabedatei nicht schreibbar."})
public final class NetzatlasCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT,
            description = "Datenbankdatei (Standard: $NETZATLAS_DB oder das Benutzerprofil)")
    String db;

    @Option(names = "--password-file", paramLabel = "DATEI", scope = CommandLine.ScopeType.INHERIT,
            description = "Passwortdatei einer verschlüsselten Datenbank (UTF-8, erste Zeile, nur für den Benutzer lesbar)")
    Path passwordFile;

    private Map<String, String> env = Map.of();

    private Desktop desktop;

    /** The database file this invocation works on. */
    Path databaseFile() {
        return DatabaseLocation.resolve(db, env);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Opens the services for a headless subcommand; what the open had to repair is said on stderr. */
    AppServices openServices() {
        return open(databaseFile());
    }

    /** As {@link #openServices()}, for a read-only command: the database file must exist (else exit 4). */
    AppServices openExistingServices() {
        Path file = databaseFile();
        if (!Files.isRegularFile(file)) {
            throw new StoreException("Datenbank nicht gefunden: " + file.toAbsolutePath());
        }
        return open(file);
    }

    /**
     * The password of {@code --password-file}, or none; the caller closes it (clears the array). A
     * missing, empty or loosely protected file is a {@link DatabaseKey.PasswordFileException} (exit 2).
     */
    DatabaseKey passwordKey() {
        return passwordFile == null ? DatabaseKey.none() : DatabaseKey.fromFile(passwordFile);
    }

    private AppServices open(Path file) {
        AppServices services;
        try (DatabaseKey key = passwordKey()) {
            services = AppServices.open(file, key);
        }
        if (spec != null && !services.database().notices().isEmpty()) {
            services.database().notices().forEach(n -> spec.commandLine().getErr().println("Hinweis: " + n));
            spec.commandLine().getErr().flush();
        }
        return services;
    }

    @Override
    public Integer call() {
        desktop.openWindow(databaseFile());
        return ExitCodes.OK;
    }

    /** The JavaFX face this command line was given (window, UI benchmarks). */
    public Desktop desktop() {
        return desktop;
    }

    public static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> env,
                                          Desktop desktop) {
        NetzatlasCommand root = new NetzatlasCommand();
        root.env = Map.copyOf(env);
        root.desktop = Objects.requireNonNull(desktop, "desktop");
        CommandLine cl = new CommandLine(root);
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        GermanUsage.install(cl);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof DatabaseKey.PasswordFileException) {
                commandLine.getErr().println("Fehler: " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            if (ex instanceof StoreException) {
                commandLine.getErr().println("Fehler: " + ex.getMessage());
                return ExitCodes.DATABASE;
            }
            // Anything else is a fault of ours or of a library: a German message and exit code 1;
            // the stack trace only with NETZATLAS_DEBUG set (for a bug report).
            commandLine.getErr().println("Fehler: " + de.netzatlas.common.GermanCauses.message(ex));
            if (root.env.containsKey("NETZATLAS_DEBUG")) {
                ex.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(Einzelheiten für eine Fehlermeldung: mit NETZATLAS_DEBUG=1 wiederholen.)");
            }
            return ExitCodes.FAILURE;
        });
        return cl;
    }
}
