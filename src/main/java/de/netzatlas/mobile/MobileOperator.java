package de.netzatlas.mobile;

import java.util.Locale;
import java.util.Optional;

/** The network operators (and the federal infrastructure company) that build mobile sites. */
public enum MobileOperator {
    TELEKOM("Telekom"),
    VODAFONE("Vodafone"),
    TELEFONICA("Telefónica"),
    EINS_UND_EINS("1&1"),
    MIG("Mobilfunkinfrastrukturgesellschaft");

    private final String label;

    MobileOperator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By label or constant name, case-insensitive; "O2"/"Telefonica" and "MIG" are accepted too. */
    public static Optional<MobileOperator> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (MobileOperator o : values()) {
            if (o.label.toLowerCase(Locale.ROOT).equals(t) || o.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(o);
            }
        }
        return switch (t) {
            case "telefonica", "o2", "telefónica/o2" -> Optional.of(TELEFONICA);
            case "1und1", "1 & 1" -> Optional.of(EINS_UND_EINS);
            case "mig", "mobilfunkinfrastrukturgesellschaft des bundes" -> Optional.of(MIG);
            default -> Optional.empty();
        };
    }
}
