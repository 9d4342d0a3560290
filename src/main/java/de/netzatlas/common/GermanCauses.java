package de.netzatlas.common;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * German wording for what the libraries we parse with report in English: Jackson (JSON and GeoJSON
 * syntax), JTS (geometry parsing and validity) and the file system. A planner reads these messages in
 * import reports, dialogs and on the command line; each says what is wrong in words they can act on.
 * Causes we do not know are named as "technische Ursache" with the library's text kept, so nothing is
 * hidden.
 */
public final class GermanCauses {

    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']*)'");
    private static final Pattern CHAR = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code (\\d+)");
    private static final Pattern UNSUPPORTED_TYPE = Pattern.compile("Unsupported 'type':\\s*(\\S+)");
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']*)'");

    private GermanCauses() {
    }

    /** The first cause in the chain we can put in German, else the technical text marked as such. */
    public static String of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String known = known(t);
            if (known != null) {
                return known;
            }
        }
        String m = e.getMessage();
        return "technische Ursache: " + (m == null || m.isBlank() ? e.getClass().getSimpleName() : firstLine(m));
    }

    /**
     * What to tell the planner about a failure: the message of an exception Netzatlas raised itself
     * (those are German by design), else the first library cause in German as in {@link #of}.
     */
    public static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            boolean ownText = t.getMessage() != null && !t.getMessage().isBlank()
                    && (t.getCause() == null || !t.getMessage().equals(t.getCause().toString()));
            String known = known(t);
            if (known != null) {
                return known;
            }
            if (raisedByUs(t) && ownText) {
                return t.getMessage();
            }
        }
        return of(e);
    }

    private static boolean raisedByUs(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("de.netzatlas.")
                && !(t instanceof NullPointerException) && !(t instanceof ClassCastException)
                && !(t instanceof IndexOutOfBoundsException) && !(t instanceof ArithmeticException);
    }

    private static String known(Throwable t) {
        if (t instanceof JsonProcessingException j) {
            return json(j);
        }
        if (t instanceof org.locationtech.jts.io.ParseException || t instanceof IllegalArgumentException
                || t instanceof org.locationtech.jts.geom.TopologyException) {
            return geometry(t.getMessage());
        }
        if (t instanceof NoSuchFileException f) {
            return "Die Datei „" + f.getFile() + "“ gibt es nicht.";
        }
        if (t instanceof AccessDeniedException f) {
            return "Kein Zugriff auf „" + f.getFile() + "“ (Rechte prüfen oder die Datei in einem anderen Programm schließen).";
        }
        if (t instanceof CharacterCodingException) {
            return "Die Datei enthält Zeichen, die in ihrer Zeichenkodierung nicht gültig sind (als UTF-8 speichern).";
        }
        if (t instanceof FileSystemException f) {
            return "Die Datei „" + f.getFile() + "“ kann nicht gelesen oder geschrieben werden"
                    + (f.getReason() == null ? "." : " (" + f.getReason() + ").");
        }
        if (t instanceof java.io.EOFException) {
            return "Die Datei endet unerwartet (abgeschnitten?).";
        }
        return null;
    }

    /** Jackson's syntax errors: what is wrong, and where (line and column). */
    public static String json(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String what;
        Matcher token = TOKEN.matcher(m);
        Matcher ch = CHAR.matcher(m);
        Matcher dup = DUPLICATE_FIELD.matcher(m);
        if (token.find()) {
            what = "unbekanntes Wort „" + token.group(1) + "“ (erwartet: Text in Anführungszeichen, Zahl, Liste, "
                    + "Objekt, true, false oder null)";
        } else if (m.startsWith("Unexpected end-of-input")) {
            what = "die Datei endet mitten in einem Objekt oder einer Liste (abgeschnitten?)";
        } else if (m.startsWith("Unexpected close marker")) {
            what = "eine schließende Klammer passt nicht zur geöffneten";
        } else if (m.startsWith("Illegal unquoted character")) {
            what = "ein Text enthält ein Steuerzeichen (z. B. einen Zeilenumbruch) ohne Escape";
        } else if (m.startsWith("Invalid UTF-8") || m.contains("Invalid UTF-32") || m.contains("Invalid UTF-16")) {
            what = "ungültige Zeichen für UTF-8 (die Datei als UTF-8 speichern)";
        } else if (m.contains("out of range")) {
            what = "eine Zahl ist zu groß";
        } else if (dup.find()) {
            what = "die Eigenschaft „" + dup.group(1) + "“ steht zweimal im selben Objekt";
        } else if (ch.find()) {
            what = "unerwartetes Zeichen „" + ch.group(1) + "“"
                    + (m.contains("was expecting comma") ? " (ein Komma fehlt)"
                    : m.contains("was expecting double-quote") ? " (Namen müssen in doppelten Anführungszeichen stehen)"
                    : m.contains("was expecting a colon") ? " (ein Doppelpunkt fehlt)" : "");
        } else {
            what = "der Aufbau ist kein gültiges JSON";
        }
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            return what + ", Zeile " + at.getLineNr() + (at.getColumnNr() > 0 ? ", Spalte " + at.getColumnNr() : "");
        }
        return what;
    }

    /** JTS's messages for coordinates that do not make a geometry. */
    public static String geometry(String message) {
        String m = message == null ? "" : message;
        Matcher type = UNSUPPORTED_TYPE.matcher(m);
        if (type.find()) {
            return "unbekannter Geometrietyp „" + type.group(1) + "“ (erwartet: Point, LineString, Polygon, "
                    + "MultiPolygon …)";
        }
        if (m.startsWith("Could not parse")) {
            return "die Koordinaten fehlen oder sind unvollständig (je Punkt Länge und Breite in Grad)";
        }
        if (m.contains("non-noded intersection") || m.contains("side location conflict")) {
            return "die Fläche überschneidet sich selbst";
        }
        if (m.contains("Ordinate") || m.contains("NaN")) {
            return "eine Koordinate ist keine Zahl";
        }
        return null;
    }

    /** A JTS validity error in German, with the place in degrees. */
    public static String validity(TopologyValidationError e, int polygons) {
        String what = switch (e.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                    polygons > 1 ? "Die Fläche überschneidet sich selbst oder zwei Flächen überlappen sich"
                            : "Die Fläche überschneidet sich selbst (Kanten kreuzen sich)";
            case TopologyValidationError.NESTED_SHELLS -> "Eine Fläche liegt innerhalb einer anderen";
            case TopologyValidationError.TOO_FEW_POINTS -> "Eine Fläche hat zu wenige verschiedene Punkte";
            case TopologyValidationError.INVALID_COORDINATE -> "Eine Koordinate ist keine gültige Zahl";
            case TopologyValidationError.DUPLICATE_RINGS -> "Zwei Ringe der Fläche sind gleich";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "Ein Loch liegt außerhalb der Fläche";
            case TopologyValidationError.NESTED_HOLES -> "Ein Loch liegt in einem anderen Loch";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "Löcher teilen die Fläche in mehrere Teile";
            case TopologyValidationError.RING_NOT_CLOSED -> "Ein Ring der Fläche ist nicht geschlossen";
            default -> "Die Fläche ist geometrisch ungültig";
        };
        return what + place(e.getCoordinate());
    }

    private static String place(Coordinate c) {
        if (c == null || Double.isNaN(c.x) || Double.isNaN(c.y)) {
            return "";
        }
        return String.format(Locale.GERMANY, " (bei %.5f° O, %.5f° N)", c.x, c.y);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
