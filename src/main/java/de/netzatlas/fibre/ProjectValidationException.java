package de.netzatlas.fibre;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a project with validation errors is to be saved; nothing was written. */
public final class ProjectValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationIssue> issues;

    public ProjectValidationException(List<ValidationIssue> issues) {
        super("Projekt nicht gespeichert: " + issues.stream().filter(ValidationIssue::isError)
                .map(ValidationIssue::toString).collect(Collectors.joining("; ")));
        this.issues = List.copyOf(issues);
    }

    public List<ValidationIssue> issues() {
        return issues;
    }
}
