package de.netzatlas.ui.fibre;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.netzatlas.fibre.ValidationIssue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The project form's validation messages per field (validator field names: name, kreis, gemeinden,
 * cost_total, …): the text shown under the field and whether it includes an error. A field's
 * properties are made when the form first asks for them and updated on every {@link #publish}.
 */
final class FieldMessages {

    private final Map<String, StringProperty> messages = new HashMap<>();
    private final Map<String, BooleanProperty> errors = new HashMap<>();
    private List<ValidationIssue> current = List.of();

    /** Shows {@code issues}: every field gets its own, the others none. */
    void publish(List<ValidationIssue> issues) {
        current = List.copyOf(issues);
        Map<String, List<ValidationIssue>> byField = new HashMap<>();
        for (ValidationIssue i : current) {
            byField.computeIfAbsent(i.field(), f -> new ArrayList<>()).add(i);
        }
        for (String field : messages.keySet()) {
            show(field, byField.getOrDefault(field, List.of()));
        }
    }

    /** The messages for {@code field}, one a line. */
    StringProperty message(String field) {
        if (!messages.containsKey(field)) {
            messages.put(field, new SimpleStringProperty(""));
            errors.put(field, new SimpleBooleanProperty());
            show(field, current.stream().filter(i -> i.field().equals(field)).toList());
        }
        return messages.get(field);
    }

    /** Whether the field's messages include an error (else only warnings or none). */
    BooleanProperty hasError(String field) {
        message(field);
        return errors.get(field);
    }

    private void show(String field, List<ValidationIssue> list) {
        messages.get(field).set(String.join("\n", list.stream().map(ValidationIssue::message).toList()));
        errors.get(field).set(list.stream().anyMatch(ValidationIssue::isError));
    }
}
