package de.netzatlas.mobile;

import java.util.Locale;
import java.util.Optional;

/** The radio technology of a site; coverage and KPIs are kept per technology. */
public enum RadioTechnology {
    LTE("LTE"),
    NR("5G NR");

    private final String label;

    RadioTechnology(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "LTE"/"4G" or "5G"/"5G NR"/"NR", case-insensitive. */
    public static Optional<RadioTechnology> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "LTE", "4G" -> Optional.of(LTE);
            case "5G", "5G NR", "NR" -> Optional.of(NR);
            default -> Optional.empty();
        };
    }
}
