package de.netzatlas.exchange;

import java.util.List;

/**
 * What a reader can tell from a row's shape alone, shared by the CSV and XLSX readers: a row with
 * text beyond the header's last column would be cut and shifted into the wrong columns, and a lone
 * value in a wide table is a cut-off row, not a footnote, unless it reads like one.
 */
final class RowShape {

    private RowShape() {
    }

    /** The error for a row with text in more cells than the header has columns, else null. */
    static String tooWide(List<String> cells, int headerSize, String hint) {
        int filled = cells.size();
        while (filled > 0 && cells.get(filled - 1).isBlank()) {
            filled--;
        }
        if (filled <= headerSize) {
            return null;
        }
        return "Die Zeile hat " + filled + " Felder, die Kopfzeile nur " + headerSize + " Spalten" + hint
                + ". Die Werte würden in falsche Spalten rutschen.";
    }

    /**
     * Only one cell is filled, in a table with three or more columns or a row shorter than the header. Footnotes below statistics
     * tables read as text ("Stand: 31.12.2023", "© Statistisches Landesamt", "1) vorläufig",
     * "___"); a lone number or key ({@code 15001000}) is what is left of a cut-off row.
     */
    static boolean lonely(List<String> cells, int headerSize) {
        if (headerSize < 3 && cells.size() >= headerSize) {
            return false;
        }
        int filled = 0;
        for (String c : cells) {
            if (!c.isBlank() && ++filled > 1) {
                return false;
            }
        }
        return filled == 1;
    }

    /** Whether the text of a lone cell reads like a footnote (see {@link #lonely}). */
    static boolean footnoteText(String text) {
        String t = text.strip();
        boolean letter = t.codePoints().anyMatch(Character::isLetter);
        boolean digit = t.codePoints().anyMatch(Character::isDigit);
        return letter || !digit;
    }

    static String cutOff(int headerSize) {
        return "Die Zeile enthält nur einen Wert, die Kopfzeile hat " + headerSize
                + " Spalten (Datei abgeschnitten oder Zeile umbrochen?).";
    }

    /** The one filled cell of a {@link #lonely} row. */
    static String lone(List<String> cells) {
        return cells.stream().filter(c -> !c.isBlank()).findFirst().orElse("");
    }
}
