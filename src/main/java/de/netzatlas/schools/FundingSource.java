package de.netzatlas.schools;

/** Who pays the connection or the in-building network. */
public enum FundingSource {
    LAND("Land"),
    DIGITALPAKT("DigitalPakt"),
    KOMMUNE("Kommune");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
