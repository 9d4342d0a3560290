package de.netzatlas.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

import de.netzatlas.report.ReportModel.Chart;
import de.netzatlas.report.ReportModel.ChartKind;
import de.netzatlas.report.ReportModel.Series;

/**
 * Draws a report chart with JFreeChart into any Graphics2D (in the PDF a vector PdfBoxGraphics2D):
 * line charts over years, horizontal bars per Kreis; quiet colours, German number format, the
 * report's font.
 */
public final class ChartPainter {

    static final Color[] COLOURS = {new Color(0x225EA8), new Color(0x41AB5D), new Color(0xB2182B),
            new Color(0x807DBA), new Color(0xFE9929)};

    /**
     * The smallest chart text in pt: one Graphics2D unit of the figure drawers is one pt on the
     * page (measured in the PDF), so these font sizes are the printed sizes.
     */
    static final float MIN_TEXT_PT = 8f;

    private final Font font;

    /** @param font the report's body font (its family must be the one the PDF embeds) */
    public ChartPainter(Font font) {
        this.font = font;
    }

    public void paint(Graphics2D g, double width, double height, Chart chart) {
        build(chart).draw(g, new Rectangle2D.Double(0, 0, width, height));
    }

    /**
     * The value axis: shares 0–100 %; counts (every value whole) on integer steps from 0 with at
     * least 0–4 shown (never "0 0 1 1 2 2" for small counts); other values with up to two decimals.
     */
    static NumberAxis valueAxis(Chart chart) {
        NumberAxis y = new NumberAxis(chart.valueAxis());
        DecimalFormatSymbols de = DecimalFormatSymbols.getInstance(Fmt.DE);
        if (chart.percent()) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Fmt.DE));
            y.setNumberFormatOverride(new DecimalFormat("#,##0", de));
            y.setRange(0, 100);
        } else if (wholeNumbers(chart)) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Fmt.DE));
            y.setNumberFormatOverride(new DecimalFormat("#,##0", de));
            y.setAutoRangeIncludesZero(true);
            y.setRangeType(org.jfree.data.RangeType.POSITIVE);
            y.setAutoRangeMinimumSize(4);
        } else {
            y.setNumberFormatOverride(new DecimalFormat("#,##0.##", de));
        }
        return y;
    }

    static boolean wholeNumbers(Chart chart) {
        return chart.series().stream().flatMap(s -> s.values().stream())
                .allMatch(v -> v == null || v == Math.rint(v));
    }

    JFreeChart build(Chart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                Double v = i < s.values().size() ? s.values().get(i) : null;
                data.addValue(v, s.name(), chart.categories().get(i));
            }
        }
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = valueAxis(chart);
        CategoryItemRenderer renderer;
        PlotOrientation orientation;
        if (chart.kind() == ChartKind.LINE) {
            LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
            for (int i = 0; i < chart.series().size(); i++) {
                r.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
                r.setSeriesStroke(i, chart.series().get(i).dashed()
                        ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0)
                        : new BasicStroke(2f));
            }
            renderer = r;
            orientation = PlotOrientation.VERTICAL;
        } else {
            BarRenderer r = new BarRenderer();
            r.setBarPainter(new StandardBarPainter());
            r.setShadowVisible(false);
            r.setItemMargin(0.05);
            for (int i = 0; i < chart.series().size(); i++) {
                r.setSeriesPaint(i, chart.series().size() == 2 && i == 1 ? new Color(0xD6604D)
                        : chart.series().size() == 2 ? new Color(0x1B7837) : COLOURS[i % COLOURS.length]);
            }
            renderer = r;
            orientation = PlotOrientation.HORIZONTAL;
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        Font small = font.deriveFont(MIN_TEXT_PT);
        Font label = font.deriveFont(MIN_TEXT_PT + 1);
        x.setTickLabelFont(small);
        x.setTickLabelPaint(new Color(0x333333));
        if (orientation == PlotOrientation.VERTICAL && chart.categories().size() > 8) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        x.setMaximumCategoryLabelWidthRatio(0.45f);
        y.setTickLabelFont(small);
        y.setLabelFont(label);
        y.setLabelPaint(new Color(0x333333));
        JFreeChart c = new JFreeChart(null, font, plot, false);
        c.setBackgroundPaint(Color.WHITE);
        c.setAntiAlias(true);
        c.setTextAntiAlias(true);
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(label);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        c.addLegend(legend);
        return c;
    }
}
