package de.netzatlas.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;

/**
 * German wording for the technical causes a planner may see (H2, PostgreSQL, file system), instead of
 * English library text. Constraint errors are recognised by their SQLSTATE, which both engines share.
 */
public final class StoreMessages {

    private StoreMessages() {
    }

    public static String german(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreException s) {
                return s.getMessage();
            }
            if (t instanceof SQLException sql) {
                return h2(sql);
            }
            if (t instanceof NoSuchFileException f) {
                return "Datei „" + f.getFile() + "“ nicht gefunden.";
            }
            if (t instanceof AccessDeniedException f) {
                return "Kein Zugriff auf „" + f.getFile() + "“.";
            }
            if (t instanceof java.util.zip.ZipException) {
                return "Die ZIP-Datei ist unvollständig oder beschädigt.";
            }
            if (t instanceof java.io.IOException io) {
                return "Lese- oder Schreibfehler (" + io.getMessage() + ").";
            }
        }
        return "technische Ursache: " + e.getMessage();
    }

    /** The H2 error codes a damaged, foreign, read-only or busy file produces. */
    static String h2(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        switch (state) {
            case "22001":
                return "Ein Text ist länger, als die Datenbank erlaubt" + column(e.getMessage()) + ".";
            case "23505":
                return "Ein Schlüssel ist schon vergeben (doppelter Eintrag)" + constraint(e.getMessage()) + ".";
            case "23503":
                return "Ein Verweis zeigt auf einen Eintrag, den es nicht (mehr) gibt" + constraint(e.getMessage()) + ".";
            case "23502":
                return "Ein Pflichtfeld ist leer" + column(e.getMessage()) + ".";
            case "22003", "22004":
                return "Eine Zahl ist für die Datenbank zu groß" + column(e.getMessage()) + ".";
            case "22018", "22007":
                return "Ein Wert hat nicht das erwartete Format (Zahl oder Datum)" + column(e.getMessage()) + ".";
            case "40001", "40P01":
                return "Ein anderer Schreibvorgang kam dazwischen; bitte noch einmal versuchen.";
            case "HYT00", "57014":
                return "Die Datenbank war zu lange belegt (Zeitüberschreitung); bitte noch einmal versuchen.";
            default:
                break;
        }
        return switch (e.getErrorCode()) {
            case 90020 -> "Die Datei wird bereits von einem anderen Programm verwendet.";
            case 90030, 90028, 50000 -> "Die Datei ist beschädigt (H2-Fehler " + e.getErrorCode() + ").";
            case 90097 -> "Die Datei ist unvollständig oder beschädigt (sie müsste beim Lesen verändert werden).";
            case 90049, 90050 -> "Die Datei ist verschlüsselt oder keine Netzatlas-Datenbank.";
            case 90146, 90013 -> "Die Datei gibt es nicht.";
            case 90048 -> "Die Datei ist keine Netzatlas-Datenbank oder stammt aus einer zu alten H2-Version.";
            default -> "Datenbankfehler " + e.getErrorCode() + " (" + firstLine(e.getMessage()) + ").";
        };
    }

    private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile(
            "(?i)column \"?([A-Z_][A-Z0-9_.]*)");
    private static final java.util.regex.Pattern CONSTRAINT = java.util.regex.Pattern.compile(
            "(?i)(?:constraint|index) \"?([A-Z_][A-Z0-9_.]*)");

    /** ", Spalte X" when the engine's message names the column. */
    private static String column(String message) {
        java.util.regex.Matcher m = COLUMN.matcher(message == null ? "" : message);
        return m.find() ? " (Spalte " + m.group(1).toLowerCase(java.util.Locale.ROOT) + ")" : "";
    }

    private static String constraint(String message) {
        java.util.regex.Matcher m = CONSTRAINT.matcher(message == null ? "" : message);
        return m.find() ? " (Regel " + m.group(1).toLowerCase(java.util.Locale.ROOT) + ")" : "";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
