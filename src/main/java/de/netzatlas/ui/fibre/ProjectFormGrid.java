package de.netzatlas.ui.fibre;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Function;

import de.netzatlas.common.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * One column of the project form: section titles, labelled controls bound to the view model's
 * properties, and under each control the messages of its validator field (errors red, warnings
 * amber), shown only when there are any. Rows are added top to bottom.
 */
final class ProjectFormGrid extends GridPane {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ProjectFormViewModel vm;
    private final Messages m;
    private int row;

    ProjectFormGrid(ProjectFormViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setHgap(10);
        setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(180);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(260);
        getColumnConstraints().addAll(labels, fields);
    }

    void section(String titleKey) {
        Label l = new Label(m.get(titleKey));
        l.getStyleClass().add("form-section");
        GridPane.setMargin(l, new Insets(row == 0 ? 0 : 10, 0, 4, 0));
        add(l, 0, row, 2, 1);
        row++;
    }

    /** A label, the control and (below the control) the messages of {@code field}, if one is given. */
    void row(String labelKey, Node control, String field) {
        if (labelKey != null) {
            Label l = new Label(m.get(labelKey));
            l.setLabelFor(control);
            l.getStyleClass().add("form-label");
            add(l, 0, row);
        }
        add(control, 1, row);
        row++;
        if (field != null) {
            add(messageLabel(field), 1, row);
            row++;
        }
    }

    /** A control over the full width, its messages below. */
    void full(Node control, String field) {
        add(control, 0, row, 2, 1);
        add(messageLabel(field), 0, row + 1, 2, 1);
        row += 2;
    }

    private Label messageLabel(String field) {
        Label msg = new Label();
        msg.setId("formMessage-" + field);
        msg.setWrapText(true);
        msg.setMaxWidth(420);
        msg.textProperty().bind(vm.message(field));
        msg.managedProperty().bind(msg.textProperty().isNotEmpty());
        msg.visibleProperty().bind(msg.managedProperty());
        Runnable style = () -> {
            msg.getStyleClass().removeAll("field-error", "field-warning");
            msg.getStyleClass().add(vm.hasError(field).get() ? "field-error" : "field-warning");
        };
        vm.hasError(field).addListener(o -> style.run());
        style.run();
        return msg;
    }

    static TextField text(String id, StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    /** A right-aligned field for a German number kept as typed. */
    static TextField number(String id, StringProperty p) {
        TextField t = text(id, p);
        t.setAlignment(Pos.CENTER_RIGHT);
        t.setMaxWidth(180);
        return t;
    }

    static DatePicker date(String id, ObjectProperty<LocalDate> p) {
        DatePicker d = datePicker(p);
        d.setId(id);
        d.setMaxWidth(180);
        return d;
    }

    /** A date picker that reads and shows TT.MM.JJJJ. */
    static DatePicker datePicker(ObjectProperty<LocalDate> p) {
        DatePicker d = new DatePicker();
        d.setConverter(dateConverter());
        d.setPromptText("TT.MM.JJJJ");
        d.valueProperty().bindBidirectional(p);
        return d;
    }

    static StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DATE.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(s.strip(), DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }

    static <T> ComboBox<T> combo(String id, ObjectProperty<T> p, ObservableList<T> items, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(p);
        return box;
    }
}
