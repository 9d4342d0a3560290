package de.netzatlas.ui.fibre;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import de.netzatlas.common.Messages;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.Milestone;
import de.netzatlas.layers.ProjectAreaStyle;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Zeitplan: a Gantt-like chart of the projects the list shows (its filters apply), drawn on one
 * canvas: a bar per project from start to completion in its status colour (open-ended bars fade
 * out at today), milestones as diamonds (hollow = planned, filled = reached), year grid and a red
 * "heute" line. Redrawn whenever the list's rows change.
 */
final class ProjectTimelineView extends BorderPane {

    static final double NAME_WIDTH = 280;
    static final double ROW = 24;
    static final double HEADER = 30;
    static final double YEAR_WIDTH = 110;

    private final ObservableList<FibreProject> projects;
    private final Messages m;
    private final Canvas canvas = new Canvas();
    private TimelineModel model;

    ProjectTimelineView(ObservableList<FibreProject> projects, Messages messages) {
        this.projects = projects;
        this.m = messages;
        setId("projectTimeline");
        canvas.setId("timelineCanvas");
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.setStyle("-fx-background: white;");
        setCenter(scroll);
        Label legend = new Label(m.get("timeline.legend"));
        legend.getStyleClass().add("detail-note");
        legend.setWrapText(true);
        legend.setStyle("-fx-padding: 4 8 4 8;");
        setBottom(legend);
        projects.addListener((ListChangeListener<FibreProject>) c -> redraw());
        redraw();
    }

    TimelineModel model() {
        return model;
    }

    void redraw() {
        model = new TimelineModel(List.copyOf(projects), LocalDate.now());
        int years = model.to().getYear() - model.from().getYear();
        double width = NAME_WIDTH + Math.max(years, 1) * YEAR_WIDTH + 20;
        double height = HEADER + Math.max(model.rows().size(), 1) * ROW + 10;
        canvas.setWidth(width);
        canvas.setHeight(height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        double left = NAME_WIDTH;
        double right = width - 20;
        g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 11));
        g.setTextBaseline(VPos.CENTER);
        for (int y = model.from().getYear(); y <= model.to().getYear(); y++) {
            double x = model.x(LocalDate.of(y, 1, 1), left, right);
            g.setStroke(Color.web("#e2e0db"));
            g.setLineWidth(1);
            g.strokeLine(x + 0.5, HEADER - 6, x + 0.5, height);
            if (y < model.to().getYear()) {
                g.setFill(Color.web("#4a4a46"));
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(Integer.toString(y), x + YEAR_WIDTH / 2, HEADER / 2);
            }
        }
        g.setFont(Font.font("DejaVu Sans", 11));
        List<TimelineModel.Row> rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            TimelineModel.Row r = rows.get(i);
            double top = HEADER + i * ROW;
            double mid = top + ROW / 2;
            if (i % 2 == 1) {
                g.setFill(Color.web("#f7f7f5"));
                g.fillRect(0, top, width, ROW);
            }
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(r.demo() ? Color.web("#7a4b00") : Color.web("#202020"));
            g.fillText(clip(g, r.name(), NAME_WIDTH - 12), 8, mid);
            Color colour = Color.rgb((ProjectAreaStyle.COLOURS[r.status().ordinal()] >> 16) & 0xFF,
                    (ProjectAreaStyle.COLOURS[r.status().ordinal()] >> 8) & 0xFF,
                    ProjectAreaStyle.COLOURS[r.status().ordinal()] & 0xFF);
            if (r.bar() != null) {
                double x0 = model.x(r.bar().from(), left, right);
                double x1 = Math.max(model.x(r.bar().to(), left, right), x0 + 3);
                g.setFill(r.bar().open() ? colour.deriveColor(0, 1, 1, 0.45) : colour);
                g.fillRoundRect(x0, top + 6, x1 - x0, ROW - 12, 4, 4);
                g.setStroke(colour.darker());
                g.setLineWidth(1);
                if (r.bar().open()) {
                    g.setLineDashes(3, 3);
                }
                g.strokeRoundRect(x0, top + 6, x1 - x0, ROW - 12, 4, 4);
                g.setLineDashes();
            } else {
                g.setFill(Color.web("#9a9a94"));
                g.fillText(m.get("timeline.noDates"), left + 6, mid);
            }
            for (Milestone ms : r.milestones()) {
                if (ms.planned() != null) {
                    diamond(g, model.x(ms.planned(), left, right), mid, false);
                }
                if (ms.actual() != null) {
                    diamond(g, model.x(ms.actual(), left, right), mid, true);
                }
            }
        }
        double now = model.x(model.today(), left, right);
        g.setStroke(Color.web("#c92a2a"));
        g.setLineWidth(1.5);
        g.strokeLine(now, HEADER - 4, now, height);
        g.setFill(Color.web("#c92a2a"));
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(m.get("timeline.today"), now, HEADER - 10);
        g.setStroke(Color.web("#b0aba3"));
        g.setLineWidth(1);
        g.strokeLine(left - 0.5, 0, left - 0.5, height);
        g.strokeLine(0, HEADER - 0.5, width, HEADER - 0.5);
    }

    private static void diamond(GraphicsContext g, double x, double y, boolean filled) {
        double s = 5;
        double[] xs = {x, x + s, x, x - s};
        double[] ys = {y - s, y, y + s, y};
        g.setFill(filled ? Color.web("#202020") : Color.WHITE);
        g.fillPolygon(xs, ys, 4);
        g.setStroke(Color.web("#202020"));
        g.setLineWidth(1.2);
        g.strokePolygon(xs, ys, 4);
    }

    private static String clip(GraphicsContext g, String text, double max) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(g.getFont());
        if (t.getLayoutBounds().getWidth() <= max) {
            return text;
        }
        String s = text;
        while (s.length() > 1) {
            s = s.substring(0, s.length() - 1);
            t.setText(s + "…");
            if (t.getLayoutBounds().getWidth() <= max) {
                return s + "…";
            }
        }
        return s;
    }

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
}
