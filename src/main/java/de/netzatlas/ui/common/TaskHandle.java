package de.netzatlas.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One submitted task as screens bind to it: progress (0…1, or −1 while the total is unknown), the
 * current message, whether it still runs, and cancel. The properties change only through the
 * executor's FX-side delivery, never on the worker thread.
 */
public final class TaskHandle {

    private final String what;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper();

    TaskHandle(String what) {
        this.what = what;
    }

    public String what() {
        return what;
    }

    /** Asks the work to stop; it stops at its next look at {@link TaskProgress#cancelled()}. */
    public void cancel() {
        cancelRequested.set(true);
    }

    public boolean cancelRequested() {
        return cancelRequested.get();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once the work ended by cancellation (neither success nor failure was delivered). */
    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    void showProgress(double value) {
        progress.set(value);
    }

    void showMessage(String text) {
        message.set(text);
    }

    void finish(boolean wasCancelled) {
        cancelled.set(wasCancelled);
        running.set(false);
    }
}
