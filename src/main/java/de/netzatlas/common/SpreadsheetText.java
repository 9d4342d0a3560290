package de.netzatlas.common;

import java.util.regex.Pattern;

/**
 * Text cells of CSV files a planner opens in Excel or LibreOffice: a cell that starts with
 * {@code = + - @}, a tab or a carriage return would be run as a formula (CSV injection, OWASP). Such
 * cells are written with a leading apostrophe, which spreadsheets show as text and which the import
 * takes off again, so an export re-imports unchanged. Plain numbers ({@code -12,5}) stay as they are.
 */
public final class SpreadsheetText {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9.,]*([eE][-+]?[0-9]+)?");

    private SpreadsheetText() {
    }

    private static boolean trigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text as a CSV cell that no spreadsheet runs as a formula. */
    public static String defuse(String text) {
        if (text == null || text.isEmpty() || !trigger(text.charAt(0)) || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** The cell as read back: the apostrophe {@link #defuse} put in front is taken off. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && trigger(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    /** The values of one CSV record: text defused, everything else unchanged. */
    public static Object[] cells(Object... values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] instanceof String s ? defuse(s) : values[i];
        }
        return out;
    }
}
