package de.netzatlas.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;

/** Runs work on a small pool of daemon threads and delivers results with {@code Platform.runLater}. */
public final class FxBackgroundExecutor implements BackgroundExecutor, AutoCloseable {

    private final ExecutorService pool;

    public FxBackgroundExecutor() {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "netzatlas-work-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pool.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
            return null;
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
