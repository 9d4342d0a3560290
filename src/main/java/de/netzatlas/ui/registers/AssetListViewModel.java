package de.netzatlas.ui.registers;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import de.netzatlas.asset.AssetService;
import de.netzatlas.asset.LocatedAsset;
import de.netzatlas.common.Messages;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.TaskFailure;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State behind a register list (schools, ITN-XT sites): all assets loaded off the FX thread, narrowed
 * by Kreis, status, type and a text search, with a totals line over exactly the rows shown (count and
 * one register-specific sum). Also runs the register's session undo. No toolkit needed.
 */
public final class AssetListViewModel<A extends LocatedAsset<?>> {

    /** Rows shown and the register's sum over them (pupils, sites in operation …). */
    public record Totals(int rows, long sum) {
    }

    private final AssetService<A> service;
    private final BackgroundExecutor executor;
    private final Messages m;
    private final Function<String, String> regionName;
    private final Function<String, String> kreisOf;
    private final Function<A, Enum<?>> typeOf;
    private final Function<A, String> searchText;
    private final ToLongFunction<A> sumOf;
    private final ObservableList<A> all = FXCollections.observableArrayList();
    private final FilteredList<A> shown = new FilteredList<>(all, a -> true);
    private final ObjectProperty<String> kreis = new SimpleObjectProperty<>();
    private final ObjectProperty<Enum<?>> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Enum<?>> type = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Totals> totals = new ReadOnlyObjectWrapper<>(new Totals(0, 0));
    private final StringProperty error = new SimpleStringProperty("");
    private volatile Map<String, String> names = Map.of();
    private volatile Map<String, String> kreise = Map.of();

    /**
     * {@code regionName}: AGS → name; {@code kreisOf}: Gemeinde AGS → Kreis AGS (both called off the FX
     * thread); {@code typeOf}: the type filtered on; {@code searchText}: extra text the search looks in.
     */
    public AssetListViewModel(AssetService<A> service, BackgroundExecutor executor, Messages m,
                              Function<String, String> regionName, Function<String, String> kreisOf,
                              Function<A, Enum<?>> typeOf, Function<A, String> searchText, ToLongFunction<A> sumOf) {
        this.service = service;
        this.executor = executor;
        this.m = m;
        this.regionName = regionName;
        this.kreisOf = kreisOf;
        this.typeOf = typeOf;
        this.searchText = searchText;
        this.sumOf = sumOf;
        kreis.addListener(o -> refilter());
        status.addListener(o -> refilter());
        type.addListener(o -> refilter());
        search.addListener(o -> refilter());
        all.addListener((ListChangeListener<A>) c -> refilter());
    }

    private record Loaded<A>(List<A> assets, Map<String, String> names, Map<String, String> kreise) {
    }

    /** Reloads from the database (off the FX thread); {@code done} runs on the FX thread afterwards. */
    public void load(Runnable done) {
        executor.submit(m.get("task.registers.load"), p -> {
            List<A> assets = service.all();
            Map<String, String> byAgs = new HashMap<>();
            Map<String, String> kreisByGemeinde = new HashMap<>();
            for (A a : assets) {
                String k = kreisByGemeinde.computeIfAbsent(a.gemeindeAgs(), kreisOf);
                byAgs.computeIfAbsent(a.gemeindeAgs(), regionName);
                byAgs.computeIfAbsent(k, regionName);
            }
            return new Loaded<>(assets, byAgs, kreisByGemeinde);
        }, loaded -> {
            names = Map.copyOf(loaded.names());
            kreise = Map.copyOf(loaded.kreise());
            all.setAll(loaded.assets());
            done.run();
        }, this::failed);
    }

    public void load() {
        load(() -> { });
    }

    AssetService<A> service() {
        return service;
    }

    /** A failure of this register's work has its place in the list's status line. */
    void failed(TaskFailure failure) {
        error.set(failure.message());
    }

    /** Undoes the register's last change of this session and reloads; empty if nothing was left. */
    public void undo(Consumer<Optional<String>> done) {
        executor.submit(m.get("task.undo"), p -> service.undo(), description -> {
            load();
            done.accept(description);
        }, this::failed);
    }

    public String name(String ags) {
        return ags == null ? "" : names.getOrDefault(ags, ags);
    }

    public String kreisOf(A asset) {
        return kreise.getOrDefault(asset.gemeindeAgs(), "");
    }

    /** Kreise present in the loaded assets, by AGS. */
    public List<String> kreise() {
        return all.stream().map(this::kreisOf).distinct().sorted().toList();
    }

    public Optional<A> byId(String id) {
        return all.stream().filter(a -> a.id().toString().equals(id)).findFirst();
    }

    private void refilter() {
        shown.setPredicate(filter());
        long sum = 0;
        for (A a : shown) {
            sum += sumOf.applyAsLong(a);
        }
        totals.set(new Totals(shown.size(), sum));
    }

    private Predicate<A> filter() {
        String k = kreis.get();
        Enum<?> s = status.get();
        Enum<?> t = type.get();
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.GERMAN);
        return a -> (k == null || k.equals(kreisOf(a)))
                && (s == null || s == a.status())
                && (t == null || t == typeOf.apply(a))
                && (text.isEmpty() || a.name().toLowerCase(Locale.GERMAN).contains(text)
                    || name(a.gemeindeAgs()).toLowerCase(Locale.GERMAN).contains(text)
                    || searchText.apply(a).toLowerCase(Locale.GERMAN).contains(text));
    }

    public ObservableList<A> all() {
        return all;
    }

    public FilteredList<A> shown() {
        return shown;
    }

    public ObjectProperty<String> kreisProperty() {
        return kreis;
    }

    public ObjectProperty<Enum<?>> statusProperty() {
        return status;
    }

    public ObjectProperty<Enum<?>> typeProperty() {
        return type;
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
