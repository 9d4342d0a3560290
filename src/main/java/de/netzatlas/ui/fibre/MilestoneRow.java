package de.netzatlas.ui.fibre;

import java.time.LocalDate;
import java.util.UUID;

import de.netzatlas.fibre.Milestone;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable milestone row of the project form (name, planned and actual date). */
public final class MilestoneRow {

    final UUID id;
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> planned = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> actual = new SimpleObjectProperty<>();

    /** A row for {@code m}, or an empty new one when it is null. */
    MilestoneRow(Milestone m) {
        id = m == null ? UUID.randomUUID() : m.id();
        if (m != null) {
            name.set(m.name());
            planned.set(m.planned());
            actual.set(m.actual());
        }
    }

    Milestone toMilestone() {
        return new Milestone(id, name.get() == null ? "" : name.get().strip(), planned.get(), actual.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> plannedProperty() {
        return planned;
    }

    public ObjectProperty<LocalDate> actualProperty() {
        return actual;
    }
}
