package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import de.netzatlas.report.ReportModel.Chart;
import de.netzatlas.report.ReportModel.ChartKind;
import de.netzatlas.report.ReportModel.Series;

/** Chart axes and text sizes, checked on the JFreeChart configuration (not on pixels). */
class ChartPainterTest {

    static final ChartPainter PAINTER = new ChartPainter(PdfReportRenderer.loadFont(PdfReportRenderer.FONT_FILES[0]));

    static Chart counts(double... values) {
        List<Double> v = new ArrayList<>();
        List<String> years = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            v.add(values[i]);
            years.add(String.valueOf(2022 + i));
        }
        return new Chart("c", "Schulen", ChartKind.LINE, "Anzahl", years, List.of(new Series("angebunden", v, false)),
                false);
    }

    /** Lays the chart out at report size and returns the tick labels of its value axis. */
    static List<String> tickLabels(JFreeChart c) {
        BufferedImage image = new BufferedImage(630, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Rectangle2D area = new Rectangle2D.Double(0, 0, 630, 300);
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            c.draw(g, area, info);
            NumberAxis y = (NumberAxis) c.getCategoryPlot().getRangeAxis();
            Rectangle2D data = info.getPlotInfo().getDataArea();
            List<String> labels = new ArrayList<>();
            for (Object t : y.refreshTicks(g, new org.jfree.chart.axis.AxisState(), data, RectangleEdge.LEFT)) {
                if (((NumberTick) t).getTickType() == org.jfree.chart.axis.TickType.MAJOR) {
                    labels.add(((NumberTick) t).getText());
                }
            }
            return labels;
        } finally {
            g.dispose();
        }
    }

    @Test
    void smallCountsTickAtWholeNumbers() {
        Chart chart = counts(0, 1, 2, 3);
        NumberAxis axis = ChartPainter.valueAxis(chart);
        TickUnitSource units = axis.getStandardTickUnits();
        // the finest unit the axis can ever choose is 1
        assertEquals(1.0, units.getCeilingTickUnit(0.2).getSize(), 1e-12);
        assertEquals(1.0, units.getCeilingTickUnit(1e-6).getSize(), 1e-12);
        JFreeChart c = PAINTER.build(chart);
        List<String> labels = tickLabels(c);
        NumberAxis laidOut = (NumberAxis) c.getCategoryPlot().getRangeAxis();
        double unit = laidOut.getTickUnit().getSize();
        assertEquals(Math.rint(unit), unit, 1e-12, "integer tick unit");
        assertTrue(unit >= 1);
        assertEquals(labels.stream().distinct().count(), labels.size(), "no repeated tick labels: " + labels);
        assertTrue(labels.containsAll(List.of("0", "1", "2", "3")), labels.toString());
        assertTrue(laidOut.getLowerBound() <= 0);
    }

    @Test
    void allZeroCountsStillGiveAReadableAxis() {
        List<String> labels = tickLabels(PAINTER.build(counts(0, 0, 0)));
        assertEquals(labels.stream().distinct().count(), labels.size(), labels.toString());
        assertTrue(labels.size() >= 2, labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.startsWith("-") || l.startsWith("−")), "no negative counts: " + labels);
    }

    @Test
    void largeCountsUseThousandsSeparatorsAndSharesRunTo100() {
        List<String> big = tickLabels(PAINTER.build(counts(0, 1200, 5400)));
        assertTrue(big.contains("5.000") || big.contains("4.000") || big.contains("2.000"), big.toString());
        Chart share = new Chart("s", "Anteil", ChartKind.LINE, "Anteil in %", List.of("2024", "2025"),
                List.of(new Series("FTTB/H", List.of(38.5, 45.3), false)), true);
        NumberAxis axis = ChartPainter.valueAxis(share);
        assertEquals(0, axis.getLowerBound());
        assertEquals(100, axis.getUpperBound());
        List<String> labels = tickLabels(PAINTER.build(share));
        assertEquals(labels.stream().distinct().count(), labels.size(), labels.toString());
    }

    @Test
    void fractionalValuesKeepTheirDecimals() {
        Chart money = new Chart("m", "Förderung", ChartKind.BAR, "Mio. €", List.of("A", "B"),
                List.of(new Series("bewilligt", List.of(0.4, 1.2), false)), false);
        List<String> labels = tickLabels(PAINTER.build(money));
        assertEquals(labels.stream().distinct().count(), labels.size(), labels.toString());
    }

    @Test
    void everyChartTextIsAtLeast8pt() {
        for (Chart chart : List.of(counts(0, 1, 2, 3), new Chart("b", "Je Kreis", ChartKind.BAR, "Anzahl",
                List.of("Börde", "Harz"), List.of(new Series("fertig", List.of(1.0, 2.0), false),
                        new Series("offen", List.of(3.0, 0.0), false)), false))) {
            JFreeChart c = PAINTER.build(chart);
            CategoryPlot plot = c.getCategoryPlot();
            List<Font> fonts = new ArrayList<>(List.of(plot.getDomainAxis().getTickLabelFont(),
                    plot.getDomainAxis().getLabelFont(), plot.getRangeAxis().getTickLabelFont(),
                    plot.getRangeAxis().getLabelFont()));
            for (int i = 0; i < c.getSubtitleCount(); i++) {
                if (c.getSubtitle(i) instanceof org.jfree.chart.title.LegendTitle l) {
                    fonts.add(l.getItemFont());
                }
            }
            for (Font f : fonts) {
                assertTrue(f.getSize2D() >= ChartPainter.MIN_TEXT_PT, f + " in " + chart.id());
            }
        }
    }
}
