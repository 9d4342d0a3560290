package de.netzatlas.schools;

/** How the school is connected today. */
public enum Technology {
    GLASFASER("Glasfaser (FTTB/FTTH)"),
    KABEL("Kabel (HFC)"),
    DSL("DSL/VDSL"),
    RICHTFUNK("Richtfunk"),
    MOBILFUNK("Mobilfunk (LTE/5G)"),
    SATELLIT("Satellit"),
    KEINE("keine");

    private final String label;

    Technology(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
