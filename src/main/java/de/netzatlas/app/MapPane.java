package de.netzatlas.app;

import java.text.NumberFormat;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;

import de.netzatlas.map.RegionHighlightLayer;
import de.netzatlas.map.WebMercator;
import de.netzatlas.region.GeoBounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * The centre: Gluon's map view fed by the offline basemap, the selection highlight on top, the
 * attribution and the cursor's coordinates in the corners. A click selects the Gemeinde there;
 * a new zoom target makes the map fly to it.
 */
final class MapPane extends StackPane {

    static final double MIN_ZOOM = 5;
    static final double MAX_ZOOM = 16;

    private final MapView map = new MapView();
    private final RegionHighlightLayer highlight = new RegionHighlightLayer();
    private final MainViewModel viewModel;
    private final Label attribution;
    private GeoBounds pending;

    MapPane(MainViewModel viewModel) {
        this.viewModel = viewModel;
        Messages m = viewModel.messages();
        getStyleClass().add("map-pane");
        map.setId("map");
        map.setZoom(7);
        map.setCenter(52.0, 11.7);
        map.addLayer(highlight);

        attribution = new Label(m.get("map.attribution"));
        attribution.setId("mapAttribution");
        attribution.getStyleClass().add("map-attribution");
        attribution.setMouseTransparent(true);
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        Label coordinates = new Label();
        coordinates.setId("mapCoordinates");
        coordinates.getStyleClass().add("map-coordinates");
        coordinates.setMouseTransparent(true);
        coordinates.visibleProperty().bind(coordinates.textProperty().isNotEmpty());
        StackPane.setAlignment(coordinates, Pos.BOTTOM_LEFT);
        getChildren().addAll(map, attribution, coordinates);

        NumberFormat degrees = NumberFormat.getNumberInstance(m.locale());
        degrees.setMinimumFractionDigits(4);
        degrees.setMaximumFractionDigits(4);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            MapPoint p = map.getMapPosition(e.getX(), e.getY());
            coordinates.setText(p == null ? "" : m.format("map.coordinates",
                    degrees.format(p.getLatitude()), degrees.format(p.getLongitude())));
        });
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                MapPoint p = map.getMapPosition(e.getX(), e.getY());
                if (p != null) {
                    viewModel.selectAt(p.getLatitude(), p.getLongitude());
                }
            }
        });

        highlight.setGeometry(viewModel.highlightProperty().get());
        viewModel.highlightProperty().addListener((obs, old, g) -> highlight.setGeometry(g));
        viewModel.zoomTargetProperty().addListener((obs, old, target) -> {
            if (target != null) {
                show(target);
                viewModel.zoomTargetProperty().set(null);
            }
        });
        widthProperty().addListener(o -> showPending());
        heightProperty().addListener(o -> showPending());
    }

    /** Flies to the box; waits until the map has a size. */
    private void show(GeoBounds b) {
        if (getWidth() < 10 || getHeight() < 10) {
            pending = b;
            return;
        }
        double zoom = WebMercator.zoomToFit(b.minLat(), b.minLon(), b.maxLat(), b.maxLon(),
                getWidth(), getHeight(), 0.08, MIN_ZOOM, MAX_ZOOM);
        map.setZoom(zoom);
        map.flyTo(0, new MapPoint(WebMercator.centerLat(b.minLat(), b.maxLat()), b.centerLon()), 0.5);
    }

    private void showPending() {
        if (pending != null && getWidth() >= 10 && getHeight() >= 10) {
            GeoBounds b = pending;
            pending = null;
            show(b);
        }
    }

    /** The attribution of the shown basemap (OSM, MBTiles) with the built-in data's. */
    void bindAttribution(javafx.beans.value.ObservableValue<String> text) {
        attribution.textProperty().bind(text);
    }

    MapView mapView() {
        return map;
    }

    RegionHighlightLayer highlightLayer() {
        return highlight;
    }
}
