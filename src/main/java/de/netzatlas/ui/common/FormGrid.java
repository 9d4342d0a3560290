package de.netzatlas.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import de.netzatlas.asset.ValidationIssue;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * A two-column form for the register dialogs: labelled fields registered under their field name (the
 * CSV column), so validation issues mark exactly the field they name (red frame, message as
 * tooltip). Reading what was typed is the view model's part ({@code ui.registers.FieldReader}).
 */
public final class FormGrid {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final GridPane grid = new GridPane();
    private final Map<String, Control> fields = new HashMap<>();
    private int row;

    public FormGrid() {
        grid.setHgap(8);
        grid.setVgap(5);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow);
    }

    public Node node() {
        return grid;
    }

    public TextField text(String field, String label, String value) {
        TextField t = new TextField(value == null ? "" : value);
        t.setId("form-" + field);
        add(field, label, t);
        return t;
    }

    public TextField date(String field, String label, LocalDate value) {
        TextField t = text(field, label, value == null ? "" : value.format(DATE));
        t.setPromptText("TT.MM.JJJJ");
        return t;
    }

    public <T> ComboBox<T> choice(String field, String label, List<T> values, T value, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setValue(value);
        box.setId("form-" + field);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "–" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        add(field, label, box);
        return box;
    }

    private void add(String field, String label, Control control) {
        fields.put(field, control);
        control.setId("field-" + field);
        control.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row++, new Label(label), control);
    }

    /** Marks the fields named by the issues and returns the issues as lines for the dialog. */
    public String show(List<ValidationIssue> issues) {
        fields.values().forEach(c -> {
            c.setStyle("");
            c.setTooltip(null);
        });
        StringBuilder text = new StringBuilder();
        for (ValidationIssue i : issues) {
            String field = i.field().equals("lat/lon") ? "lat" : i.field().equals("status_seit") ? "status" : i.field();
            Control c = fields.get(field);
            if (c != null && i.isError()) {
                c.setStyle("-fx-border-color: #d7191c; -fx-border-width: 1.5;");
                c.setTooltip(new Tooltip(i.message()));
            }
            text.append(i.isError() ? "✖ " : "⚠ ").append(i.message()).append('\n');
        }
        return text.toString().strip();
    }
}
