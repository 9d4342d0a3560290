package de.netzatlas.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;

/**
 * The application's executor: work on a small pool of daemon threads, delivery with
 * {@code Platform.runLater}, unhandled failures to the given sink (the shell's error dialog).
 */
public final class FxBackgroundExecutor extends TaskRunner implements AutoCloseable {

    private final ExecutorService pool;

    public FxBackgroundExecutor(FailureSink sink) {
        this(newPool(), sink);
    }

    private FxBackgroundExecutor(ExecutorService pool, FailureSink sink) {
        super(pool, Platform::runLater, sink);
        this.pool = pool;
    }

    private static ExecutorService newPool() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "netzatlas-work-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
