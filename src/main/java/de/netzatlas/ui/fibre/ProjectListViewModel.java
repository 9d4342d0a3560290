package de.netzatlas.ui.fibre;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.FibreProjectService;
import de.netzatlas.fibre.Programme;
import de.netzatlas.fibre.ProjectStatus;
import de.netzatlas.ui.common.BackgroundExecutor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State behind the "Glasfaser-Projekte" list: all projects loaded off the FX thread, narrowed by
 * Kreis, status, programme and a text search, with totals of cost and households over exactly the
 * rows shown. Also runs the session undo so list (and map) reload after it. No toolkit needed.
 */
public final class ProjectListViewModel {

    /** Sums over the filtered rows; {@code cost} counts only projects whose cost is known. */
    public record Totals(int projects, long households, BigDecimal cost) {
    }

    private final FibreProjectService service;
    private final BackgroundExecutor executor;
    private final ObservableList<FibreProject> all = FXCollections.observableArrayList();
    private final FilteredList<FibreProject> shown = new FilteredList<>(all, p -> true);
    private final ObjectProperty<String> kreis = new SimpleObjectProperty<>();
    private final ObjectProperty<ProjectStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Programme> programme = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Totals> totals = new ReadOnlyObjectWrapper<>(new Totals(0, 0, BigDecimal.ZERO));
    private final StringProperty error = new SimpleStringProperty("");
    private final java.util.function.Function<String, String> regionName;
    private volatile java.util.Map<String, String> names = java.util.Map.of();

    public ProjectListViewModel(FibreProjectService service, BackgroundExecutor executor) {
        this(service, executor, ags -> ags);
    }

    /** {@code regionName} maps an AGS to its name; it is called off the FX thread while loading. */
    public ProjectListViewModel(FibreProjectService service, BackgroundExecutor executor,
                                java.util.function.Function<String, String> regionName) {
        this.service = service;
        this.executor = executor;
        this.regionName = regionName;
        kreis.addListener(o -> refilter());
        status.addListener(o -> refilter());
        programme.addListener(o -> refilter());
        search.addListener(o -> refilter());
        all.addListener((javafx.collections.ListChangeListener<FibreProject>) c -> refilter());
    }

    /** Reloads all projects from the database (off the FX thread). */
    public void load() {
        load(() -> { });
    }

    /** Reloads, then runs {@code then} on the FX thread (e.g. to select a just saved project). */
    public void load(Runnable then) {
        executor.submit("Projekte laden", progress -> {
            List<FibreProject> projects = service.all();
            java.util.Map<String, String> byAgs = new java.util.HashMap<>();
            for (FibreProject p : projects) {
                byAgs.computeIfAbsent(p.kreisAgs(), regionName);
                p.gemeinden().forEach(g -> byAgs.computeIfAbsent(g, regionName));
            }
            return java.util.Map.entry(projects, byAgs);
        }, loaded -> {
            names = java.util.Map.copyOf(loaded.getValue());
            all.setAll(loaded.getKey());
            then.run();
        }, f -> error.set(f.message()));
    }

    /** Name of a Kreis or Gemeinde seen in the loaded projects (the AGS if unknown). */
    public String name(String ags) {
        return names.getOrDefault(ags, ags);
    }

    /** Undoes the session's last project change and reloads; empty if there was nothing to undo. */
    public void undo(java.util.function.Consumer<Optional<String>> done) {
        executor.submit("Rückgängig", p -> service.undo(), description -> {
            load();
            done.accept(description);
        }, f -> error.set(f.message()));
    }

    private void refilter() {
        shown.setPredicate(filter());
        long households = 0;
        BigDecimal cost = BigDecimal.ZERO;
        for (FibreProject p : shown) {
            households += p.households();
            if (p.funding().costTotal() != null) {
                cost = cost.add(p.funding().costTotal());
            }
        }
        totals.set(new Totals(shown.size(), households, cost));
    }

    private Predicate<FibreProject> filter() {
        String k = kreis.get();
        ProjectStatus s = status.get();
        Programme pr = programme.get();
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.GERMAN);
        return p -> (k == null || k.equals(p.kreisAgs()))
                && (s == null || s == p.status())
                && (pr == null || pr == p.programme())
                && (text.isEmpty() || matches(p, text) || matchesPlace(p, text));
    }

    private static boolean matches(FibreProject p, String text) {
        return p.name().toLowerCase(Locale.GERMAN).contains(text)
                || (p.operator() != null && p.operator().toLowerCase(Locale.GERMAN).contains(text))
                || p.gemeinden().stream().anyMatch(ags -> ags.startsWith(text));
    }

    private boolean matchesPlace(FibreProject p, String text) {
        return name(p.kreisAgs()).toLowerCase(Locale.GERMAN).contains(text)
                || p.gemeinden().stream().anyMatch(g -> name(g).toLowerCase(Locale.GERMAN).contains(text));
    }

    /** Kreis AGS present in the loaded projects, for the Kreis filter. */
    public List<String> kreise() {
        return all.stream().map(FibreProject::kreisAgs).distinct().sorted().toList();
    }

    public ObservableList<FibreProject> all() {
        return all;
    }

    public FilteredList<FibreProject> shown() {
        return shown;
    }

    public ObjectProperty<String> kreisProperty() {
        return kreis;
    }

    public ObjectProperty<ProjectStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Programme> programmeProperty() {
        return programme;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<Totals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public StringProperty errorProperty() {
        return error;
    }
}
