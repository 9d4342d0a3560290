package de.netzatlas.ui.common;

import java.util.function.Consumer;

/**
 * The background-task contract for every database, file, print or tile call a screen makes: the work
 * runs off the FX thread with progress, message and cancel ({@link TaskHandle}); result, failure and
 * progress arrive on the FX thread. Error policy: every failure is logged with its cause and reaches
 * the planner as a German message — through the caller's handler or, without one, the executor's
 * {@link FailureSink} (an error dialog in the application). Nothing is swallowed. Tests use
 * {@link #direct()}, which runs everything at once on the calling thread.
 */
public interface BackgroundExecutor {

    /**
     * Runs {@code work}; {@code what} names it for the log and the error dialog (German, short:
     * "Bericht erzeugen"). {@code onFailure} may be {@code null}: the failure then goes to the sink.
     * When the work ends by {@link TaskProgress#stopIfCancelled()} neither handler is called.
     */
    <T> TaskHandle submit(String what, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                          Consumer<TaskFailure> onFailure);

    /**
     * Hands a failure to the sink (the error dialog): for a failure handler that first puts its
     * screen back into a sane state ({@code f -> { details.set(null); executor.report(f); }}).
     */
    void report(TaskFailure failure);

    /** As {@link #submit(String, BackgroundWork, Consumer, Consumer)}; failures go to the sink. */
    default <T> TaskHandle submit(String what, BackgroundWork<T> work, Consumer<? super T> onSuccess) {
        return submit(what, work, onSuccess, null);
    }

    /** Work without progress or result (a settings write, a cache trim); failures go to the sink. */
    default TaskHandle submit(String what, Action work) {
        return submit(what, p -> {
            work.run();
            return Boolean.TRUE;
        }, r -> { }, null);
    }

    /** Work without result. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    /** Runs at once on the calling thread; a failure without handler fails the test. */
    static BackgroundExecutor direct() {
        return direct(FailureSink.rethrow());
    }

    /** Runs at once on the calling thread; unhandled failures go to {@code sink}. */
    static BackgroundExecutor direct(FailureSink sink) {
        return new TaskRunner(Runnable::run, Runnable::run, sink);
    }
}
