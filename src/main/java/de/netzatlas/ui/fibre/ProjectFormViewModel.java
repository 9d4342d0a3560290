package de.netzatlas.ui.fibre;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** One editable milestone row. */
    public static final class MilestoneRow {
        final UUID id;
        final StringProperty name = new SimpleStringProperty("");
        final ObjectProperty<LocalDate> planned = new SimpleObjectProperty<>();
        final ObjectProperty<LocalDate> actual = new SimpleObjectProperty<>();

        MilestoneRow(Milestone m) {
            id = m == null ? UUID.randomUUID() : m.id();
            if (m != null) {
                name.set(m.name());
                planned.set(m.planned());
                actual.set(m.actual());
            }
        }

        public StringProperty nameProperty() {
            return name;
        }

        public ObjectProperty<LocalDate> plannedProperty() {
            return planned;
        }

        public ObjectProperty<LocalDate> actualProperty() {
            return actual;
        }
    }

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
    private final Map<String, StringProperty> fieldMessages = new HashMap<>();
    private final Map<String, BooleanProperty> fieldErrors = new HashMap<>();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper();
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
        executor.run(() -> regions.byLevel(RegionLevel.KREIS).stream()
                .sorted(java.util.Comparator.comparing(Region::name)).toList(), list -> {
                    kreise.setAll(list);
                    if (kreisAgs != null) {
                        list.stream().filter(k -> k.ags().equals(kreisAgs)).findFirst().ifPresent(kreis::set);
                    }
                    revalidate();
                }, e -> saveError.set(e.getMessage()));
    }

    private void kreisChanged(Region old, Region k) {
        if (k == null) {
            gemeindenOfKreis.clear();
            return;
        }
        boolean keep = old == null && original != null && k.ags().equals(original.kreisAgs());
        executor.run(() -> regions.children(k.ags()).stream().filter(r -> r.level() == RegionLevel.GEMEINDE).toList(),
                list -> {
                    if (!k.equals(kreis.get())) {
                        return;
                    }
                    gemeindenOfKreis.setAll(list);
                    if (!keep) {
                        gemeinden.removeIf(ags -> list.stream().noneMatch(g -> g.ags().equals(ags)));
                    }
                }, e -> saveError.set(e.getMessage()));
    }

    boolean isNew() {
        return original == null;
    }

    /** The project as entered; numbers that do not parse count as missing (their errors come from {@link #parseIssues}). */
    FibreProject draft() {
        Funding funding = new Funding(GermanNumbers.parseMoney(cost.get()).orElse(null),
                GermanNumbers.parseMoney(shareBund.get()).orElse(null),
                GermanNumbers.parseMoney(shareLand.get()).orElse(null),
                GermanNumbers.parseMoney(shareKommune.get()).orElse(null),
                GermanNumbers.parseMoney(shareOperator.get()).orElse(null));
        List<Milestone> ms = milestones.stream()
                .map(r -> new Milestone(r.id, r.name.get() == null ? "" : r.name.get().strip(), r.planned.get(),
                        r.actual.get()))
                .toList();
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

    /** The form's own checks: numbers that are not numbers, milestones without name or date. */
    List<ValidationIssue> parseIssues() {
        List<ValidationIssue> out = new ArrayList<>();
        integer(out, "households", households.get());
        integer(out, "businesses", businesses.get());
        integer(out, "schools", schools.get());
        money(out, "cost_total", cost.get());
        money(out, "share_bund", shareBund.get());
        money(out, "share_land", shareLand.get());
        money(out, "share_kommune", shareKommune.get());
        money(out, "share_operator", shareOperator.get());
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneRow r = milestones.get(i);
            if (r.name.get() == null || r.name.get().isBlank()) {
                out.add(ValidationIssue.error("milestones", m.format("projectForm.milestone.noName", i + 1)));
            } else if (r.planned.get() == null && r.actual.get() == null) {
                out.add(ValidationIssue.warning("milestones", m.format("projectForm.milestone.noDate", r.name.get())));
            }
        }
        return out;
    }

    private void integer(List<ValidationIssue> out, String field, String text) {
        if (text != null && !text.isBlank() && GermanNumbers.parseInt(text).isEmpty()) {
            out.add(ValidationIssue.error(field, m.format("projectForm.notAnInteger", text.strip())));
        }
    }

    private void money(List<ValidationIssue> out, String field, String text) {
        if (text != null && !text.isBlank() && GermanNumbers.parseMoney(text).isEmpty()) {
            out.add(ValidationIssue.error(field, m.format("projectForm.notAnAmount", text.strip())));
        }
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
        List<ValidationIssue> own = parseIssues();
        List<String> ags = List.copyOf(gemeinden);
        executor.run(() -> {
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
            publishFieldMessages();
            checked.set(true);
            canSave.set(!saving.get() && issues.stream().noneMatch(ValidationIssue::isError));
        }, e -> saveError.set(e.getMessage()));
    }

    private void publishFieldMessages() {
        Map<String, List<ValidationIssue>> byField = new HashMap<>();
        for (ValidationIssue i : issues) {
            byField.computeIfAbsent(i.field(), f -> new ArrayList<>()).add(i);
        }
        for (String field : fieldMessages.keySet()) {
            List<ValidationIssue> list = byField.getOrDefault(field, List.of());
            fieldMessages.get(field).set(String.join("\n", list.stream().map(ValidationIssue::message).toList()));
            fieldErrors.get(field).set(list.stream().anyMatch(ValidationIssue::isError));
        }
    }

    /** The messages for one field (validator field names: name, kreis, gemeinden, cost_total, …). */
    StringProperty message(String field) {
        if (!fieldMessages.containsKey(field)) {
            List<ValidationIssue> list = issues.stream().filter(i -> i.field().equals(field)).toList();
            fieldErrors.put(field, new SimpleBooleanProperty(list.stream().anyMatch(ValidationIssue::isError)));
            fieldMessages.put(field, new SimpleStringProperty(
                    String.join("\n", list.stream().map(ValidationIssue::message).toList())));
        }
        return fieldMessages.get(field);
    }

    /** Whether the field's messages include an error (else only warnings or none). */
    BooleanProperty hasError(String field) {
        message(field);
        return fieldErrors.get(field);
    }

    /** Reads a GeoJSON file off the FX thread and takes its area; a German message on failure. */
    void importArea(Path file, Consumer<String> failed) {
        executor.run(() -> ProjectAreas.fromGeoJson(file.getFileName().toString(),
                Files.readString(file, StandardCharsets.UTF_8)), area::set, e -> failed.accept(
                e instanceof ProjectAreas.InvalidAreaException ? e.getMessage()
                        : m.format("projectForm.area.readError", file, e.getMessage())));
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
        executor.run(() -> original == null ? service.create(draft) : service.update(draft), saved -> {
            saving.set(false);
            done.accept(saved);
        }, e -> {
            saving.set(false);
            if (e instanceof ProjectConflictException) {
                saveError.set(m.format("projectForm.conflict", e.getMessage()));
            } else if (e instanceof ProjectValidationException v) {
                issues.setAll(v.issues());
                publishFieldMessages();
                saveError.set(m.get("projectForm.invalid"));
            } else {
                saveError.set(m.format("projectForm.saveError", e.getMessage()));
            }
            canSave.set(issues.stream().noneMatch(ValidationIssue::isError));
        });
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
