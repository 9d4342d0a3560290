package de.netzatlas.exchange;

/** Errors block an import (or the row, with "nur fehlerfreie Zeilen"); warnings do not. */
public enum Severity {
    ERROR("Fehler"), WARNING("Warnung");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
