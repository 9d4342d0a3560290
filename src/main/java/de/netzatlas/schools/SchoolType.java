package de.netzatlas.schools;

/** School types of Sachsen-Anhalt's school law (plus "sonstige"). */
public enum SchoolType {
    GRUNDSCHULE("Grundschule"),
    SEKUNDARSCHULE("Sekundarschule"),
    GEMEINSCHAFTSSCHULE("Gemeinschaftsschule"),
    GESAMTSCHULE("Gesamtschule"),
    GYMNASIUM("Gymnasium"),
    FOERDERSCHULE("Förderschule"),
    BERUFSBILDENDE_SCHULE("Berufsbildende Schule"),
    SONSTIGE("Sonstige");

    private final String label;

    SchoolType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
