package de.netzatlas.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * How view models run database, file and rendering work: off the FX thread, with the result
 * handed back on the FX thread. Tests use {@link #direct()}, which runs everything at once, so
 * view models are tested without a toolkit.
 */
public interface BackgroundExecutor {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    static BackgroundExecutor direct() {
        return new BackgroundExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
