package de.netzatlas.ui.fibre;

import java.util.ArrayList;
import java.util.List;

import de.netzatlas.common.GermanNumbers;
import de.netzatlas.common.Messages;
import de.netzatlas.fibre.ValidationIssue;

/**
 * The checks only the form can make, because only it sees the typed text: numbers that are not
 * wholly numbers (German format, never truncated) and milestones without a name or a date. The
 * service's validator sees the parsed project and cannot tell "0" from "viel".
 */
final class ProjectFormChecks {

    private final Messages m;
    private final List<ValidationIssue> out = new ArrayList<>();

    private ProjectFormChecks(Messages m) {
        this.m = m;
    }

    static List<ValidationIssue> of(ProjectFormViewModel form, Messages m) {
        ProjectFormChecks c = new ProjectFormChecks(m);
        c.integer("households", form.households.get());
        c.integer("businesses", form.businesses.get());
        c.integer("schools", form.schools.get());
        c.money("cost_total", form.cost.get());
        c.money("share_bund", form.shareBund.get());
        c.money("share_land", form.shareLand.get());
        c.money("share_kommune", form.shareKommune.get());
        c.money("share_operator", form.shareOperator.get());
        for (int i = 0; i < form.milestones.size(); i++) {
            c.milestone(i, form.milestones.get(i));
        }
        return c.out;
    }

    private void integer(String field, String text) {
        if (text != null && !text.isBlank() && GermanNumbers.parseInt(text).isEmpty()) {
            out.add(ValidationIssue.error(field, m.format("projectForm.notAnInteger", text.strip())));
        }
    }

    private void money(String field, String text) {
        if (text != null && !text.isBlank() && GermanNumbers.parseMoney(text).isEmpty()) {
            out.add(ValidationIssue.error(field, m.format("projectForm.notAnAmount", text.strip())));
        }
    }

    private void milestone(int index, MilestoneRow r) {
        if (r.name.get() == null || r.name.get().isBlank()) {
            out.add(ValidationIssue.error("milestones", m.format("projectForm.milestone.noName", index + 1)));
        } else if (r.planned.get() == null && r.actual.get() == null) {
            out.add(ValidationIssue.warning("milestones", m.format("projectForm.milestone.noDate", r.name.get())));
        }
    }
}
