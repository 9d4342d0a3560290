package de.netzatlas.asset;

import java.util.Locale;

/** A WGS84 position of an asset (latitude, longitude in degrees). */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
            throw new IllegalArgumentException("Koordinate ist keine Zahl: " + lat + " / " + lon);
        }
    }

    /** Plausible as a WGS84 coordinate at all (not swapped, not in metres). */
    public boolean isValidWgs84() {
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }

    /** German notation with decimal commas, e.g. "52,13153 / 11,62880". */
    public String toGerman() {
        return String.format(Locale.GERMANY, "%.5f / %.5f", lat, lon);
    }
}
