package de.netzatlas.ui.exchange;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import de.netzatlas.common.Messages;
import de.netzatlas.exchange.ColumnMapping;
import de.netzatlas.exchange.ExchangeService;
import de.netzatlas.exchange.ImportPreview;
import de.netzatlas.exchange.ImportRequest;
import de.netzatlas.exchange.ImportResult;
import de.netzatlas.exchange.ImportTarget;
import de.netzatlas.exchange.MappingProfiles;
import de.netzatlas.exchange.Problem;
import de.netzatlas.exchange.Problems;
import de.netzatlas.exchange.ReadSettings;
import de.netzatlas.exchange.SourceRow;
import de.netzatlas.exchange.TargetField;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.TaskFailure;
import de.netzatlas.ui.common.TaskHandle;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard ("Datei → Importieren …") without any scene graph: file and target, the
 * preview with editable read settings and column mapping, the check (dry run) with its problem
 * report, and the import itself (all-or-nothing or valid rows only, skip or overwrite changed
 * records) with progress, cancel and undo. All file and database work goes through the
 * {@link BackgroundExecutor}; the check and the import show the progress of their task and stop
 * through its {@link TaskHandle}.
 */
public final class ImportViewModel {

    private final ExchangeService exchange;
    private final BackgroundExecutor executor;
    private final Messages m;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty targetId = new SimpleStringProperty();
    private final ObjectProperty<ReadSettings> settings = new SimpleObjectProperty<>();
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<SourceRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>(new ColumnMapping(java.util.Map.of()));
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final LongProperty errors = new SimpleLongProperty();
    private final LongProperty warnings = new SimpleLongProperty();
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final BooleanProperty validOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<ImportTarget.ExistingPolicy> existing =
            new SimpleObjectProperty<>(ImportTarget.ExistingPolicy.OVERWRITE);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> undoable = new SimpleObjectProperty<>();
    private final ObservableList<String> profileNames = FXCollections.observableArrayList();
    private TaskHandle task;
    private ColumnMapping pendingMapping;
    private Runnable onChanged = () -> { };

    public ImportViewModel(ExchangeService exchange, BackgroundExecutor executor, Messages m) {
        this.exchange = exchange;
        this.executor = executor;
        this.m = m;
        List<ImportTarget<?>> targets = exchange.imports().targets();
        if (!targets.isEmpty()) {
            targetId.set(targets.get(0).id());
        }
        targetId.addListener((o, a, v) -> {
            pendingMapping = null;
            resetCheck();
        });
        file.addListener((o, a, v) -> {
            settings.set(null);
            pendingMapping = null;
            resetCheck();
        });
    }

    /** Called on the FX thread after an import or undo changed the database (screens reload). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged == null ? () -> { } : onChanged;
    }

    /** The ids of the targets the wizard offers, in their order. */
    public List<String> targetIds() {
        return exchange.imports().targets().stream().map(ImportTarget::id).toList();
    }

    /** The German name of target {@code id} (the id itself if there is no such target). */
    public String targetLabel(String id) {
        return exchange.imports().target(id).map(ImportTarget::label).orElse(id);
    }

    /** The fields of the chosen target (empty if none is chosen). */
    public List<TargetField> fields() {
        return targetId.get() == null ? List.of()
                : exchange.imports().target(targetId.get()).map(ImportTarget::fields).orElse(List.of()).stream()
                        .filter(f -> f.type() != TargetField.FieldType.GEOMETRY).toList();
    }

    /** Reads the preview with the current settings (null: detect), keeping a loaded profile's mapping. */
    public void preview() {
        Path f = file.get();
        String target = targetId.get();
        if (f == null || target == null) {
            return;
        }
        ReadSettings s = settings.get();
        running.set(true);
        status.set(m.get("exchange.import.reading"));
        executor.submit(m.get("exchange.task.preview"), p -> exchange.imports().preview(f, target, s), this::showPreview,
                this::failed);
    }

    private void showPreview(ImportPreview p) {
        running.set(false);
        settings.set(p.settings());
        boolean sameHeader = header.equals(p.header());
        header.setAll(p.header());
        rows.setAll(p.rows());
        if (pendingMapping != null) {
            mapping.set(retain(pendingMapping, p.header()));
        } else if (!sameHeader || mapping.get().fieldToColumn().isEmpty()) {
            mapping.set(p.mapping());
        }
        resetCheck();
        problems.setAll(p.problems());
        errors.set(p.problems().stream().filter(Problem::isError).count());
        warnings.set(p.problems().size() - errors.get());
        status.set(m.format("exchange.import.previewStatus", p.rows().size(), p.header().size()));
    }

    private static ColumnMapping retain(ColumnMapping mapping, List<String> header) {
        ColumnMapping kept = new ColumnMapping(java.util.Map.of());
        for (var e : mapping.fieldToColumn().entrySet()) {
            if (header.contains(e.getValue())) {
                kept = kept.with(e.getKey(), e.getValue());
            }
        }
        return kept;
    }

    /** The user corrected a read setting: re-read the preview with it. */
    public void changeSettings(ReadSettings corrected) {
        settings.set(corrected);
        preview();
    }

    /** Maps {@code fieldKey} to {@code column} (null or empty: not mapped). */
    public void map(String fieldKey, String column) {
        ColumnMapping now = mapping.get().with(fieldKey, column);
        if (!now.equals(mapping.get())) {
            mapping.set(now);
            pendingMapping = now;
            resetCheck();
        }
    }

    private void resetCheck() {
        checked.set(false);
        result.set(null);
    }

    private ImportRequest request() {
        // before a preview there is no mapping to honour: the service suggests one
        ColumnMapping chosen = header.isEmpty() ? pendingMapping : mapping.get();
        return new ImportRequest(file.get(), targetId.get(), settings.get(), chosen, validOnly.get(),
                existing.get(), false);
    }

    /** "Prüfen": validates every row without writing (dry run) and fills the problem report. */
    public void check() {
        if (canRun()) {
            runService(m.get("exchange.task.check"), m.get("exchange.import.checking"), request().withDryRun(true), r -> {
                checked.set(!r.cancelled());
                status.set(r.cancelled() ? m.get("exchange.import.cancelled")
                        : m.format("exchange.import.checkedStatus", r.rows(), r.errors(), r.warnings()));
            });
        }
    }

    /** "Importieren": writes in one transaction as chosen; the result says what changed. */
    public void runImport() {
        if (canRun()) {
            runService(m.get("exchange.task.import"), m.get("exchange.import.importing"), request(), r -> {
                result.set(r);
                undoable.set(r.written() ? r.changeSet() : null);
                if (r.cancelled()) {
                    status.set(m.get("exchange.import.cancelled"));
                } else if (r.written()) {
                    status.set(m.format("exchange.import.done", r.summary(), String.valueOf(r.changeSet()).substring(0, 8)));
                    onChanged.run();
                } else {
                    status.set(m.format("exchange.import.nothingWritten", r.summary()));
                }
            });
        }
    }

    private boolean canRun() {
        return !running.get() && file.get() != null && targetId.get() != null;
    }

    /** Runs the check or the import as one task whose progress the wizard shows and whose cancel stops it. */
    private void runService(String what, String text, ImportRequest request, Consumer<ImportResult> done) {
        running.set(true);
        progress.set(-1);
        status.set(text);
        TaskHandle handle = executor.submit(what, p -> exchange.imports().run(request,
                (rowsSoFar, bytes, total) -> p.update(bytes, total), p::cancelled), r -> {
                    ended();
                    showProblems(r);
                    done.accept(r);
                }, this::failed);
        if (handle.runningProperty().get()) { // a synchronous executor has already delivered the result
            task = handle;
            progress.bind(handle.progressProperty());
        }
    }

    private void ended() {
        task = null;
        progress.unbind();
        running.set(false);
    }

    private void showProblems(ImportResult r) {
        progress.set(r.cancelled() ? 0 : 1);
        problems.setAll(r.problems());
        errors.set(r.errors());
        warnings.set(r.warnings());
    }

    /** "Abbrechen": the running check or import stops and rolls back. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** "Rückgängig": reverts the last import as a whole. */
    public void undo() {
        UUID cs = undoable.get();
        if (cs == null || running.get()) {
            return;
        }
        running.set(true);
        executor.submit(m.get("exchange.task.undo"), p -> exchange.imports().undo(cs), description -> {
            running.set(false);
            undoable.set(null);
            status.set(m.format("exchange.import.undone", description));
            onChanged.run();
        }, this::failed);
    }

    /** "Bericht speichern …": the problem report as CSV (German Excel conventions). */
    public void saveReport(Path target) {
        List<Problem> list = List.copyOf(problems);
        executor.submit(m.get("exchange.task.saveReport"), p -> {
            try (OutputStream out = Files.newOutputStream(target)) {
                Problems.writeCsv(list, out);
            }
            return list.size();
        }, n -> status.set(m.format("exchange.import.reportSaved", n, target.getFileName().toString())), this::failed);
    }

    public void loadProfileNames() {
        executor.submit(m.get("exchange.task.profile"), p -> exchange.profiles().names(), profileNames::setAll, this::failed);
    }

    /** Saves the current mapping (and corrected settings) under {@code name}. */
    public void saveProfile(String name) {
        MappingProfiles.Profile p = MappingProfiles.of(name == null ? "" : name.trim(), targetId.get(), mapping.get(),
                settings.get());
        executor.submit(m.get("exchange.task.profile"), work -> {
            exchange.profiles().save(p);
            return exchange.profiles().names();
        }, names -> {
            profileNames.setAll(names);
            status.set(m.format("exchange.import.profileSaved", p.name()));
        }, this::failed);
    }

    /** Loads a profile: its target, corrected settings and mapping; then re-reads the preview. */
    public void loadProfile(String name) {
        executor.submit(m.get("exchange.task.profile"), work -> exchange.profiles().find(name).orElseThrow(
                () -> new IllegalArgumentException(m.format("exchange.import.profileMissing", name))), p -> {
                    if (p.target() != null && exchange.imports().target(p.target()).isPresent()) {
                        targetId.set(p.target());
                    }
                    if (settings.get() != null) {
                        settings.set(MappingProfiles.apply(p, settings.get()));
                    }
                    pendingMapping = new ColumnMapping(p.mapping());
                    status.set(m.format("exchange.import.profileLoaded", p.name()));
                    preview();
                }, this::failed);
    }

    private void failed(TaskFailure f) {
        ended();
        progress.set(0);
        status.set(m.format("exchange.failed", f.message()));
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty targetIdProperty() {
        return targetId;
    }

    public ObjectProperty<ReadSettings> settingsProperty() {
        return settings;
    }

    public ObservableList<String> header() {
        return header;
    }

    public ObservableList<SourceRow> rows() {
        return rows;
    }

    public ObjectProperty<ColumnMapping> mappingProperty() {
        return mapping;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public LongProperty errorsProperty() {
        return errors;
    }

    public LongProperty warningsProperty() {
        return warnings;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public BooleanProperty validOnlyProperty() {
        return validOnly;
    }

    public ObjectProperty<ImportTarget.ExistingPolicy> existingProperty() {
        return existing;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** The running check's or import's progress (0…1, −1 while unknown). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    public ObjectProperty<UUID> undoableProperty() {
        return undoable;
    }

    public ObservableList<String> profileNames() {
        return profileNames;
    }
}
