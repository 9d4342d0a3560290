package de.netzatlas.mobile;

import java.util.Locale;
import java.util.Optional;

import de.netzatlas.asset.AssetStatus;
import de.netzatlas.asset.StatusWorkflow;

/**
 * The life of a mobile site: planned, in the permit procedure, under construction, on air. A site
 * moves forward one step at a time; going back one step is allowed (a permit refused, a build
 * stopped). Only sites "in Betrieb" count for coverage.
 */
public enum MobileSiteStatus implements AssetStatus {
    GEPLANT("geplant"),
    GENEHMIGUNG("Genehmigung"),
    IM_BAU("im Bau"),
    IN_BETRIEB("in Betrieb");

    private final String label;

    MobileSiteStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The allowed steps: forward one at a time, back one step. */
    public static StatusWorkflow<MobileSiteStatus> workflow() {
        return StatusWorkflow.of(MobileSiteStatus.class)
                .allow(GEPLANT, GENEHMIGUNG)
                .allow(GENEHMIGUNG, GEPLANT, IM_BAU)
                .allow(IM_BAU, GENEHMIGUNG, IN_BETRIEB)
                .allow(IN_BETRIEB, IM_BAU)
                .build();
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
