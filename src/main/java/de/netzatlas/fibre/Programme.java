package de.netzatlas.fibre;

/** The funding programme a project runs under. */
public enum Programme {
    KEINES("kein Förderprogramm"),
    GIGABIT_RICHTLINIE_BUND("Gigabit-Richtlinie des Bundes"),
    LANDESPROGRAMM("Landesprogramm"),
    SONSTIGES("sonstiges Programm");

    private final String label;

    Programme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
