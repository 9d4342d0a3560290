package de.netzatlas.ui.fibre;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Geometry;

import de.netzatlas.common.GermanNumbers;
import de.netzatlas.common.Messages;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.FibreProjectService;
import de.netzatlas.fibre.Funding;
import de.netzatlas.fibre.FundingModel;
import de.netzatlas.fibre.Milestone;
import de.netzatlas.fibre.Programme;
import de.netzatlas.fibre.ProjectAreas;
import de.netzatlas.fibre.ProjectConflictException;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.fibre.ProjectValidationException;
import de.netzatlas.fibre.ValidationIssue;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.region.RegionService;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.TaskFailure;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State behind the project form: every field of a project as a property (numbers as the text the
 * user typed, German format), the Kreis and Gemeinden to choose from, the status choices the
 * current status allows, the milestones as editable rows, and the area. Every change re-validates
 * off the FX thread with {@link FibreProjectService#validate}, plus the form's own checks (numbers,
 * milestones); messages are kept per field. Errors block saving, warnings do not. Saving runs in
 * the background; a version conflict gets its own German message. No toolkit needed.
 */
public final class ProjectFormViewModel {

    private record Checked(List<ValidationIssue> issues, long gemeindeHouseholds) {
    }

    private final FibreProjectService service;
    private final RegionService regions;
    private final BackgroundExecutor executor;
    private final Messages m;
    private final FibreProject original;
    private final UUID id;

    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<Region> kreis = new SimpleObjectProperty<>();
    final ObservableList<Region> kreise = FXCollections.observableArrayList();
    final ObservableList<Region> gemeindenOfKreis = FXCollections.observableArrayList();
    final ObservableList<String> gemeinden = FXCollections.observableArrayList();
    final ObjectProperty<FundingModel> model = new SimpleObjectProperty<>();
    final ObjectProperty<Programme> programme = new SimpleObjectProperty<>();
    final StringProperty operator = new SimpleStringProperty("");
    final StringProperty households = new SimpleStringProperty("");
    final StringProperty businesses = new SimpleStringProperty("");
    final StringProperty schools = new SimpleStringProperty("");
    final StringProperty cost = new SimpleStringProperty("");
    final StringProperty shareBund = new SimpleStringProperty("");
    final StringProperty shareLand = new SimpleStringProperty("");
    final StringProperty shareKommune = new SimpleStringProperty("");
    final StringProperty shareOperator = new SimpleStringProperty("");
    final BooleanProperty weakArea = new SimpleBooleanProperty();
    final ObjectProperty<ProjectStatus> status = new SimpleObjectProperty<>();
    final ObservableList<ProjectStatus> statusChoices = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> statusSince = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> plannedCompletion = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> actualCompletion = new SimpleObjectProperty<>();
    final ObservableList<MilestoneRow> milestones = FXCollections.observableArrayList(
            r -> new Observable[] {r.name, r.planned, r.actual});
    final ObjectProperty<Geometry> area = new SimpleObjectProperty<>();
    final StringProperty notes = new SimpleStringProperty("");
    final StringProperty areaSummary = new SimpleStringProperty("");
    final StringProperty householdsHint = new SimpleStringProperty("");
    final StringProperty saveError = new SimpleStringProperty("");
    private final ObservableList<ValidationIssue> issues = FXCollections.observableArrayList();
    private final FieldMessages fieldMessages = new FieldMessages();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final List<Object> loaded;
    private int generation;
    private boolean loading;

    /** A form for {@code project}, or for a new project when it is null. */
    public ProjectFormViewModel(FibreProjectService service, RegionService regions, BackgroundExecutor executor,
                                Messages messages, FibreProject project) {
        this.service = service;
        this.regions = regions;
        this.executor = executor;
        this.m = messages;
        this.original = project;
        this.id = project == null ? UUID.randomUUID() : project.id();
        if (project == null) {
            statusChoices.setAll(ProjectStatus.values());
            status.set(ProjectStatus.MARKTERKUNDUNG);
            statusSince.set(LocalDate.now());
            model.set(FundingModel.WIRTSCHAFTLICHKEITSLUECKE);
            programme.set(Programme.GIGABIT_RICHTLINIE_BUND);
            households.set("0");
            businesses.set("0");
            schools.set("0");
        } else {
            fill(project);
        }
        Observable[] all = {name, kreis, gemeinden, model, programme, operator, households, businesses, schools, cost,
            shareBund, shareLand, shareKommune, shareOperator, weakArea, status, statusSince, start,
            plannedCompletion, actualCompletion, milestones, area};
        for (Observable o : all) {
            o.addListener(x -> revalidate());
        }
        kreis.addListener((o, old, k) -> kreisChanged(old, k));
        status.addListener((o, old, s) -> {
            if (!loading && s != null && (original == null || s != original.status())) {
                statusSince.set(LocalDate.now());
            }
        });
        area.addListener((o, old, a) -> areaSummary.set(summary(a)));
        areaSummary.set(summary(area.get()));
        loaded = values();
        java.util.stream.Stream.concat(java.util.Arrays.stream(all), java.util.stream.Stream.of(notes))
                .forEach(o -> o.addListener(x -> dirty.set(!values().equals(loaded))));
    }

    /** Every editable value, for {@link #dirtyProperty()}; the Kreis by AGS (it comes with {@link #load()}). */
    private List<Object> values() {
        Region k = kreis.get();
        List<Object> ms = new ArrayList<>();
        milestones.forEach(r -> ms.add(java.util.Arrays.asList(r.name.get(), r.planned.get(), r.actual.get())));
        Geometry a = area.get();
        return java.util.Arrays.asList(name.get(), k == null ? (original == null ? null : original.kreisAgs()) : k.ags(),
                List.copyOf(gemeinden), model.get(), programme.get(), operator.get(), households.get(),
                businesses.get(), schools.get(), cost.get(), shareBund.get(), shareLand.get(), shareKommune.get(),
                shareOperator.get(), weakArea.get(), status.get(), statusSince.get(), start.get(),
                plannedCompletion.get(), actualCompletion.get(), ms, a == null ? null : a.toText(), notes.get());
    }

    /** True while a value differs from the one loaded (or, for a new project, from the defaults). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    private void fill(FibreProject p) {
        loading = true;
        name.set(p.name());
        gemeinden.setAll(p.gemeinden());
        model.set(p.model());
        programme.set(p.programme());
        operator.set(p.operator() == null ? "" : p.operator());
        households.set(GermanNumbers.integer(p.households()));
        businesses.set(GermanNumbers.integer(p.businesses()));
        schools.set(GermanNumbers.integer(p.schools()));
        Funding f = p.funding();
        cost.set(GermanNumbers.money(f.costTotal()));
        shareBund.set(GermanNumbers.money(f.bund()));
        shareLand.set(GermanNumbers.money(f.land()));
        shareKommune.set(GermanNumbers.money(f.kommune()));
        shareOperator.set(GermanNumbers.money(f.operator()));
        weakArea.set(p.weakArea());
        List<ProjectStatus> choices = new ArrayList<>();
        choices.add(p.status());
        choices.addAll(p.status().next());
        statusChoices.setAll(choices);
        status.set(p.status());
        statusSince.set(p.statusSince());
        start.set(p.start());
        plannedCompletion.set(p.plannedCompletion());
        actualCompletion.set(p.actualCompletion());
        p.milestones().forEach(ms -> milestones.add(new MilestoneRow(ms)));
        area.set(p.area());
        notes.set(p.notes() == null ? "" : p.notes());
        loading = false;
    }

    /** Loads the Kreise (and the Kreis of an existing project) off the FX thread, then validates. */
    public void load() {
        String kreisAgs = original == null ? null : original.kreisAgs();
        executor.submit(m.get("projectForm.task.regions"), p -> regions.byLevel(RegionLevel.KREIS).stream()
                .sorted(Comparator.comparing(Region::name)).toList(), list -> {
                    kreise.setAll(list);
                    if (kreisAgs != null) {
                        list.stream().filter(k -> k.ags().equals(kreisAgs)).findFirst().ifPresent(kreis::set);
                    }
                    revalidate();
                }, this::showFailure);
    }

    private void showFailure(TaskFailure f) {
        saveError.set(f.message());
    }

    private void kreisChanged(Region old, Region k) {
        if (k == null) {
            gemeindenOfKreis.clear();
            return;
        }
        boolean keep = old == null && original != null && k.ags().equals(original.kreisAgs());
        executor.submit(m.get("projectForm.task.regions"),
                p -> regions.children(k.ags()).stream().filter(r -> r.level() == RegionLevel.GEMEINDE).toList(),
                list -> {
                    if (!k.equals(kreis.get())) {
                        return;
                    }
                    gemeindenOfKreis.setAll(list);
                    if (!keep) {
                        gemeinden.removeIf(ags -> list.stream().noneMatch(g -> g.ags().equals(ags)));
                    }
                }, this::showFailure);
    }

    boolean isNew() {
        return original == null;
    }

    /** The project as entered; numbers that do not parse count as missing (their errors come from {@link ProjectFormChecks}). */
    FibreProject draft() {
        Funding funding = new Funding(GermanNumbers.parseMoney(cost.get()).orElse(null),
                GermanNumbers.parseMoney(shareBund.get()).orElse(null),
                GermanNumbers.parseMoney(shareLand.get()).orElse(null),
                GermanNumbers.parseMoney(shareKommune.get()).orElse(null),
                GermanNumbers.parseMoney(shareOperator.get()).orElse(null));
        List<Milestone> ms = milestones.stream().map(MilestoneRow::toMilestone).toList();
        Region k = kreis.get();
        String op = operator.get() == null || operator.get().isBlank() ? null : operator.get().strip();
        return new FibreProject(id, name.get() == null ? "" : name.get().strip(), k == null ? null : k.ags(),
                List.copyOf(gemeinden), area.get(), model.get(), programme.get(), op,
                GermanNumbers.parseInt(households.get()).orElse(0), GermanNumbers.parseInt(businesses.get()).orElse(0),
                GermanNumbers.parseInt(schools.get()).orElse(0), funding, weakArea.get(), status.get(),
                statusSince.get(), start.get(), plannedCompletion.get(), actualCompletion.get(), ms,
                notes.get() == null || notes.get().isBlank() ? null : notes.get(),
                original != null && original.demo(), original == null ? 0 : original.version());
    }

    /** Validates the current state in the background; older results are dropped. */
    void revalidate() {
        if (loading) {
            return;
        }
        int gen = ++generation;
        checked.set(false);
        canSave.set(false);
        FibreProject draft = draft();
        List<ValidationIssue> own = ProjectFormChecks.of(this, m);
        List<String> ags = List.copyOf(gemeinden);
        executor.submit(m.get("projectForm.task.validate"), p -> {
            List<ValidationIssue> all = new ArrayList<>(own);
            all.addAll(service.validate(draft));
            long hh = 0;
            for (String g : ags) {
                hh += regions.byAgs(g).flatMap(regions::households).map(h -> h.value()).orElse(0L);
            }
            return new Checked(all, hh);
        }, result -> {
            if (gen != generation) {
                return;
            }
            issues.setAll(result.issues());
            householdsHint.set(ags.isEmpty() ? "" : m.format("projectForm.householdsHint",
                    GermanNumbers.integer(result.gemeindeHouseholds())));
            fieldMessages.publish(issues);
            checked.set(true);
            canSave.set(!saving.get() && issues.stream().noneMatch(ValidationIssue::isError));
        }, this::showFailure);
    }

    /** The messages for one field (validator field names: name, kreis, gemeinden, cost_total, …). */
    StringProperty message(String field) {
        return fieldMessages.message(field);
    }

    /** Whether the field's messages include an error (else only warnings or none). */
    BooleanProperty hasError(String field) {
        return fieldMessages.hasError(field);
    }

    /** Reads a GeoJSON file off the FX thread and takes its area; a German message on failure. */
    void importArea(Path file, Consumer<String> failed) {
        executor.submit(m.get("projectForm.task.importArea"), p -> ProjectAreas.fromGeoJson(file.getFileName().toString(),
                Files.readString(file, StandardCharsets.UTF_8)), area::set, f -> failed.accept(
                f.cause() instanceof ProjectAreas.InvalidAreaException ? f.message()
                        : m.format("projectForm.area.readError", file, f.message())));
    }

    /**
     * For drawing the area: the boundaries of the chosen Gemeinden (or, without any, of the Kreis),
     * read off the FX thread, to snap to and to show where to draw.
     */
    void loadBorders(Consumer<List<Geometry>> then) {
        List<String> chosen = List.copyOf(gemeinden);
        Region k = kreis.get();
        executor.submit(m.get("projectForm.task.borders"), p -> {
            List<Geometry> borders = new ArrayList<>();
            for (String ags : chosen) {
                regions.boundary(ags).ifPresent(borders::add);
            }
            if (borders.isEmpty() && k != null) {
                regions.boundary(k.ags()).ifPresent(borders::add);
            }
            return borders;
        }, then, this::showFailure);
    }

    void addMilestone() {
        milestones.add(new MilestoneRow(null));
    }

    /** Saves in the background (create or update); {@code done} gets the stored project. */
    void save(Consumer<FibreProject> done) {
        if (!canSave.get()) {
            return;
        }
        FibreProject draft = draft();
        saving.set(true);
        canSave.set(false);
        saveError.set("");
        executor.submit(m.get("projectForm.task.save"), p -> original == null ? service.create(draft) : service.update(draft),
                saved -> {
                    saving.set(false);
                    done.accept(saved);
                }, this::saveFailed);
    }

    /** A version conflict and the service's validation get their own German messages; the form stays open. */
    private void saveFailed(TaskFailure f) {
        saving.set(false);
        if (f.cause() instanceof ProjectConflictException) {
            saveError.set(m.format("projectForm.conflict", f.message()));
        } else if (f.cause() instanceof ProjectValidationException v) {
            issues.setAll(v.issues());
            fieldMessages.publish(issues);
            saveError.set(m.get("projectForm.invalid"));
        } else {
            saveError.set(m.format("projectForm.saveError", f.message()));
        }
        canSave.set(issues.stream().noneMatch(ValidationIssue::isError));
    }

    private String summary(Geometry a) {
        if (a == null || a.isEmpty()) {
            return m.get("projectForm.area.none");
        }
        return m.format("projectForm.area.summary", a.getNumGeometries(), GermanNumbers.decimal(areaKm2(a), 1));
    }

    /** Approximate area in km² of a lon/lat geometry (equirectangular at its centre latitude). */
    static double areaKm2(Geometry a) {
        double lat = a.getEnvelopeInternal().centre().y;
        return a.getArea() * 111.32 * 111.32 * Math.cos(Math.toRadians(lat));
    }

    public ObservableList<ValidationIssue> issues() {
        return issues;
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True once the latest state has been validated. */
    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    Optional<FibreProject> original() {
        return Optional.ofNullable(original);
    }

    UUID id() {
        return id;
    }
}
