package de.netzatlas.sites;

import de.netzatlas.asset.AssetStatus;
import de.netzatlas.asset.StatusWorkflow;

/**
 * Migration of a site: Altnetz → geplant → in Migration → ITN-XT aktiv → zurückgebaut. A plan may
 * be dropped (back to Altnetz) and a migration stopped (back to geplant); a site may also be given
 * up from the old network or from ITN-XT; zurückgebaut is final.
 */
public enum SiteStatus implements AssetStatus {
    ALTNETZ("Altnetz"),
    GEPLANT("geplant"),
    IN_MIGRATION("in Migration"),
    AKTIV("ITN-XT aktiv"),
    ZURUECKGEBAUT("zurückgebaut");

    public static final StatusWorkflow<SiteStatus> WORKFLOW = StatusWorkflow.of(SiteStatus.class)
            .allow(ALTNETZ, GEPLANT, ZURUECKGEBAUT)
            .allow(GEPLANT, IN_MIGRATION, ALTNETZ)
            .allow(IN_MIGRATION, AKTIV, GEPLANT)
            .allow(AKTIV, ZURUECKGEBAUT)
            .build();

    private final String label;

    SiteStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
