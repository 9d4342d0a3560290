package de.netzatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import de.netzatlas.app.AppServices;
import de.netzatlas.app.ExitCodes;
import de.netzatlas.store.Database;
import de.netzatlas.store.DatabaseCheck;
import de.netzatlas.store.DatabaseEncryption;
import de.netzatlas.store.DatabaseKey;
import de.netzatlas.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code netzatlas db backup|restore|check}: a verified backup to a chosen file, putting a backup
 * back (as {@code restore}), and a check that the database agrees with itself and its audit log.
 */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Sichert, prüft oder stellt die Datenbankdatei wieder her.",
        subcommands = {DbCommand.Backup.class, DbCommand.Restore.class, DbCommand.Check.class,
                DbCommand.Encrypt.class, DbCommand.Decrypt.class, DbCommand.Passwd.class})
final class DbCommand extends CommandGroup {

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Schreibt eine geprüfte Sicherung der Datenbank in ZIEL (ZIP, nur für den Benutzer lesbar).",
                    "Exit-Codes: 0 ok, 2 ZIEL gibt es schon (ohne --overwrite), 4 Datenbank nicht gefunden, gesperrt/unlesbar oder Sicherung fehlgeschlagen."})
    static final class Backup extends Subcommand {

        @Parameters(paramLabel = "ZIEL", description = "die ZIP-Datei, in die gesichert wird")
        Path target;

        @Option(names = "--overwrite", description = "eine vorhandene Datei ZIEL ersetzen")
        boolean overwrite;

        @Override
        public Integer call() {
            Path absolute = target.toAbsolutePath().normalize();
            if (Files.exists(absolute) && !overwrite) {
                err().println("Fehler: Die Datei „" + absolute + "“ gibt es schon; mit --overwrite wird sie ersetzt.");
                err().flush();
                return ExitCodes.USAGE;
            }
            if (Files.isDirectory(absolute)) {
                err().println("Fehler: „" + absolute + "“ ist ein Ordner; bitte einen Dateinamen für die Sicherung angeben.");
                err().flush();
                return ExitCodes.USAGE;
            }
            try (AppServices services = openExistingServices()) {
                Database.Backup b = services.database().backupTo(absolute);
                long rows = b.tableCounts().values().stream().mapToLong(Long::longValue).sum();
                out().println("Sicherung von „" + services.database().file() + "“ nach „" + b.file() + "“ geschrieben und geprüft: "
                        + b.tableCounts().size() + " Tabellen, " + rows + " Zeilen.");
                for (Map.Entry<String, Long> e : b.tableCounts().entrySet()) {
                    out().println("  " + e.getKey() + ": " + e.getValue());
                }
                out().flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Spielt eine Sicherung anstelle der Datenbank zurück (wie „netzatlas restore“).",
                    "Netzatlas muss dafür geschlossen sein; die bisherige Datei bleibt als …-vor-wiederherstellung-….mv.db erhalten.",
                    "Exit-Codes: 0 ok, 2 Sicherung nicht gefunden, 4 Datenbank gesperrt, Sicherung beschädigt oder von neuerer Version."})
    static final class Restore extends Subcommand {

        @Parameters(paramLabel = "SICHERUNG", description = "die ZIP-Datei der Sicherung")
        Path backup;

        @Override
        public Integer call() {
            return RestoreCommand.restore(this, backup);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Prüft, ob jede Tabelle vollständig lesbar ist und Änderungsprotokoll und Daten übereinstimmen"
                    + " (Projekte, Schulen, ITN-XT- und Mobilfunkstandorte); schreibt nichts.",
                    "Exit-Codes: 0 keine Befunde, 3 Befunde gefunden, 4 Datenbank nicht gefunden, gesperrt oder unlesbar."})
    static final class Check extends Subcommand {

        @Override
        public Integer call() {
            try (AppServices services = openExistingServices()) {
                DatabaseCheck.Report report = services.database().check();
                for (DatabaseCheck.Finding f : report.findings()) {
                    out().println(f.line());
                }
                if (report.clean()) {
                    out().println("Datenbank „" + services.database().file() + "“ geprüft: " + report.tables()
                            + " Tabellen lesbar, " + report.auditedRows() + " Zeilen mit dem Änderungsprotokoll abgeglichen, keine Befunde.");
                } else {
                    out().println("Datenbank „" + services.database().file() + "“ geprüft: " + report.findings().size()
                            + (report.findings().size() == 1 ? " Befund" : " Befunde") + " (" + report.tables() + " Tabellen, "
                            + report.auditedRows() + " Zeilen mit dem Änderungsprotokoll abgeglichen). Es wurde nichts verändert.");
                }
                out().flush();
                return report.clean() ? ExitCodes.OK : ExitCodes.VALIDATION;
            }
        }
    }

    /**
     * What {@code encrypt}, {@code decrypt} and {@code passwd} share: the current password from the
     * global {@code --password-file}, the new one from {@code --new-password-file}, the change with a
     * verified backup first, and output that never holds a password.
     */
    abstract static class Rekey extends Subcommand {

        final int rekey(boolean currentRequired, Path newPasswordFile, String done) {
            Path file = root().databaseFile();
            if (!Files.isRegularFile(file)) {
                err().println("Fehler: Datenbank nicht gefunden: " + file.toAbsolutePath());
                err().flush();
                return ExitCodes.DATABASE;
            }
            if (currentRequired && root().passwordFile == null) {
                err().println("Fehler: Bitte das bisherige Passwort mit --password-file DATEI angeben.");
                err().flush();
                return ExitCodes.USAGE;
            }
            try (DatabaseKey current = root().passwordKey();
                 DatabaseKey next = newPasswordFile == null ? DatabaseKey.none()
                         : DatabaseKey.fromFile(newPasswordFile).requireStrongEnough()) {
                DatabaseEncryption.Changed c = DatabaseEncryption.change(file, current, next, StoreOptions.defaults());
                long rows = c.tableCounts().values().stream().mapToLong(Long::longValue).sum();
                out().println("Zuerst gesichert und geprüft: „" + c.backup() + "“ ("
                        + (current.present() ? "mit dem bisherigen Passwort verschlüsselt" : "unverschlüsselt") + ").");
                out().println(done.replace("DATEI", "„" + c.file() + "“") + " " + c.tableCounts().size() + " Tabellen, "
                        + rows + " Zeilen geprüft.");
                if (!current.present()) {
                    out().println("Hinweis: Ältere Sicherungen und Kopien im Ordner „" + c.file().getParent()
                            + "“ (auch die eben geschriebene) sind unverschlüsselt; nach Prüfung löschen oder sicher verwahren.");
                }
                out().flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "encrypt", mixinStandardHelpOptions = true,
            description = {"Verschlüsselt die Datenbank (AES) mit dem Passwort aus --new-password-file;"
                    + " schreibt zuerst eine geprüfte Sicherung.",
                    "Exit-Codes: 0 ok, 2 Passwortdatei fehlt, zu kurz oder für andere lesbar,",
                    "  4 Datenbank nicht gefunden, gesperrt, unlesbar oder schon verschlüsselt."})
    static final class Encrypt extends Rekey {

        @Option(names = "--new-password-file", paramLabel = "DATEI", required = true,
                description = "Datei mit dem neuen Passwort (UTF-8, erste Zeile, mind. 8 Zeichen)")
        Path newPasswordFile;

        @Override
        public Integer call() {
            Path file = root().databaseFile();
            if (Files.isRegularFile(file) && DatabaseKey.isEncrypted(file)) {
                err().println("Fehler: Die Datenbank „" + file + "“ ist schon verschlüsselt; "
                        + "das Passwort ändert „netzatlas db passwd“.");
                err().flush();
                return ExitCodes.DATABASE;
            }
            return rekey(false, newPasswordFile, "Datenbank DATEI verschlüsselt:");
        }
    }

    @Command(name = "decrypt", mixinStandardHelpOptions = true,
            description = {"Entschlüsselt die Datenbank (bisheriges Passwort mit --password-file);"
                    + " schreibt zuerst eine geprüfte Sicherung.",
                    "Exit-Codes: 0 ok, 2 Passwortdatei fehlt oder ist für andere lesbar,",
                    "  4 Datenbank nicht gefunden, gesperrt, unlesbar oder falsches Passwort."})
    static final class Decrypt extends Rekey {

        @Override
        public Integer call() {
            return rekey(true, null, "Datenbank DATEI entschlüsselt:");
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = {"Ändert das Passwort der Datenbank (bisheriges mit --password-file, neues mit"
                    + " --new-password-file); schreibt zuerst eine geprüfte Sicherung.",
                    "Exit-Codes: 0 ok, 2 Passwortdatei fehlt, zu kurz oder für andere lesbar,",
                    "  4 Datenbank nicht gefunden, gesperrt, unlesbar oder falsches Passwort."})
    static final class Passwd extends Rekey {

        @Option(names = "--new-password-file", paramLabel = "DATEI", required = true,
                description = "Datei mit dem neuen Passwort (UTF-8, erste Zeile, mind. 8 Zeichen)")
        Path newPasswordFile;

        @Override
        public Integer call() {
            return rekey(true, newPasswordFile, "Passwort der Datenbank DATEI geändert:");
        }
    }
}
