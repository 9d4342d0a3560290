package de.netzatlas.map;

import java.util.Locale;

/** Cache keys and file-name parts for tiles, shared by the memory and disk caches. */
final class TileKeys {

    private TileKeys() {
    }

    static String key(String sourceId, int zoom, long x, long y, double scale) {
        return sourceId + '/' + zoom + '/' + x + '/' + y + '@' + scaleText(scale);
    }

    static String scaleText(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : String.format(Locale.ROOT, "%.2f", scale);
    }
}
