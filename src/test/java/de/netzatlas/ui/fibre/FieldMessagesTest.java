package de.netzatlas.ui.fibre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.netzatlas.fibre.ValidationIssue;

/** The project form's messages per field, as the labels under the fields bind to them. */
class FieldMessagesTest {

    @Test
    void eachFieldShowsItsOwnMessagesAndWhetherOneIsAnError() {
        FieldMessages messages = new FieldMessages();
        var name = messages.message("name");
        messages.publish(List.of(ValidationIssue.error("name", "Name fehlt."),
                ValidationIssue.warning("cost_total", "Kosten fehlen."), ValidationIssue.warning("name", "Kurz.")));
        assertEquals("Name fehlt.\nKurz.", name.get());
        assertTrue(messages.hasError("name").get());
        assertEquals("Kosten fehlen.", messages.message("cost_total").get(), "a field asked for later shows the current ones");
        assertFalse(messages.hasError("cost_total").get(), "a warning only");

        messages.publish(List.of());
        assertEquals("", name.get());
        assertFalse(messages.hasError("name").get());
        assertEquals("", messages.message("cost_total").get());
    }
}
