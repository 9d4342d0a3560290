package de.netzatlas.ui.map;

import java.text.NumberFormat;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;

import org.controlsfx.control.textfield.TextFields;
import org.locationtech.jts.geom.Envelope;

import de.netzatlas.common.Messages;
import de.netzatlas.map.MapViewport;
import de.netzatlas.map.RegionHighlightLayer;
import de.netzatlas.map.WebMercator;
import de.netzatlas.map.layer.FeatureHit;
import de.netzatlas.map.layer.FxMapPainter;
import de.netzatlas.map.layer.LayerStack;
import de.netzatlas.map.layer.ScaleBar;
import de.netzatlas.region.GeoBounds;
import de.netzatlas.region.PlaceSearch;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/**
 * The centre: Gluon's map view fed by the offline basemap, the feature layers (one canvas each),
 * the selection highlight on top, and the map chrome: search box, scale bar, attribution and the
 * cursor's coordinates. A click selects the feature under the cursor, else the Gemeinde there;
 * Shift+drag selects all features in a rectangle; hovering names the feature. A new zoom target
 * makes the map fly to it.
 */
public final class MapPane extends StackPane {

    static final double MIN_ZOOM = 5;
    static final double MAX_ZOOM = 16;

    private final MapView map = new MapView();
    private final RegionHighlightLayer highlight = new RegionHighlightLayer();
    private final LayerStack layers;
    private final Host viewModel;
    private final Label attribution;
    private final Pane overlay = new Pane();
    private final Rectangle band = new Rectangle();
    private final Label hover = new Label();
    private final Canvas scaleBar = new Canvas(190, 28);
    private final TextField search = new TextField();
    private final AreaEditor areaEditor;
    private GeoBounds pending;
    private double bandX;
    private double bandY;
    private boolean banding;
    private final PointDragController pointDrag;

    /** What the map pane needs of the window's view model (the main view model implements it). */
    public interface Host {

        de.netzatlas.common.Messages messages();

        MapLayersViewModel layers();

        /** Zooms to a place or region found by the map's search box. */
        void goTo(de.netzatlas.region.PlaceSearch.Match match);

        /** The outline of the selected region or project, drawn above the layers. */
        javafx.beans.property.ReadOnlyObjectProperty<org.locationtech.jts.geom.Geometry> highlightProperty();

        /** Where the map should go next; the pane sets it back to null once it is there. */
        javafx.beans.property.ObjectProperty<de.netzatlas.region.GeoBounds> zoomTargetProperty();

        /** A click on the map outside any feature: the Gemeinde under it. */
        void selectAt(double lat, double lon);
    }

    public MapPane(Host viewModel) {
        this.viewModel = viewModel;
        Messages m = viewModel.messages();
        getStyleClass().add("map-pane");
        map.setId("map");
        map.setZoom(7);
        map.setCenter(52.0, 11.7);
        layers = new LayerStack(viewModel.layers().manager());
        map.addLayer(layers);
        map.addLayer(highlight);
        snapTilesToWholePixels();
        de.netzatlas.map.GluonTileReset.keepBounded(map);

        attribution = new Label(m.get("map.attribution"));
        attribution.setId("mapAttribution");
        attribution.getStyleClass().add("map-attribution");
        attribution.setMouseTransparent(true);
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        // a narrow map column wraps the attribution instead of growing the map beyond its column
        attribution.setWrapText(true);
        attribution.setMinWidth(0);
        // (the scale bar and the coordinates keep their corner: the attribution wraps beside them)
        attribution.setMaxHeight(USE_PREF_SIZE);
        setMinSize(0, 0);
        map.setMinSize(0, 0);
        Label coordinates = new Label();
        coordinates.setId("mapCoordinates");
        coordinates.getStyleClass().add("map-coordinates");
        coordinates.setMouseTransparent(true);
        coordinates.visibleProperty().bind(coordinates.textProperty().isNotEmpty());
        StackPane.setAlignment(coordinates, Pos.BOTTOM_LEFT);
        StackPane.setMargin(coordinates, new Insets(0, 0, 0, 0));
        scaleBar.setId("mapScaleBar");
        scaleBar.setMouseTransparent(true);
        VBox bottomLeft = new VBox(2, scaleBar, coordinates);
        bottomLeft.setPickOnBounds(false);
        bottomLeft.setMouseTransparent(true);
        bottomLeft.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(bottomLeft, Pos.BOTTOM_LEFT);
        attribution.maxWidthProperty().bind(javafx.beans.binding.Bindings.max(120,
                widthProperty().subtract(bottomLeft.widthProperty()).subtract(12)));

        band.getStyleClass().add("map-band");
        band.setVisible(false);
        hover.setId("mapHover");
        hover.getStyleClass().add("map-hover");
        hover.setVisible(false);
        overlay.getChildren().addAll(band, hover);
        overlay.setMouseTransparent(true);

        search.setId("mapSearch");
        search.setPromptText(m.get("map.search.prompt"));
        search.getStyleClass().add("map-search");
        search.setMaxWidth(280);
        search.setMinWidth(120);
        search.maxWidthProperty().bind(javafx.beans.binding.Bindings.min(280, widthProperty().subtract(20)));
        StackPane.setAlignment(search, Pos.TOP_LEFT);
        StackPane.setMargin(search, new Insets(10));
        var completion = TextFields.bindAutoCompletion(search,
                request -> viewModel.layers().suggest(request.getUserText()), new StringConverter<PlaceSearch.Match>() {
                    @Override
                    public String toString(PlaceSearch.Match match) {
                        return match == null ? "" : match.label();
                    }

                    @Override
                    public PlaceSearch.Match fromString(String text) {
                        return null;
                    }
                });
        completion.setVisibleRowCount(10);
        completion.setOnAutoCompleted(e -> viewModel.goTo(e.getCompletion()));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.layers().suggest(search.getText()).stream().findFirst().ifPresent(viewModel::goTo);
            }
        });
        getChildren().addAll(map, overlay, attribution, bottomLeft, search);
        areaEditor = new AreaEditor(map, layers, this, m);
        layers.setOnViewport(this::paintScaleBar);
        pointDrag = new PointDragController(map, overlay, viewModel.layers().manager(), layers::viewport);
        installSelectionHandlers();

        NumberFormat degrees = NumberFormat.getNumberInstance(m.locale());
        degrees.setMinimumFractionDigits(4);
        degrees.setMaximumFractionDigits(4);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            MapPoint p = map.getMapPosition(e.getX(), e.getY());
            coordinates.setText(p == null ? "" : m.format("map.coordinates",
                    degrees.format(p.getLatitude()), degrees.format(p.getLongitude())));
            showHover(e.getX(), e.getY());
        });
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> map.requestFocus()); // out of the search box: keys pan
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !banding) {
                click(e.getX(), e.getY());
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
        // Whole zoom levels: Gluon shows the tiles 1:1 then; at fractional levels it enlarges the
        // tiles of the level below and labels and lines turn soft.
        double zoom = Math.floor(WebMercator.zoomToFit(b.minLat(), b.minLon(), b.maxLat(), b.maxLon(),
                getWidth(), getHeight(), 0.04, MIN_ZOOM, MAX_ZOOM));
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
    public void bindAttribution(javafx.beans.value.ObservableValue<String> text) {
        attribution.textProperty().bind(text);
    }

    /**
     * A point cluster zooms in; else the feature under the cursor is selected; otherwise the
     * Gemeinde there (as before layers existed).
     */
    void click(double x, double y) {
        MapViewport v = layers.viewport();
        if (v != null) {
            var cluster = viewModel.layers().clusterAt(v, x, y);
            if (cluster.isPresent()) {
                viewModel.zoomTargetProperty().set(cluster.get());
                return;
            }
            if (viewModel.layers().clickAt(v, x, y).isPresent()) {
                return;
            }
        }
        MapPoint p = map.getMapPosition(x, y);
        if (p != null) {
            viewModel.selectAt(p.getLatitude(), p.getLongitude());
        }
    }

    private void showHover(double x, double y) {
        MapViewport v = layers.viewport();
        FeatureHit hit = v == null || areaEditor.isActive() ? null : viewModel.layers().hover(v, x, y).orElse(null);
        if (areaEditor.isActive()) {
            hover.setVisible(false);
            return;
        }
        if (hit == null) {
            hover.setVisible(false);
            boolean cluster = v != null && viewModel.layers().clusterAt(v, x, y).isPresent();
            map.setCursor(cluster ? Cursor.HAND : Cursor.DEFAULT);
            return;
        }
        hover.setText(hit.label() + " · " + hit.layerTitle());
        // never beyond the map's edges: a long name on a narrow map wraps (and stays left of the right edge)
        hover.setWrapText(true);
        hover.setMaxWidth(Math.max(120, getWidth() - 8));
        hover.autosize(); // bounded by the maximum width, the height follows the wrapped text
        hover.relocate(Math.max(4, Math.min(x + 14, getWidth() - hover.getWidth() - 4)),
                Math.max(4, Math.min(y + 12, getHeight() - hover.getHeight() - 4)));
        hover.setVisible(true);
        map.setCursor(Cursor.HAND);
    }

    /** Shift+drag draws a rubber band instead of panning and selects the features inside it. */
    private void installSelectionHandlers() {
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            banding = e.isShiftDown() && e.getButton() == MouseButton.PRIMARY;
            if (banding) {
                bandX = e.getX();
                bandY = e.getY();
                band.setX(bandX);
                band.setY(bandY);
                band.setWidth(0);
                band.setHeight(0);
                band.setVisible(true);
                e.consume();
            }
        });
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (banding) {
                band.setX(Math.min(bandX, e.getX()));
                band.setY(Math.min(bandY, e.getY()));
                band.setWidth(Math.abs(e.getX() - bandX));
                band.setHeight(Math.abs(e.getY() - bandY));
                e.consume();
            }
        });
        map.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (banding) {
                band.setVisible(false);
                MapViewport v = layers.viewport();
                if (v != null && band.getWidth() > 3 && band.getHeight() > 3) {
                    viewModel.layers().selectIn(v, new Envelope(band.getX(), band.getX() + band.getWidth(),
                            band.getY(), band.getY() + band.getHeight()));
                }
                e.consume();
            }
        });
    }

    private void paintScaleBar(MapViewport v) {
        FxMapPainter p = new FxMapPainter(scaleBar.getGraphicsContext2D(), 1);
        p.clear(scaleBar.getWidth(), scaleBar.getHeight());
        ScaleBar.of(v, 150).paint(p, 6, scaleBar.getHeight() - 2, viewModel.messages().locale());
    }

    /** The drawing mode for project areas (its mouse filters consume what it uses). */
    public AreaEditor areaEditor() {
        return areaEditor;
    }

    /** Dragging point features of registered layers (e.g. mobile sites) to move them. */
    public PointDragController pointDrag() {
        return pointDrag;
    }

    public LayerStack layerStack() {
        return layers;
    }

    /**
     * Gluon places the tile group at the fractional pixel offset of the centre; two neighbouring
     * tiles then blend their antialiased edges with the background and leave faint seams. Keeping
     * the tile group on whole pixels (at most half a pixel off the requested centre; the feature
     * layers read the same offset) gives seamless tiles at the whole zoom levels the map uses.
     */
    private void snapTilesToWholePixels() {
        map.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.Group).findFirst()
                .ifPresent(tiles -> {
                    tiles.translateXProperty().addListener((o, a, x) -> {
                        double r = Math.rint(x.doubleValue());
                        if (r != x.doubleValue()) {
                            tiles.setTranslateX(r);
                        }
                    });
                    tiles.translateYProperty().addListener((o, a, y) -> {
                        double r = Math.rint(y.doubleValue());
                        if (r != y.doubleValue()) {
                            tiles.setTranslateY(r);
                        }
                    });
                });
    }

    /** Names drawn above the data layers (null: none, the basemap tiles carry their own). */
    public void setLabelOverlay(java.util.function.BiConsumer<java.awt.Graphics2D, MapViewport> painter) {
        layers.setLabelOverlay(painter);
    }

    /**
     * Moves the map by a share of its size ({@code dx}, {@code dy} in map widths/heights; positive
     * is right/down), without animation.
     */
    public void pan(double dx, double dy) {
        MapPoint target = map.getMapPosition(getWidth() / 2 + dx * getWidth(), getHeight() / 2 + dy * getHeight());
        if (target != null) {
            map.setCenter(target);
        }
    }

    /** One whole zoom level in ({@code +1}) or out ({@code -1}), kept between the map's limits. */
    public void zoomBy(int levels) {
        map.setZoom(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(map.getZoom()) + levels)));
    }

    public MapView mapView() {
        return map;
    }

    RegionHighlightLayer highlightLayer() {
        return highlight;
    }
}
