package de.netzatlas.schools;

/** State of the in-building network (WLAN) of a school. */
public enum WlanStatus {
    KEINES("kein WLAN"),
    GEPLANT("in Planung"),
    TEILWEISE("teilweise"),
    VOLLSTAENDIG("flächendeckend");

    private final String label;

    WlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
