package de.netzatlas.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers as planners type them in German forms: "1.200", "4.000.000,50", "4000000" (a lone dot
 * followed by exactly three digits is a thousands separator; a comma is the decimal mark). Text
 * that is not wholly a number gives empty, never a silently truncated value.
 */
public final class GermanNumbers {

    private GermanNumbers() {
    }

    private static DecimalFormat format() {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        f.setParseBigDecimal(true);
        return f;
    }

    /** An amount (at most two decimals after the comma); blank → empty. */
    public static Optional<BigDecimal> parseMoney(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace("€", "").replace('\u00a0', ' ').replace(" ", "");
        if (t.isEmpty() || !t.matches("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d{1,2})?")) {
            return Optional.empty();
        }
        ParsePosition pos = new ParsePosition(0);
        Number n = format().parse(t, pos);
        if (n == null || pos.getIndex() != t.length()) {
            return Optional.empty();
        }
        return Optional.of(((BigDecimal) n).setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    /** A whole number (thousands dots allowed); blank → empty. */
    public static Optional<Integer> parseInt(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('\u00a0', ' ').replace(" ", "");
        if (!t.matches("-?(\\d{1,3}(\\.\\d{3})+|\\d{1,9})")) {
            return Optional.empty();
        }
        long v = Long.parseLong(t.replace(".", ""));
        return v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? Optional.empty() : Optional.of((int) v);
    }

    public static String integer(long v) {
        return String.format(Locale.GERMANY, "%,d", v);
    }

    public static String money(BigDecimal v) {
        if (v == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return f.format(v);
    }

    public static String decimal(double v, int digits) {
        return String.format(Locale.GERMANY, "%,." + digits + "f", v);
    }
}
