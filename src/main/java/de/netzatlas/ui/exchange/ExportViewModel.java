package de.netzatlas.ui.exchange;

import java.nio.file.Path;
import java.util.List;

import de.netzatlas.common.Messages;
import de.netzatlas.exchange.ExchangeService;
import de.netzatlas.exchange.ExportSource;
import de.netzatlas.exchange.Exporter;
import de.netzatlas.exchange.Format;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.TaskHandle;
import de.netzatlas.ui.common.TaskProgress;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Datei → Exportieren …": which data, which format, written off the FX thread. Built for one fixed
 * source instead (e.g. the rows a list shows, see {@link ListExport}), it offers just that source.
 * "Abbrechen" stops the export between two rows; the target file is then left as it was.
 */
public final class ExportViewModel {

    private final List<ExportSource> sources;
    private final BackgroundExecutor executor;
    private final Messages m;
    private final StringProperty sourceId = new SimpleStringProperty();
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.CSV);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    private TaskHandle task;

    public ExportViewModel(ExchangeService exchange, BackgroundExecutor executor, Messages m) {
        this(exchange.exportSources(), executor, m);
    }

    /** For exactly one source, such as a list's shown rows ({@link ExportSource#withKeys}). */
    public ExportViewModel(ExportSource source, BackgroundExecutor executor, Messages m) {
        this(List.of(source), executor, m);
    }

    private ExportViewModel(List<ExportSource> sources, BackgroundExecutor executor, Messages m) {
        this.sources = List.copyOf(sources);
        this.executor = executor;
        this.m = m;
        if (!sources.isEmpty()) {
            sourceId.set(sources.get(0).id());
        }
    }

    /** The ids of the data that can be exported, in their order. */
    public List<String> sourceIds() {
        return sources.stream().map(ExportSource::id).toList();
    }

    /** The German name of source {@code id} (the id itself if there is no such source). */
    public String sourceLabel(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).map(ExportSource::label).findFirst().orElse(id);
    }

    /** A file name suggestion such as {@code coverage.xlsx}. */
    public String suggestedFileName() {
        return (sourceId.get() == null ? "export" : sourceId.get()) + "." + format.get().extension();
    }

    /** Writes the chosen data to {@code file} in the chosen format. */
    public void export(Path file) {
        String id = sourceId.get();
        Format f = format.get();
        ExportSource source = sources.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        if (source == null || f == null || file == null || running.get()) {
            return;
        }
        running.set(true);
        written.set(null);
        status.set(m.get("exchange.export.writing"));
        TaskHandle handle = executor.submit(m.get("exchange.task.export"),
                p -> Exporter.export(stoppable(source, p), file, f), result -> {
                    ended();
                    written.set(file);
                    String done = m.format("exchange.export.done", result.rows(), file.getFileName().toString());
                    status.set(result.demoLeftOut() == 0 ? done
                            : done + " " + m.format("exchange.export.demoLeftOut", result.demoLeftOut()));
                }, failure -> {
                    ended();
                    status.set(m.format("exchange.failed", failure.message()));
                });
        if (handle.runningProperty().get()) {
            task = handle;
            handle.cancelledProperty().addListener((o, was, stopped) -> cancelled(stopped));
        } else {
            cancelled(handle.cancelledProperty().get()); // a synchronous executor has already finished
        }
    }

    /** {@code source} with a look at "Abbrechen" before each row it hands on. */
    private static ExportSource stoppable(ExportSource source, TaskProgress progress) {
        return source.filtered(source.label(), row -> {
            progress.stopIfCancelled();
            return true;
        });
    }

    private void cancelled(boolean stopped) {
        if (stopped) {
            ended();
            status.set(m.get("exchange.export.cancelled"));
        }
    }

    private void ended() {
        task = null;
        running.set(false);
    }

    /** "Abbrechen": the running export stops; the file is not written. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    public StringProperty sourceIdProperty() {
        return sourceId;
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** A remark to read before exporting (e.g. that some of the chosen rows are demo data), or empty. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Path> writtenProperty() {
        return written;
    }
}
