package de.netzatlas.fibre;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status ladder of a rollout project as the Gigabit-Richtlinie process runs it. A project
 * moves one step forward at a time, or is cancelled (Abgebrochen) from any open state; the two
 * final states are never left.
 */
public enum ProjectStatus {
    MARKTERKUNDUNG("Markterkundung"),
    AUSWAHLVERFAHREN("Auswahlverfahren/Ausschreibung"),
    FOERDERBESCHEID("Förderbescheid"),
    BAU("Bau"),
    ABGESCHLOSSEN("Abgeschlossen"),
    ABGEBROCHEN("Abgebrochen");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == ABGESCHLOSSEN || this == ABGEBROCHEN;
    }

    /** Under way: decided but not yet finished (its planned completion counts in the projection). */
    public boolean isRunning() {
        return this == AUSWAHLVERFAHREN || this == FOERDERBESCHEID || this == BAU;
    }

    /** The states this one may move to (staying put is always allowed). */
    public Set<ProjectStatus> next() {
        return switch (this) {
            case MARKTERKUNDUNG -> EnumSet.of(AUSWAHLVERFAHREN, ABGEBROCHEN);
            case AUSWAHLVERFAHREN -> EnumSet.of(FOERDERBESCHEID, ABGEBROCHEN);
            case FOERDERBESCHEID -> EnumSet.of(BAU, ABGEBROCHEN);
            case BAU -> EnumSet.of(ABGESCHLOSSEN, ABGEBROCHEN);
            case ABGESCHLOSSEN, ABGEBROCHEN -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    public boolean canMoveTo(ProjectStatus target) {
        return target == this || next().contains(target);
    }
}
