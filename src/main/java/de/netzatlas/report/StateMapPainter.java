package de.netzatlas.report;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import de.netzatlas.map.MapViewport;
import de.netzatlas.map.layer.ChoroplethLayer;
import de.netzatlas.map.layer.ClassBreaks;
import de.netzatlas.map.layer.FeatureLayer;
import de.netzatlas.map.layer.FeatureStyle;
import de.netzatlas.map.layer.MapSnapshot;
import de.netzatlas.map.layer.Palette;
import de.netzatlas.map.layer.PointFeature;
import de.netzatlas.map.layer.PointLayer;
import de.netzatlas.map.layer.ShapeFeature;
import de.netzatlas.map.layer.StyleClass;
import de.netzatlas.map.layer.Symbol;
import de.netzatlas.report.ReportModel.MapFigure;

/**
 * Draws a report map figure of the whole state with the app's own map renderer
 * ({@link MapSnapshot}: built-in basemap, choropleth/point layers, legend, scale bar, attribution)
 * into any Graphics2D in logical pixels (1/96 inch) — in the PDF a vector PdfBoxGraphics2D, so
 * boundaries stay sharp at any zoom. Raster parts (dense point buffers) use 300 dpi. In the PDF one
 * logical unit of the figure drawer is one pt, so the map's own text sizes (legend 9–11, scale bar
 * 10, attribution 9, place names 11–14) print at ≥ 8 pt.
 */
public final class StateMapPainter {

    public static final double PRINT_DPI = 300;

    private final BiConsumer<Graphics2D, MapViewport> basemap;
    private final BiConsumer<Graphics2D, MapViewport> reference;
    private final Function<String, Optional<Geometry>> boundary;
    private final Function<String, String> name;
    private final Envelope extent;
    private final String attribution;

    /**
     * @param basemap   paints the background ({@code BuiltinBasemap::paint})
     * @param reference paints boundaries and names over the thematic layers ({@code BuiltinBasemap::paintReference})
     */
    public StateMapPainter(BiConsumer<Graphics2D, MapViewport> basemap, BiConsumer<Graphics2D, MapViewport> reference,
                           Function<String, Optional<Geometry>> boundary,
                           Function<String, String> name, Envelope extent, String attribution) {
        this.basemap = basemap;
        this.reference = reference;
        this.boundary = boundary;
        this.name = name;
        this.extent = extent;
        // the place names of the basemap come from GeoNames (CC BY 4.0): always credited on the map
        this.attribution = attribution.contains("GeoNames") ? attribution : attribution + " · GeoNames";
    }

    /** The attribution drawn into every map (with GeoNames). */
    String attribution() {
        return attribution;
    }

    /** The fixed class limits of every share map in the report, in per cent. */
    private static final double[] SHARE_LIMITS = {0, 20, 40, 60, 80, 100};

    public void paint(Graphics2D g, double width, double height, MapFigure figure) {
        double scale = PRINT_DPI / MapSnapshot.SCREEN_DPI;
        MapViewport v = MapViewport.fitting(extent.getMinY(), extent.getMinX(), extent.getMaxY(), extent.getMaxX(),
                width, height, 0.03, scale);
        // fractional zoom fitting the figure exactly (the tile zoom steps would leave the state small)
        new MapSnapshot(basemap, attribution, Fmt.DE).paint(g, v, layers(figure), reference);
    }

    List<FeatureLayer> layers(MapFigure figure) {
        List<FeatureLayer> layers = new ArrayList<>();
        if (!figure.values().isEmpty()) {
            List<ShapeFeature> features = new ArrayList<>();
            for (Map.Entry<String, Double> e : figure.values().entrySet()) {
                boundary.apply(e.getKey()).ifPresent(geom -> features.add(new ShapeFeature(e.getKey(),
                        name.apply(e.getKey()), geom, null, e.getValue() == null ? Double.NaN : e.getValue(), List.of())));
            }
            // shares get the same five classes every year (0–20 … 80–100 %), so maps of different years compare
            ClassBreaks breaks = new ClassBreaks(ClassBreaks.Method.EQUAL_INTERVALS, SHARE_LIMITS.clone());
            List<String> labels = new ArrayList<>();
            for (int c = 0; c < breaks.classes(); c++) {
                labels.add(Math.round(breaks.lower(c)) + "–" + Math.round(breaks.upper(c)) + " %");
            }
            layers.add(ChoroplethLayer.fixed(figure.id(), figure.valueTitle(), features, breaks,
                    Palette.YL_GN_BU.colours(breaks.classes()), labels, "keine Daten", ""));
        }
        if (!figure.points().isEmpty()) {
            List<StyleClass> classes = new ArrayList<>();
            figure.categories().forEach((key, colour) -> classes.add(new StyleClass(key, key,
                    FeatureStyle.point(colour, Symbol.CIRCLE, 7))));
            if (classes.isEmpty()) {
                classes.add(new StyleClass("", "", FeatureStyle.point(0xFF2166AC, Symbol.CIRCLE, 7)));
            }
            PointLayer points = new PointLayer(figure.id() + "-points", figure.valueTitle(), classes, "");
            points.setClusterBelowZoom(0);
            points.setLabelFromZoom(99);
            points.setFeatures(figure.points().stream()
                    .map(p -> new PointFeature(p.id(), p.label(), p.lat(), p.lon(), p.category(), List.of())).toList());
            layers.add(points);
        }
        return layers;
    }
}
