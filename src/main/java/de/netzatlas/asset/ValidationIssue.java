package de.netzatlas.asset;

/**
 * One finding of validating an asset: errors block saving, warnings are shown. {@code field} is the
 * column name the value has in the CSV files (e.g. {@code gemeinde_ags}), so the same issue reads
 * right in the form and as {@code file:row:field: message} in an import. The message is German.
 */
public record ValidationIssue(Severity severity, String field, String message) {

    public enum Severity { ERROR, WARNING }

    public static ValidationIssue error(String field, String message) {
        return new ValidationIssue(Severity.ERROR, field, message);
    }

    public static ValidationIssue warning(String field, String message) {
        return new ValidationIssue(Severity.WARNING, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (isError() ? "Fehler" : "Warnung") + " " + field + ": " + message;
    }
}
