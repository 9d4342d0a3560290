package de.netzatlas.schools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import de.netzatlas.asset.DateOrder;
import de.netzatlas.asset.LocationRules;
import de.netzatlas.asset.ValidationIssue;

/**
 * Checks a school before it is saved. Errors: Schulnummer, name or type missing, Schulnummer already
 * used by another school, position outside Sachsen-Anhalt or unknown Gemeinde, negative figures, a
 * status step the ladder does not allow, "angeschlossen" without the date, dates out of order. Field
 * names are the CSV columns.
 */
public final class SchoolValidator {

    private final LocationRules locations;
    private final Supplier<List<School>> stored;

    /** {@code stored} yields the live schools (for the uniqueness of the Schulnummer). */
    public SchoolValidator(LocationRules locations, Supplier<List<School>> stored) {
        this.locations = locations;
        this.stored = stored;
    }

    public List<ValidationIssue> validate(School s, Optional<School> previous) {
        return validate(s, previous, stored.get());
    }

    /** As {@link #validate(School, Optional)} against a given list of other schools (imports). */
    public List<ValidationIssue> validate(School s, Optional<School> previous, List<School> others) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (blank(s.schulnummer())) {
            issues.add(ValidationIssue.error("schulnummer", "Schulnummer fehlt."));
        } else {
            others.stream().filter(o -> !o.id().equals(s.id()) && o.schulnummer().equals(s.schulnummer().trim()))
                    .findFirst().ifPresent(o -> issues.add(ValidationIssue.error("schulnummer", "Schulnummer „"
                            + s.schulnummer().trim() + "“ ist bereits vergeben (" + o.name() + ").")));
        }
        if (blank(s.name())) {
            issues.add(ValidationIssue.error("name", "Name der Schule fehlt."));
        }
        if (s.type() == null) {
            issues.add(ValidationIssue.error("schulform", "Schulform fehlt."));
        }
        issues.addAll(locations.check(s.location(), s.gemeindeAgs()));
        negative(issues, "schueler", "Schülerzahl", s.pupils());
        negative(issues, "down_mbit", "Downstream", s.downMbit());
        negative(issues, "up_mbit", "Upstream", s.upMbit());
        if (s.targetDownMbit() <= 0 || s.targetUpMbit() <= 0) {
            issues.add(ValidationIssue.error("ziel_down_mbit", "Zielbandbreite muss größer als 0 sein."));
        }
        if (s.cost() != null && s.cost().signum() < 0) {
            issues.add(ValidationIssue.error("kosten", "Kosten dürfen nicht negativ sein."));
        }
        checkStatus(s, previous, issues);
        return issues.stream().distinct().toList();
    }

    private static void checkStatus(School s, Optional<School> previous, List<ValidationIssue> issues) {
        previous.flatMap(p -> SchoolStatus.WORKFLOW.checkStep("status", p.status(), s.status()))
                .ifPresent(issues::add);
        issues.addAll(SchoolStatus.WORKFLOW.checkHistory("status", s.history()));
        if (s.status() == SchoolStatus.ANGESCHLOSSEN && s.actualDate() == null) {
            issues.add(ValidationIssue.error("ist_anschluss", "Status „angeschlossen“ erfordert das Datum des Anschlusses."));
        }
        if (s.status() != SchoolStatus.ANGESCHLOSSEN && s.actualDate() != null) {
            issues.add(ValidationIssue.warning("ist_anschluss", "Anschlussdatum angegeben, Status ist aber „"
                    + s.status().label() + "“."));
        }
        LocalDate planningSince = s.history().reached(SchoolStatus.GEPLANT).orElse(null);
        issues.addAll(DateOrder.inOrder(
                DateOrder.field("status_seit", "Aufnahme in die Planung", planningSince),
                DateOrder.field("plan_anschluss", "Geplanter Anschluss", s.plannedDate())));
        issues.addAll(DateOrder.inOrder(
                DateOrder.field("status_seit", "Beauftragung", s.history().reached(SchoolStatus.BEAUFTRAGT).orElse(null)),
                DateOrder.field("status_seit", "Baubeginn", s.history().reached(SchoolStatus.IM_BAU).orElse(null)),
                DateOrder.field("ist_anschluss", "Anschluss", s.actualDate())));
        if (s.actualDate() != null && s.actualDate().isAfter(LocalDate.now().plusDays(1))) {
            issues.add(ValidationIssue.error("ist_anschluss", "Anschlussdatum liegt in der Zukunft."));
        }
    }

    private static void negative(List<ValidationIssue> issues, String field, String label, Integer v) {
        if (v != null && v < 0) {
            issues.add(ValidationIssue.error(field, label + " darf nicht negativ sein."));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
