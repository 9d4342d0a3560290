package de.netzatlas.region;

/** The three administrative levels Netzatlas works with. */
public enum RegionLevel {
    LAND("Land"), KREIS("Kreis"), GEMEINDE("Gemeinde");

    private final String label;

    RegionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
