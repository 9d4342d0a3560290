package de.netzatlas.fibre;

import java.time.LocalDate;
import java.util.List;

/** Outcome of a coverage import: errors (then nothing was written), rows read, stands touched. */
public record ImportResult(List<ImportError> errors, long rows, List<LocalDate> stands, boolean written) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
