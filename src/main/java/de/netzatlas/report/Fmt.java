package de.netzatlas.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** German number and date formats of the report (fixed locale, so output never depends on the machine). */
final class Fmt {

    static final Locale DE = Locale.GERMANY;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", DE);

    private Fmt() {
    }

    private static DecimalFormat f(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(DE));
    }

    static String count(long n) {
        return f("#,##0").format(n);
    }

    /** A percentage value (0–100) with one decimal: "45,3 %". */
    static String pct(double percent) {
        return f("0.0").format(percent) + " %";
    }

    static String share(double share) {
        return pct(100 * share);
    }

    /** Percentage points with sign: "+1,2 Pp." ("±0,0 Pp." when unchanged). */
    static String pp(double points) {
        String v = f("0.0").format(Math.abs(points));
        return (v.equals("0,0") ? "±" : points > 0 ? "+" : "−") + v + " Pp.";
    }

    static String signed(long n) {
        return (n > 0 ? "+" : n < 0 ? "−" : "±") + count(Math.abs(n));
    }

    /** Millions of euros: "12,3 Mio. €". */
    static String millions(double euros) {
        return f("#,##0.0").format(euros / 1e6) + " Mio. €";
    }

    static String euros(BigDecimal euros) {
        return euros == null ? "–" : f("#,##0").format(euros) + " €";
    }

    static String date(LocalDate d) {
        return d == null ? "–" : DATE.format(d);
    }

    private static final java.util.regex.Pattern UNIT_SPACE = java.util.regex.Pattern.compile(
            "(?<=\\d) (?=%|Pp\\.|Mio\\.|Mrd\\.|Tsd\\.|€|km²|km\\b|Mbit/s|Gbit/s)|(?<=Mio\\.|Mrd\\.) (?=€)");

    /**
     * The text with a non-breaking space (U+00A0) between a number and its unit ("45,3 %",
     * "−1,2 Pp.", "3,4 Mio. €", "1.200 km²"), so a line never breaks between them. Applied when the
     * report is laid out; the model keeps plain spaces (the XLSX export parses them).
     */
    static String unitSpaces(String text) {
        return text == null ? null : UNIT_SPACE.matcher(text).replaceAll("\u00A0");
    }

    static String number(double v) {
        return f("#,##0.0").format(v);
    }
}
