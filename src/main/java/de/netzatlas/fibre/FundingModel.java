package de.netzatlas.fibre;

/** How a rollout is financed: by the operator alone, or funded (gap subsidy or operator model). */
public enum FundingModel {
    EIGENWIRTSCHAFTLICH("eigenwirtschaftlich"),
    WIRTSCHAFTLICHKEITSLUECKE("gefördert – Wirtschaftlichkeitslückenmodell"),
    BETREIBERMODELL("gefördert – Betreibermodell");

    private final String label;

    FundingModel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean funded() {
        return this != EIGENWIRTSCHAFTLICH;
    }
}
