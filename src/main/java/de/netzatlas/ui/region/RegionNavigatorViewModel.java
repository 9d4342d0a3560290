package de.netzatlas.ui.region;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.netzatlas.common.Messages;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionService;
import de.netzatlas.ui.common.BackgroundExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The region navigator: the Land → Kreise → Gemeinden hierarchy and the name search. Loads and
 * searches through the background executor; the view only binds.
 */
public final class RegionNavigatorViewModel {

    static final int SEARCH_LIMIT = 30;

    /** The hierarchy as loaded: the Land, its Kreise (sorted) and each Kreis's Gemeinden (sorted). */
    public record Hierarchy(Region land, List<Region> kreise, Map<String, List<Region>> gemeinden) {
    }

    private final RegionService regions;
    private final Messages messages;
    private final BackgroundExecutor executor;
    private final ObjectProperty<Hierarchy> hierarchy = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<Region> searchResults = FXCollections.observableArrayList();
    private String lastQuery = "";

    public RegionNavigatorViewModel(RegionService regions, Messages messages, BackgroundExecutor executor) {
        this.regions = regions;
        this.messages = messages;
        this.executor = executor;
        searchText.addListener((obs, old, text) -> search(text));
    }

    public void load() {
        executor.submit(messages.get("region.task.hierarchy"), t -> {
            Region land = regions.land();
            List<Region> kreise = regions.children(land.ags());
            Map<String, List<Region>> gemeinden = kreise.stream()
                    .collect(Collectors.toMap(Region::ags, k -> regions.children(k.ags()), (a, b) -> a));
            return new Hierarchy(land, kreise, gemeinden);
        }, hierarchy::set, f -> {
            hierarchy.set(null);
            executor.report(f);
        });
    }

    private void search(String text) {
        String query = text == null ? "" : text.trim();
        lastQuery = query;
        if (query.isEmpty()) {
            searchResults.clear();
            return;
        }
        executor.submit(messages.get("region.task.search"), t -> regions.search(query, SEARCH_LIMIT), results -> {
            if (query.equals(lastQuery)) {
                searchResults.setAll(results);
            }
        }, f -> {
            searchResults.clear();
            executor.report(f);
        });
    }

    public ObjectProperty<Hierarchy> hierarchyProperty() {
        return hierarchy;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<Region> searchResults() {
        return searchResults;
    }

    public boolean searching() {
        return !lastQuery.isEmpty();
    }
}
