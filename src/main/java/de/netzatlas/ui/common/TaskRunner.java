package de.netzatlas.ui.common;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import de.netzatlas.common.GermanCauses;

/**
 * The one implementation of the background-task contract: work runs on {@code worker}, everything
 * the screen sees (progress, message, result, failure) is delivered through {@code fx}. Every
 * failure is logged with its cause and reaches the screen as a German message: the caller's
 * handler or, when it has none, the {@link FailureSink}. Progress updates are coalesced so that a
 * fast loop does not flood the FX thread.
 */
public class TaskRunner implements BackgroundExecutor {

    private static final System.Logger LOG = System.getLogger(TaskRunner.class.getName());

    private final Executor worker;
    private final Executor fx;
    private final FailureSink sink;

    public TaskRunner(Executor worker, Executor fx, FailureSink sink) {
        this.worker = Objects.requireNonNull(worker);
        this.fx = Objects.requireNonNull(fx);
        this.sink = Objects.requireNonNull(sink);
    }

    @Override
    public <T> TaskHandle submit(String what, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                 Consumer<TaskFailure> onFailure) {
        TaskHandle handle = new TaskHandle(what);
        Consumer<TaskFailure> failure = onFailure == null ? sink::failed : onFailure;
        Progress progress = new Progress(handle);
        worker.execute(() -> {
            T result;
            try {
                result = work.run(progress);
            } catch (CancellationException e) {
                fx.execute(() -> handle.finish(true));
                return;
            } catch (Exception | Error e) {
                TaskFailure f = new TaskFailure(what, GermanCauses.message(e), e);
                LOG.log(System.Logger.Level.WARNING, "„" + what + "“ fehlgeschlagen: " + f.message(), e);
                fx.execute(() -> {
                    handle.finish(false);
                    failure.accept(f);
                });
                return;
            }
            fx.execute(() -> {
                handle.finish(false);
                if (onSuccess != null) {
                    onSuccess.accept(result);
                }
            });
        });
        return handle;
    }

    @Override
    public void report(TaskFailure failure) {
        sink.failed(failure);
    }

    private final class Progress implements TaskProgress {

        private final TaskHandle handle;
        private final AtomicReference<Double> pendingProgress = new AtomicReference<>();
        private final AtomicReference<String> pendingMessage = new AtomicReference<>();

        Progress(TaskHandle handle) {
            this.handle = handle;
        }

        @Override
        public void update(long done, long total) {
            double value = total <= 0 ? -1 : Math.max(0, Math.min(1, (double) done / total));
            if (pendingProgress.getAndSet(value) == null) {
                fx.execute(() -> handle.showProgress(pendingProgress.getAndSet(null)));
            }
        }

        @Override
        public void message(String text) {
            if (pendingMessage.getAndSet(text == null ? "" : text) == null) {
                fx.execute(() -> handle.showMessage(pendingMessage.getAndSet(null)));
            }
        }

        @Override
        public boolean cancelled() {
            return handle.cancelRequested();
        }
    }
}
