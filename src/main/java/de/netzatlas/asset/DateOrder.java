package de.netzatlas.asset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that dates of an asset that must follow each other do (e.g. planned before actual
 * connection, migration start before migration end). Missing dates are skipped.
 */
public final class DateOrder {

    /** A date with the field (CSV column) it comes from and its German label. */
    public record DatedField(String field, String label, LocalDate date) {
    }

    private DateOrder() {
    }

    public static DatedField field(String field, String label, LocalDate date) {
        return new DatedField(field, label, date);
    }

    /**
     * Errors for each date that lies before an earlier one in the given order; the error names the
     * later field, e.g. "Ist-Anschluss (01.02.2020) liegt vor Baubeginn (03.04.2021)."
     */
    public static List<ValidationIssue> inOrder(DatedField... fields) {
        List<ValidationIssue> issues = new ArrayList<>();
        DatedField latest = null;
        for (DatedField f : fields) {
            if (f.date() == null) {
                continue;
            }
            if (latest != null && f.date().isBefore(latest.date())) {
                issues.add(ValidationIssue.error(f.field(), f.label() + " (" + f.date().format(StatusWorkflow.GERMAN_DATE)
                        + ") liegt vor " + latest.label() + " (" + latest.date().format(StatusWorkflow.GERMAN_DATE) + ")."));
            } else {
                latest = f;
            }
        }
        return issues;
    }
}
