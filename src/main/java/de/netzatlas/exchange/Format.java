package de.netzatlas.exchange;

import java.util.Locale;
import java.util.Optional;

/** The exchange formats. Chosen by file extension; the content is checked against it when read. */
public enum Format {
    CSV("csv"), XLSX("xlsx"), GEOJSON("geojson");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<Format> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv") || n.endsWith(".txt") || n.endsWith(".tsv")) {
            return Optional.of(CSV);
        }
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm")) {
            return Optional.of(XLSX);
        }
        if (n.endsWith(".geojson") || n.endsWith(".json")) {
            return Optional.of(GEOJSON);
        }
        return Optional.empty();
    }

    /** {@code csv}, {@code xlsx} or {@code geojson} (case-insensitive). */
    public static Optional<Format> ofName(String name) {
        for (Format f : values()) {
            if (f.extension.equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
