package de.netzatlas.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads and validates an import's rows on a thread of its own, handing the valid records over in
 * batches through a small bounded queue, so that parsing and validating the next rows overlaps with
 * writing the previous ones into the database (two cores: the import runs at the pace of the slower
 * half instead of the sum of both; memory stays bounded). The validator stays on one thread, in row
 * order, so cross-row checks (duplicate keys) work as before. A failure while reading comes out of
 * {@link #next} on the writing thread; {@link #close} stops the reader thread.
 *
 * @param <T> the validated record
 */
final class ValidatedRows<T> implements AutoCloseable {

    record Item<T>(T record, long row) {
    }

    /** Valid records of the next rows; {@code rowsRead} and {@code position} after them. */
    record Batch<T>(List<Item<T>> items, long rowsRead, long position, boolean last, Throwable failure) {
    }

    private static final int QUEUE = 8;

    private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private volatile boolean stopped;

    /**
     * @param validate the validated record of a row, or null (the row's problems are reported by it)
     * @param skip     rows to pass over without counting (blank rows)
     * @param keep     whether a valid record goes on to the writer (all-or-nothing stops after an error)
     */
    ValidatedRows(TableReader reader, Function<SourceRow, T> validate, Predicate<SourceRow> skip, Predicate<T> keep,
                  int batchSize) {
        thread = new Thread(() -> {
            long read = 0;
            List<Item<T>> items = new ArrayList<>(batchSize);
            try {
                SourceRow row;
                while (!stopped && (row = reader.next()) != null) {
                    if (skip.test(row)) {
                        continue;
                    }
                    read++;
                    T record = validate.apply(row);
                    if (record != null && keep.test(record)) {
                        items.add(new Item<>(record, row.row()));
                    }
                    if (read % batchSize == 0) {
                        hand(new Batch<>(items, read, reader.position(), false, null));
                        items = new ArrayList<>(batchSize);
                    }
                }
                hand(new Batch<>(items, read, reader.position(), true, null));
            } catch (Throwable t) {
                hand(new Batch<>(List.of(), read, 0, true, t));
            }
        }, "netzatlas-import-lesen");
        thread.setDaemon(true);
        thread.start();
    }

    private void hand(Batch<T> batch) {
        try {
            while (!stopped) {
                if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next batch (waits for it); rethrows what went wrong while reading. */
    Batch<T> next() {
        Batch<T> b;
        try {
            b = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import unterbrochen", e);
        }
        if (b.failure() instanceof RuntimeException re) {
            throw re;
        }
        if (b.failure() instanceof Error err) {
            throw err;
        }
        if (b.failure() != null) {
            throw new IllegalStateException(b.failure());
        }
        return b;
    }

    /** Stops the reading thread and waits for it (the reader may be closed afterwards). */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
