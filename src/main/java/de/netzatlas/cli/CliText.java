package de.netzatlas.cli;

import java.util.Locale;

/** Cells of the aligned tables the commands print. */
final class CliText {

    private CliText() {
    }

    /** {@code text}, cut to {@code width} characters with „…“ as the last one when longer. */
    static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** A share 0..1 as German per cent with one decimal: „42,5 %“. */
    static String percent(double share) {
        return String.format(Locale.GERMANY, "%.1f %%", share * 100);
    }
}
