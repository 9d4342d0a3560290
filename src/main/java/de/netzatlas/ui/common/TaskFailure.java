package de.netzatlas.ui.common;

import java.util.Objects;

/**
 * A failed task as the screen gets it: the German message for the planner (already written to the
 * log together with the cause) and the cause, for screens that react to particular exceptions.
 */
public record TaskFailure(String what, String message, Throwable cause) {

    public TaskFailure {
        Objects.requireNonNull(what);
        Objects.requireNonNull(message);
        Objects.requireNonNull(cause);
    }
}
