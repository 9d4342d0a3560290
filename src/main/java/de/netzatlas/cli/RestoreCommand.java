package de.netzatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import de.netzatlas.app.ExitCodes;
import de.netzatlas.store.DatabaseRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code netzatlas [--db PATH] restore SICHERUNG.zip}: puts a backup back in place of the database
 * (Netzatlas must be closed). The file that was there is kept. Exit 0 ok, 2 backup not found,
 * 4 database in use or the backup unusable.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Spielt eine Sicherung (netzatlas-backup-….zip) anstelle der Datenbank zurück.",
                "Netzatlas muss dafür geschlossen sein; die bisherige Datei bleibt als …-vor-wiederherstellung-….mv.db erhalten."})
final class RestoreCommand extends Subcommand {

    @Parameters(paramLabel = "SICHERUNG", description = "die ZIP-Datei der Sicherung")
    Path backup;

    @Override
    public Integer call() {
        return restore(this, backup);
    }

    /** The restore of {@code restore} and {@code db restore}: same checks, output and exit codes. */
    static int restore(Subcommand command, Path backup) {
        PrintWriter err = command.err();
        if (!Files.isRegularFile(backup)) {
            err.println("Fehler: Die Sicherung „" + backup.toAbsolutePath() + "“ gibt es nicht.");
            err.flush();
            return ExitCodes.USAGE;
        }
        DatabaseRestore.Restored r;
        try (de.netzatlas.store.DatabaseKey key = command.root().passwordKey()) {
            r = DatabaseRestore.restore(command.root().databaseFile(), backup.toAbsolutePath(), Clock.systemDefaultZone(), key);
        }
        PrintWriter out = command.out();
        out.println("Sicherung „" + r.backup() + "“ nach „" + r.file() + "“ zurückgespielt.");
        r.previous().ifPresent(p -> out.println("Die vorherige Datei liegt unter „" + p + "“."));
        out.flush();
        return ExitCodes.OK;
    }
}
