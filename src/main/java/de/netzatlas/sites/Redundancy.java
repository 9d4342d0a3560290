package de.netzatlas.sites;

/** How a site's connection is backed up. */
public enum Redundancy {
    KEINE("keine"),
    ZWEITE_LEITUNG("zweite Leitung"),
    ZWEITER_CARRIER("zweiter Carrier");

    private final String label;

    Redundancy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
