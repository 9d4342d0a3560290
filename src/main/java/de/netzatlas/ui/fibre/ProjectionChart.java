package de.netzatlas.ui.fibre;

import java.text.NumberFormat;
import java.util.List;

import de.netzatlas.common.Messages;
import de.netzatlas.layers.CoverageLayerBuilder;
import de.netzatlas.scenario.FibreTargets;
import de.netzatlas.scenario.ProjectionSeries;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The projection chart on a canvas: projected gigabit and FTTB/H shares per year (0–100 %), the
 * federal fibre target from 2025 (≥ 50 %) to 2030 (100 %) as a dashed line with its two marks,
 * and the gap between FTTB/H and the target shaded. Okabe–Ito colours (colour-blind safe), lines
 * also differ by dash and marker. Redraws on resize and when the series changes.
 */
public final class ProjectionChart extends Region {

    static final Color GIGABIT = Color.web("#0072B2");
    static final Color FTTBH = Color.web("#D55E00");
    static final Color TARGET = Color.web("#222222");
    static final Color GAP = Color.web("#CC79A7", 0.35);

    private static final double LEFT = 56;
    private static final double RIGHT = 70;
    private static final double TOP = 44;
    private static final double BOTTOM = 34;

    private final Canvas canvas = new Canvas();
    private final Messages m;
    private ProjectionSeries series;

    ProjectionChart(Messages messages) {
        this.m = messages;
        setId("projectionChart");
        getChildren().add(canvas);
        setMinSize(360, 240);
        setPrefSize(720, 380);
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
    }

    void setSeries(ProjectionSeries series) {
        this.series = series;
        redraw();
    }

    public ProjectionSeries series() {
        return series;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private void redraw() {
        double w = getWidth();
        double h = getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (series == null || series.isEmpty() || w < 100 || h < 100) {
            return;
        }
        List<ProjectionSeries.Row> rows = series.rows();
        int first = rows.get(0).year();
        int last = Math.max(rows.get(rows.size() - 1).year(), first + 1);
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        Axis ax = new Axis(first, last, pw, ph);
        NumberFormat pct = CoverageLayerBuilder.percentFormat(m);
        NumberFormat integer = NumberFormat.getIntegerInstance(m.locale());

        // grid and axes
        g.setFont(Font.font("System", 11));
        g.setTextBaseline(VPos.CENTER);
        for (int p = 0; p <= 100; p += 10) {
            double y = ax.y(p);
            g.setStroke(p % 50 == 0 ? Color.web("#c9c6bf") : Color.web("#ebe9e4"));
            g.setLineWidth(1);
            g.strokeLine(LEFT, y, LEFT + pw, y);
            if (p % 20 == 0 || p == 50) {
                g.setFill(Color.web("#555550"));
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText(p + " %", LEFT - 6, y);
            }
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int year = first; year <= last; year++) {
            double x = ax.x(year);
            g.setStroke(Color.web("#c9c6bf"));
            g.strokeLine(x, TOP + ph, x, TOP + ph + 4);
            g.setFill(Color.web("#555550"));
            g.fillText(Integer.toString(year), x, TOP + ph + 7);
        }
        g.save();
        g.translate(14, TOP + ph / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(m.get("projection.axis"), 0, 0);
        g.restore();

        // gap between FTTB/H and target, shaded
        List<ProjectionSeries.Row> targeted = rows.stream().filter(ProjectionSeries.Row::hasTarget).toList();
        if (!targeted.isEmpty()) {
            g.setFill(GAP);
            g.beginPath();
            for (int i = 0; i < targeted.size(); i++) {
                ProjectionSeries.Row r = targeted.get(i);
                double y = ax.y(Math.max(r.targetPercent(), r.fttbhPercent()));
                if (i == 0) {
                    g.moveTo(ax.x(r.year()), y);
                } else {
                    g.lineTo(ax.x(r.year()), y);
                }
            }
            for (int i = targeted.size() - 1; i >= 0; i--) {
                ProjectionSeries.Row r = targeted.get(i);
                g.lineTo(ax.x(r.year()), ax.y(r.fttbhPercent()));
            }
            g.closePath();
            g.fill();
        }

        // target line from the interim year, or a mark per target year within the range
        g.setStroke(TARGET);
        g.setLineWidth(1.8);
        g.setLineDashes(7, 5);
        polyline(g, ax, targeted, ProjectionSeries.Row::targetPercent);
        g.setLineDashes();
        targetMark(g, ax, FibreTargets.INTERIM_YEAR, 100 * FibreTargets.INTERIM_SHARE, m.get("projection.target.2025"),
                first, last);
        targetMark(g, ax, FibreTargets.FINAL_YEAR, 100 * FibreTargets.FINAL_SHARE, m.get("projection.target.2030"),
                first, last);

        // series
        series(g, ax, rows, ProjectionSeries.Row::gigabitPercent, GIGABIT, false);
        series(g, ax, rows, ProjectionSeries.Row::fttbhPercent, FTTBH, true);

        // end labels
        ProjectionSeries.Row end = rows.get(rows.size() - 1);
        g.setFont(Font.font("System", FontWeight.BOLD, 11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double yGig = ax.y(end.gigabitPercent());
        double yFib = ax.y(end.fttbhPercent());
        if (Math.abs(yGig - yFib) < 13) {
            double mid = (yGig + yFib) / 2;
            yGig = end.gigabitPercent() >= end.fttbhPercent() ? mid - 7 : mid + 7;
            yFib = end.gigabitPercent() >= end.fttbhPercent() ? mid + 7 : mid - 7;
        }
        g.setFill(GIGABIT);
        g.fillText(pct.format(end.gigabitPercent()) + " %", ax.x(end.year()) + 8, yGig);
        g.setFill(FTTBH);
        g.fillText(pct.format(end.fttbhPercent()) + " %", ax.x(end.year()) + 8, yFib);

        // gap annotation at the last year with a target
        if (!targeted.isEmpty()) {
            ProjectionSeries.Row r = targeted.get(targeted.size() - 1);
            double x = ax.x(r.year()) - 10;
            String text = r.behind()
                    ? m.format("projection.gap.summary", Integer.toString(r.year()), pct.format(r.gapPoints()),
                            integer.format(r.gapHouseholds()))
                    : m.format("projection.onTrack", Integer.toString(r.year()));
            if (r.behind()) {
                g.setStroke(Color.web("#8a3b6b"));
                g.setLineWidth(1.2);
                g.strokeLine(x, ax.y(r.targetPercent()) + 3, x, ax.y(r.fttbhPercent()) - 3);
            }
            double ty = r.behind() ? (ax.y(r.targetPercent()) + ax.y(r.fttbhPercent())) / 2 + 7
                    : ax.y(r.fttbhPercent()) + 22;
            boxedText(g, text, Font.font("System", FontWeight.BOLD, 12), x - 6, ty, true, Color.web("#6d2a55"));
        }
        legend(g, w);
    }

    private void targetMark(GraphicsContext g, Axis ax, int year, double percent, String label, int first, int last) {
        if (year < first || year > last) {
            return;
        }
        double x = ax.x(year);
        double y = ax.y(percent);
        g.setFill(TARGET);
        g.fillPolygon(new double[] {x, x + 6, x, x - 6}, new double[] {y - 6, y, y + 6, y}, 4);
        Font font = Font.font("System", FontWeight.BOLD, 11);
        boolean right = year == last;
        double tx = right ? x - 4 : x + 8;
        double ty = right ? y - 6 : y - 10;
        boxedText(g, label, font, tx, ty, right, Color.web("#222222"));
    }

    /** Text on a white, slightly transparent box so that lines and shading never make it unreadable. */
    private static void boxedText(GraphicsContext g, String text, Font font, double x, double baselineY, boolean alignRight,
                                  Color colour) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        double tw = t.getLayoutBounds().getWidth();
        double th = t.getLayoutBounds().getHeight();
        double left = alignRight ? x - tw : x;
        g.setFill(Color.color(1, 1, 1, 0.85));
        g.fillRoundRect(left - 3, baselineY - th + 1, tw + 6, th + 2, 4, 4);
        g.setFont(font);
        g.setFill(colour);
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(alignRight ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.fillText(text, x, baselineY);
    }

    private void series(GraphicsContext g, Axis ax, List<ProjectionSeries.Row> rows,
                        java.util.function.ToDoubleFunction<ProjectionSeries.Row> value, Color colour, boolean square) {
        g.setStroke(colour);
        g.setLineWidth(2.6);
        g.setLineCap(StrokeLineCap.ROUND);
        polyline(g, ax, rows, value);
        g.setFill(colour);
        for (ProjectionSeries.Row r : rows) {
            double x = ax.x(r.year());
            double y = ax.y(value.applyAsDouble(r));
            if (square) {
                g.fillRect(x - 4, y - 4, 8, 8);
            } else {
                g.fillOval(x - 4.5, y - 4.5, 9, 9);
            }
        }
    }

    private static void polyline(GraphicsContext g, Axis ax, List<ProjectionSeries.Row> rows,
                                 java.util.function.ToDoubleFunction<ProjectionSeries.Row> value) {
        if (rows.size() < 2) {
            return;
        }
        g.beginPath();
        for (int i = 0; i < rows.size(); i++) {
            double x = ax.x(rows.get(i).year());
            double y = ax.y(value.applyAsDouble(rows.get(i)));
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }

    private void legend(GraphicsContext g, double w) {
        g.setFont(Font.font("System", 12));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double x = LEFT;
        double y = 16;
        x = legendItem(g, x, y, m.get("projection.series.gigabit"), GIGABIT, 0);
        x = legendItem(g, x, y, m.get("projection.series.fttbh"), FTTBH, 1);
        x = legendItem(g, x, y, m.get("projection.series.target"), TARGET, 2);
        g.setFill(GAP);
        g.fillRect(x, y - 6, 22, 12);
        g.setFill(Color.web("#333331"));
        g.fillText(m.get("projection.gap"), x + 28, y);
    }

    private double legendItem(GraphicsContext g, double x, double y, String text, Color colour, int kind) {
        g.setStroke(colour);
        g.setLineWidth(kind == 2 ? 1.8 : 2.6);
        if (kind == 2) {
            g.setLineDashes(7, 5);
        }
        g.strokeLine(x, y, x + 22, y);
        g.setLineDashes();
        g.setFill(colour);
        if (kind == 0) {
            g.fillOval(x + 6.5, y - 4.5, 9, 9);
        } else if (kind == 1) {
            g.fillRect(x + 7, y - 4, 8, 8);
        }
        g.setFill(Color.web("#333331"));
        g.fillText(text, x + 28, y);
        return x + 28 + textWidth(text) + 22;
    }

    private static double textWidth(String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(Font.font("System", 12));
        return t.getLayoutBounds().getWidth();
    }

    /** Years and percent to canvas pixels. */
    private record Axis(int first, int last, double width, double height) {
        double x(int year) {
            return LEFT + width * (year - first) / (last - first);
        }

        double y(double percent) {
            return TOP + height * (1 - Math.max(0, Math.min(100, percent)) / 100);
        }
    }
}
