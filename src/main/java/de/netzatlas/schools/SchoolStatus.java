package de.netzatlas.schools;

import de.netzatlas.asset.AssetStatus;
import de.netzatlas.asset.StatusWorkflow;

/**
 * The connection ladder of a school: nicht angeschlossen → geplant → beauftragt → im Bau →
 * angeschlossen. One step forward at a time; a planned or ordered connection may fall back one
 * step (order cancelled, plan dropped); angeschlossen is final.
 */
public enum SchoolStatus implements AssetStatus {
    NICHT_ANGESCHLOSSEN("nicht angeschlossen"),
    GEPLANT("geplant"),
    BEAUFTRAGT("beauftragt"),
    IM_BAU("im Bau"),
    ANGESCHLOSSEN("angeschlossen");

    public static final StatusWorkflow<SchoolStatus> WORKFLOW = StatusWorkflow.of(SchoolStatus.class)
            .allow(NICHT_ANGESCHLOSSEN, GEPLANT)
            .allow(GEPLANT, BEAUFTRAGT, NICHT_ANGESCHLOSSEN)
            .allow(BEAUFTRAGT, IM_BAU, GEPLANT)
            .allow(IM_BAU, ANGESCHLOSSEN)
            .build();

    private final String label;

    SchoolStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
