package de.netzatlas.ui.fibre;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import de.netzatlas.fibre.FibreProject;
import de.netzatlas.fibre.Milestone;
import de.netzatlas.fibre.ProjectStatus;

/**
 * What the project timeline shows, computed without a toolkit: one row per project with its bar
 * (from the construction start, else the status date or the first milestone, to the actual, else
 * planned completion; open-ended bars run to today) and its milestones; the time axis spans whole
 * years around all dates and today, and maps dates to x.
 */
final class TimelineModel {

    record Bar(LocalDate from, LocalDate to, boolean open) {
    }

    record Row(String name, ProjectStatus status, Bar bar, List<Milestone> milestones, boolean demo) {
    }

    private final List<Row> rows;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate today;

    TimelineModel(List<FibreProject> projects, LocalDate today) {
        this.today = today;
        List<Row> list = new ArrayList<>();
        LocalDate min = today;
        LocalDate max = today;
        for (FibreProject p : projects) {
            LocalDate first = p.start() != null ? p.start() : p.statusSince();
            for (Milestone m : p.milestones()) {
                LocalDate d = m.actual() != null ? m.actual() : m.planned();
                if (d != null && (first == null || (p.start() == null && d.isBefore(first)))) {
                    first = d;
                }
            }
            LocalDate end = p.completion().orElse(null);
            Bar bar = null;
            if (first != null) {
                boolean open = end == null;
                LocalDate last = open ? (today.isAfter(first) ? today : first) : end;
                bar = new Bar(first, last.isBefore(first) ? first : last, open);
                min = min(min, bar.from());
                max = max(max, bar.to());
            }
            for (Milestone m : p.milestones()) {
                for (LocalDate d : new LocalDate[] {m.planned(), m.actual()}) {
                    if (d != null) {
                        min = min(min, d);
                        max = max(max, d);
                    }
                }
            }
            list.add(new Row(p.name(), p.status(), bar, p.milestones(), p.demo()));
        }
        rows = List.copyOf(list);
        from = LocalDate.of(min.getYear(), 1, 1);
        to = LocalDate.of(max.getYear() + 1, 1, 1);
    }

    List<Row> rows() {
        return rows;
    }

    LocalDate from() {
        return from;
    }

    /** Exclusive end: 1 January of the year after the last date. */
    LocalDate to() {
        return to;
    }

    LocalDate today() {
        return today;
    }

    /** The x of a date when the axis runs from {@code left} to {@code right} pixels. */
    double x(LocalDate date, double left, double right) {
        double days = ChronoUnit.DAYS.between(from, to);
        return left + (right - left) * ChronoUnit.DAYS.between(from, date) / days;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
