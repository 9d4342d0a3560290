package de.netzatlas.fibre;

/** One finding of a validation: errors block saving, warnings are shown. The message is German. */
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
