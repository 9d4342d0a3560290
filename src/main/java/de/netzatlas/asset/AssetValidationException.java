package de.netzatlas.asset;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an asset with validation errors is to be saved; nothing was written. */
public final class AssetValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationIssue> issues;

    public AssetValidationException(String what, List<ValidationIssue> issues) {
        super(what + " nicht gespeichert: " + issues.stream().filter(ValidationIssue::isError)
                .map(ValidationIssue::toString).collect(Collectors.joining("; ")));
        this.issues = List.copyOf(issues);
    }

    public List<ValidationIssue> issues() {
        return issues;
    }

    /** Throws when {@code issues} contain an error. */
    public static void throwIfErrors(String what, List<ValidationIssue> issues) {
        if (issues.stream().anyMatch(ValidationIssue::isError)) {
            throw new AssetValidationException(what, issues);
        }
    }
}
