package de.netzatlas.mobile;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The life of a mobile site: planned, in the permit procedure, under construction, on air. A site
 * moves forward one step at a time; going back one step is allowed (a permit refused, a build
 * stopped). Only sites "in Betrieb" count for coverage.
 */
public enum MobileSiteStatus {
    GEPLANT("geplant"),
    GENEHMIGUNG("Genehmigung"),
    IM_BAU("im Bau"),
    IN_BETRIEB("in Betrieb");

    private final String label;

    MobileSiteStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<MobileSiteStatus> next() {
        return switch (this) {
            case GEPLANT -> EnumSet.of(GENEHMIGUNG);
            case GENEHMIGUNG -> EnumSet.of(GEPLANT, IM_BAU);
            case IM_BAU -> EnumSet.of(GENEHMIGUNG, IN_BETRIEB);
            case IN_BETRIEB -> EnumSet.of(IM_BAU);
        };
    }

    public boolean canMoveTo(MobileSiteStatus target) {
        return target == this || next().contains(target);
    }

    public static Optional<MobileSiteStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.GERMAN);
        for (MobileSiteStatus s : values()) {
            if (s.label.toLowerCase(Locale.GERMAN).equals(t) || s.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
