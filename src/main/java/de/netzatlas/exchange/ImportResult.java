package de.netzatlas.exchange;

import java.util.List;
import java.util.UUID;

/**
 * Outcome of an import: the problems (at most {@link Problems#LIMIT} listed, all counted), rows read,
 * what was written, and the change set to undo it (null when nothing was written).
 */
public record ImportResult(List<Problem> problems, long errors, long warnings, long rows, long inserted,
                           long updated, long unchanged, long skipped, boolean written, boolean cancelled,
                           UUID changeSet) {

    public boolean ok() {
        return errors == 0 && !cancelled;
    }

    /** "1.234 Zeilen gelesen: 1.200 neu, 30 geändert, 4 unverändert, 0 übersprungen." */
    public String summary() {
        return String.format(java.util.Locale.GERMANY,
                "%,d Zeilen gelesen: %,d neu, %,d geändert, %,d unverändert, %,d übersprungen; %,d Fehler, %,d Warnungen.",
                rows, inserted, updated, unchanged, skipped, errors, warnings);
    }
}
