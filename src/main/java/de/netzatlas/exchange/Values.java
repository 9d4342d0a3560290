package de.netzatlas.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses cell text the way German and English files write it: numbers with decimal comma or point
 * and thousands separators, dates as {@code 31.12.2024}, {@code 2024-12-31} or an Excel date-time,
 * yes/no. Each parser returns null for text it cannot read; the caller reports the problem.
 */
public final class Values {

    private static final Pattern GROUPED_DOT = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d*)?");
    private static final Pattern GROUPED_COMMA = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d*([.,]\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern GERMAN_DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final Pattern GERMAN_SHORT_DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{2}");
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter GERMAN_SHORT = DateTimeFormatter.ofPattern("d.M.uu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Values() {
    }

    public static BigDecimal decimal(String text, boolean decimalComma) {
        String t = text.trim().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("'", "");
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        String canonical;
        if (t.indexOf(',') >= 0 && t.indexOf('.') >= 0) {
            canonical = t.lastIndexOf(',') > t.lastIndexOf('.') ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (decimalComma) {
            canonical = GROUPED_DOT.matcher(t).matches() ? t.replace(".", "").replace(',', '.') : t.replace(',', '.');
        } else {
            canonical = GROUPED_COMMA.matcher(t).matches() ? t.replace(",", "") : t.replace(',', '.');
        }
        if (!PLAIN_NUMBER.matcher(canonical).matches() || canonical.equals("-") || canonical.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(canonical);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number (a zero fraction such as {@code 12,0} is accepted); null if not one. */
    public static Long integer(String text, boolean decimalComma) {
        BigDecimal d = decimal(text, decimalComma);
        if (d == null) {
            return null;
        }
        try {
            return d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    public static LocalDate date(String text) {
        String t = text.trim();
        try {
            if (ISO_DATE.matcher(t).matches()) {
                return LocalDate.parse(t.substring(0, 10));
            }
            if (GERMAN_DATE.matcher(t).matches()) {
                return LocalDate.parse(t, GERMAN);
            }
            if (GERMAN_SHORT_DATE.matcher(t).matches()) {
                return LocalDate.parse(t, GERMAN_SHORT);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    public static Boolean bool(String text) {
        return switch (text.trim().toLowerCase(Locale.GERMAN)) {
            case "ja", "j", "yes", "y", "true", "wahr", "1", "x" -> Boolean.TRUE;
            case "nein", "n", "no", "false", "falsch", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
