package de.netzatlas.ui.registers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.netzatlas.asset.AssetConflictException;
import de.netzatlas.asset.AssetService;
import de.netzatlas.asset.AssetValidationException;
import de.netzatlas.asset.LocatedAsset;
import de.netzatlas.asset.ValidationIssue;
import de.netzatlas.common.Messages;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.TaskFailure;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What every register form (schools, ITN-XT sites, mobile sites) shares behind its view: the typed
 * text of each field under its CSV column name, the issues per field (German; what does not read,
 * then the register's rules), and the save in the background — new or a change with the version the
 * form was opened on. A stale version or a vanished record is a status line, not a field mark; while
 * there are errors nothing is written. Each register adds its choices and how its record is built.
 * No toolkit needed.
 */
public abstract class AssetFormViewModel<A extends LocatedAsset<?>> {

    private record Checked(List<ValidationIssue> issues, boolean saved) {
    }

    private final AssetService<A> service;
    private final BackgroundExecutor executor;
    private final Messages m;
    private final A original;
    private final Map<String, StringProperty> texts = new HashMap<>();
    private final ObservableList<ValidationIssue> issues = FXCollections.observableArrayList();
    private final ObservableList<ValidationIssue> issuesShown = FXCollections.unmodifiableObservableList(issues);
    private final Map<String, StringProperty> fieldMessages = new HashMap<>();
    private final Map<String, BooleanProperty> fieldErrors = new HashMap<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final List<Property<?>> choices = new ArrayList<>();
    private Map<String, String> loadedTexts;
    private List<Object> loadedChoices;

    /** A form for {@code original}, or for a new record when it is null. */
    protected AssetFormViewModel(AssetService<A> service, BackgroundExecutor executor, Messages m, A original) {
        this.service = service;
        this.executor = executor;
        this.m = m;
        this.original = original;
    }

    /** Builds the record from the fields; what does not read goes to {@code in} (the result is then unused). */
    protected abstract A draft(FieldReader in);

    /** The record with its Gemeinde (given, else the one at its point). */
    protected abstract A withGemeinde(A draft, String gemeindeAgs);

    /** The text typed into a field (named like its CSV column: {@code name}, {@code lat}, …). */
    public StringProperty text(String field) {
        return texts.computeIfAbsent(field, f -> {
            StringProperty p = new SimpleStringProperty("");
            p.addListener(o -> updateDirty());
            return p;
        });
    }

    /**
     * Subclasses call this at the end of their constructor, once the fields are filled: these are
     * the loaded values {@link #dirtyProperty()} compares against; {@code choiceFields} are the
     * fields that are not text (choices, check boxes).
     */
    protected final void loaded(Property<?>... choiceFields) {
        choices.addAll(List.of(choiceFields));
        choices.forEach(c -> c.addListener(o -> updateDirty()));
        loadedTexts = new HashMap<>();
        texts.forEach((field, p) -> loadedTexts.put(field, p.get()));
        loadedChoices = choices.stream().map(c -> (Object) c.getValue()).toList();
        updateDirty();
    }

    private void updateDirty() {
        if (loadedTexts == null) {
            return;
        }
        boolean changed = texts.entrySet().stream()
                .anyMatch(e -> !java.util.Objects.equals(e.getValue().get(), loadedTexts.getOrDefault(e.getKey(), "")))
                || !java.util.Arrays.asList(choices.stream().map(c -> (Object) c.getValue()).toArray())
                        .equals(loadedChoices);
        dirty.set(changed);
    }

    /** True while a field differs from the value the form was opened with. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The UI texts, for the problems a subclass's {@link #draft} words itself. */
    protected Messages messages() {
        return m;
    }

    protected String textOf(String field) {
        return text(field).get();
    }

    public Optional<A> original() {
        return Optional.ofNullable(original);
    }

    public boolean isNew() {
        return original == null;
    }

    /**
     * Reads the fields; unreadable ones are marked at once. Otherwise validates and, without errors,
     * saves in the background; {@code saved} runs on the FX thread after a save.
     */
    public void save(Runnable saved) {
        if (saving.get()) {
            return;
        }
        FieldReader in = new FieldReader(m);
        A draft = draft(in);
        status.set("");
        if (!in.problems().isEmpty()) {
            show(in.problems());
            return;
        }
        saving.set(true);
        executor.submit(m.get("task.registers.save"), p -> check(draft), checked -> {
            saving.set(false);
            show(checked.issues());
            if (checked.saved()) {
                saved.run();
            }
        }, this::failed);
    }

    private Checked check(A draft) {
        A full = withGemeinde(draft, service.locations().gemeindeFor(draft.location(), draft.gemeindeAgs()));
        List<ValidationIssue> found = service.validate(full);
        if (found.stream().anyMatch(ValidationIssue::isError)) {
            return new Checked(found, false);
        }
        if (full.version() == 0) {
            service.create(full);
        } else {
            service.update(full);
        }
        return new Checked(found, true);
    }

    private void failed(TaskFailure f) {
        saving.set(false);
        Optional<AssetValidationException> invalid = cause(f.cause(), AssetValidationException.class);
        if (cause(f.cause(), AssetConflictException.class).isPresent()) {
            status.set(m.format("registers.form.conflict", f.message()));
        } else if (invalid.isPresent()) {
            show(invalid.get().issues());
            status.set(m.get("registers.form.invalid"));
        } else {
            status.set(m.format("registers.form.saveError", f.message()));
        }
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private void show(List<ValidationIssue> found) {
        issues.setAll(found);
        Map<String, List<ValidationIssue>> byField = new HashMap<>();
        for (ValidationIssue i : found) {
            byField.computeIfAbsent(fieldOf(i), f -> new ArrayList<>()).add(i);
        }
        for (String field : fieldMessages.keySet()) {
            List<ValidationIssue> list = byField.getOrDefault(field, List.of());
            fieldMessages.get(field).set(String.join("\n", list.stream().map(ValidationIssue::message).toList()));
            fieldErrors.get(field).set(list.stream().anyMatch(ValidationIssue::isError));
        }
    }

    /** The location rules name the point "lat/lon"; its messages belong to the latitude field. */
    private static String fieldOf(ValidationIssue i) {
        return i.field().equals("lat/lon") ? "lat" : i.field();
    }

    /** The messages for one field, one a line (empty: none). */
    public ReadOnlyStringProperty message(String field) {
        register(field);
        return fieldMessages.get(field);
    }

    /** Whether the field's messages include an error (else only warnings or none). */
    public ReadOnlyBooleanProperty hasError(String field) {
        register(field);
        return fieldErrors.get(field);
    }

    private void register(String field) {
        if (!fieldMessages.containsKey(field)) {
            List<ValidationIssue> list = issues.stream().filter(i -> fieldOf(i).equals(field)).toList();
            fieldMessages.put(field, new SimpleStringProperty(
                    String.join("\n", list.stream().map(ValidationIssue::message).toList())));
            fieldErrors.put(field, new SimpleBooleanProperty(list.stream().anyMatch(ValidationIssue::isError)));
        }
    }

    /** Every issue of the last check (errors and warnings), for the list under the form. */
    public ObservableList<ValidationIssue> issues() {
        return issuesShown;
    }

    /** What the form says beyond the fields: a conflict, a failure to save (German). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
