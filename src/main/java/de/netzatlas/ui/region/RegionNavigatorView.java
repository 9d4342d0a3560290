package de.netzatlas.ui.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.netzatlas.common.Messages;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Left panel: a search field over the Land → Kreise → Gemeinden tree. While a query is typed the
 * tree gives way to the result list; choosing a result selects it and returns to the tree.
 */
public final class RegionNavigatorView extends VBox {

    private final RegionNavigatorViewModel viewModel;
    private final ObjectProperty<Region> selection;
    private final Host main;
    private final TreeView<Region> tree = new TreeView<>();
    private final ListView<Region> results = new ListView<>();
    private final TextField search = new TextField();
    private final Map<String, TreeItem<Region>> items = new HashMap<>();
    private boolean syncing;

    /** What the navigator needs of the window's view model (the main view model implements it). */
    public interface Host {

        de.netzatlas.common.Messages messages();

        RegionNavigatorViewModel navigator();

        javafx.beans.property.ObjectProperty<de.netzatlas.region.Region> selectedRegionProperty();

        void selectAndZoom(de.netzatlas.region.Region region);
    }

    public RegionNavigatorView(Host main) {
        this.main = main;
        this.viewModel = main.navigator();
        this.selection = main.selectedRegionProperty();
        Messages m = main.messages();
        getStyleClass().add("navigator");
        setSpacing(6);

        Label title = new Label(m.get("navigator.title"));
        title.getStyleClass().add("panel-title");

        search.setId("regionSearch");
        search.setPromptText(m.get("navigator.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && !results.getItems().isEmpty()) {
                choose(results.getItems().get(0));
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });

        tree.setId("regionTree");
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new RegionTreeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null) {
                main.selectAndZoom(item.getValue());
            }
        });

        results.setId("searchResults");
        results.setItems(viewModel.searchResults());
        results.setPlaceholder(new Label(m.get("navigator.search.none")));
        results.setCellFactory(l -> new ResultCell(m));
        results.setOnMouseClicked(e -> {
            Region r = results.getSelectionModel().getSelectedItem();
            if (r != null) {
                choose(r);
            }
        });
        results.setOnKeyPressed(e -> {
            Region r = results.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null) {
                choose(r);
            }
        });
        results.visibleProperty().bind(search.textProperty().isNotEmpty());
        tree.visibleProperty().bind(results.visibleProperty().not());

        StackPane stack = new StackPane(tree, results);
        VBox.setVgrow(stack, Priority.ALWAYS);
        getChildren().addAll(title, search, stack);

        viewModel.hierarchyProperty().addListener((obs, old, h) -> build(h));
        selection.addListener((obs, old, region) -> reveal(region));
    }

    private void choose(Region region) {
        search.clear();
        main.selectAndZoom(region);
        tree.requestFocus();
    }

    private void build(RegionNavigatorViewModel.Hierarchy h) {
        items.clear();
        if (h == null) {
            tree.setRoot(null);
            return;
        }
        TreeItem<Region> root = item(h.land());
        for (Region kreis : h.kreise()) {
            TreeItem<Region> kreisItem = item(kreis);
            for (Region gemeinde : h.gemeinden().getOrDefault(kreis.ags(), List.of())) {
                kreisItem.getChildren().add(item(gemeinde));
            }
            root.getChildren().add(kreisItem);
        }
        root.setExpanded(true);
        tree.setRoot(root);
        reveal(selection.get());
    }

    private TreeItem<Region> item(Region region) {
        TreeItem<Region> item = new TreeItem<>(region);
        items.put(region.ags(), item);
        return item;
    }

    /** Selects and scrolls to the region's node without feeding the selection back. */
    private void reveal(Region region) {
        TreeItem<Region> item = region == null ? null : items.get(region.ags());
        if (item == null || tree.getSelectionModel().getSelectedItem() == item) {
            return;
        }
        syncing = true;
        try {
            for (TreeItem<Region> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private static final class RegionTreeCell extends TreeCell<Region> {
        @Override
        protected void updateItem(Region region, boolean empty) {
            super.updateItem(region, empty);
            getStyleClass().removeAll("region-land", "region-kreis", "region-gemeinde");
            if (empty || region == null) {
                setText(null);
                return;
            }
            setText(region.level() == RegionLevel.GEMEINDE || getTreeItem() == null
                    ? region.name()
                    : region.name() + "  (" + getTreeItem().getChildren().size() + ")");
            getStyleClass().add("region-" + region.level().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static final class ResultCell extends ListCell<Region> {
        private final Messages messages;

        ResultCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(Region region, boolean empty) {
            super.updateItem(region, empty);
            if (empty || region == null) {
                setText(null);
                return;
            }
            String level = messages.get("level." + region.level().name());
            setText(region.name() + " – " + level + (region.type().equals(level) ? "" : " · " + region.type())
                    + ", " + region.ags());
        }
    }
}
