package de.netzatlas.ui.common;

import java.util.concurrent.CancellationException;

/** What running work tells the screen (thread-safe; the screen sees it on the FX thread). */
public interface TaskProgress {

    /** {@code done} of {@code total} steps; a total ≤ 0 means "unknown". */
    void update(long done, long total);

    /** A short German line on what is being done right now. */
    void message(String text);

    /** Whether the planner asked to stop. */
    boolean cancelled();

    /** Stops the work by throwing when the planner asked to stop; the task then ends as cancelled. */
    default void stopIfCancelled() {
        if (cancelled()) {
            throw new CancellationException();
        }
    }
}
