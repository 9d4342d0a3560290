package de.netzatlas.app;

import java.util.Locale;

/** Coordinates as the forms show them: five decimals with a decimal comma. */
final class GeoText {

    private GeoText() {
    }

    static String of(double degrees) {
        return String.format(Locale.GERMANY, "%.5f", degrees);
    }
}
