package de.netzatlas.common;

import java.util.Locale;

/** Coordinates as the forms show them: five decimals with a decimal comma. */
public final class GeoText {

    private GeoText() {
    }

    public static String of(double degrees) {
        return String.format(Locale.GERMANY, "%.5f", degrees);
    }
}
