package de.netzatlas.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;

/** German wording for the technical causes a planner may see (H2, file system), instead of English library text. */
final class StoreMessages {

    private StoreMessages() {
    }

    static String german(Throwable e) {
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

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
