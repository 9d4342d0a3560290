package de.netzatlas.fibre;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project as it stood on a day by its own dates (valid time), as currently known: the status
 * steps it went through, each with the date it was reached — the current status with its
 * "Status seit" date, earlier steps with the date they carried when they were recorded (a later
 * correction of the same step's date wins), the completion with the actual completion date. Steps
 * beyond the current status (recorded by mistake and taken back) do not count. Milestones reached
 * after the day are shown as not yet reached. Pure; the service feeds it the audit log's states.
 */
public final class ProjectValidTime {

    /** The picture on a day, or why there is none; {@code byEntryTime}: the project has no status date at all. */
    public record OnDay(Optional<FibreProject> project, boolean undated) {
    }

    private ProjectValidTime() {
    }

    /**
     * @param current  the project as stored now
     * @param recorded the states the audit log holds for it, oldest first (may be empty)
     */
    public static OnDay on(FibreProject current, List<FibreProject> recorded, LocalDate day) {
        Map<ProjectStatus, LocalDate> steps = new EnumMap<>(ProjectStatus.class);
        for (FibreProject p : recorded) {
            if (counts(p.status(), current.status()) && p.statusSince() != null) {
                steps.put(p.status(), p.statusSince());
            }
        }
        LocalDate since = current.statusSince() != null ? current.statusSince()
                : current.status() == ProjectStatus.ABGESCHLOSSEN ? current.actualCompletion() : null;
        steps.remove(current.status());
        if (since != null) {
            steps.put(current.status(), since);
        }
        if (steps.isEmpty()) {
            return new OnDay(Optional.empty(), true);
        }
        ProjectStatus held = null;
        LocalDate heldSince = null;
        for (Map.Entry<ProjectStatus, LocalDate> e : steps.entrySet()) { // ladder order
            if (e.getValue().isAfter(day)) {
                continue;
            }
            if (heldSince == null || !e.getValue().isBefore(heldSince) || e.getKey() == current.status()) {
                held = e.getKey();
                heldSince = e.getValue();
            }
        }
        if (held == null) {
            return new OnDay(Optional.empty(), false); // not yet begun on that day
        }
        if (held == current.status() && current.milestones().stream()
                .noneMatch(m -> m.actual() != null && m.actual().isAfter(day))) {
            return new OnDay(Optional.of(current), false);
        }
        List<Milestone> then = new ArrayList<>();
        for (Milestone m : current.milestones()) {
            then.add(m.actual() != null && m.actual().isAfter(day) ? new Milestone(m.id(), m.name(), m.planned(), null)
                    : m);
        }
        LocalDate actual = held == ProjectStatus.ABGESCHLOSSEN ? current.actualCompletion() : null;
        return new OnDay(Optional.of(current.withStatus(held, heldSince, actual)
                .withFundingAndMilestones(current.funding(), List.copyOf(then))), false);
    }

    /** Whether a recorded step is part of the path to the current status (not one taken back). */
    private static boolean counts(ProjectStatus step, ProjectStatus current) {
        if (step == current) {
            return true;
        }
        if (step == ProjectStatus.ABGEBROCHEN || step == ProjectStatus.ABGESCHLOSSEN) {
            return false;
        }
        return current == ProjectStatus.ABGEBROCHEN || step.ordinal() < current.ordinal();
    }
}
