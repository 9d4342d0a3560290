package de.netzatlas.ui.common;

/**
 * Where the failures go that a screen does not handle itself: in the application an error dialog,
 * in tests whatever the test wants to see. No failure is dropped.
 */
@FunctionalInterface
public interface FailureSink {

    void failed(TaskFailure failure);

    /** For tests: a failure nobody handles fails the test at once. */
    static FailureSink rethrow() {
        return f -> {
            throw new AssertionError("Unbehandelter Fehler in „" + f.what() + "“: " + f.message(), f.cause());
        };
    }
}
