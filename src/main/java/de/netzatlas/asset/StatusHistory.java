package de.netzatlas.asset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dated statuses an asset went through, oldest first; the last one is the current status.
 * Immutable: {@link #then} returns a new history. Whether the steps are allowed is the
 * {@link StatusWorkflow}'s business.
 */
public record StatusHistory<S extends Enum<S> & AssetStatus>(List<StatusChange<S>> changes) {

    public StatusHistory {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("Eine Statushistorie hat mindestens einen Eintrag.");
        }
    }

    public static <S extends Enum<S> & AssetStatus> StatusHistory<S> of(S status, LocalDate since) {
        return new StatusHistory<>(List.of(new StatusChange<>(status, since)));
    }

    public S current() {
        return changes.get(changes.size() - 1).status();
    }

    /** Since when the current status holds (empty if unknown). */
    public Optional<LocalDate> currentSince() {
        return Optional.ofNullable(changes.get(changes.size() - 1).since());
    }

    /** When the asset first reached {@code status}, if it did and the date is known. */
    public Optional<LocalDate> reached(S status) {
        return changes.stream().filter(c -> c.status() == status).map(StatusChange::since)
                .filter(d -> d != null).findFirst();
    }

    /**
     * The status held on {@code date}: the last change dated on or before it (a change without a
     * date counts as long known); empty when the first dated change comes later.
     */
    public Optional<S> statusOn(LocalDate date) {
        S held = null;
        for (StatusChange<S> c : changes) {
            if (c.since() != null && c.since().isAfter(date)) {
                break;
            }
            held = c.status();
        }
        return Optional.ofNullable(held);
    }

    /** The history as known on {@code date}: the changes dated on or before it; empty if none. */
    public Optional<StatusHistory<S>> until(LocalDate date) {
        List<StatusChange<S>> kept = new ArrayList<>();
        for (StatusChange<S> c : changes) {
            if (c.since() != null && c.since().isAfter(date)) {
                break;
            }
            kept.add(c);
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(new StatusHistory<>(kept));
    }

    /** This history moved on to {@code status} on {@code since}; unchanged if it already is in that status. */
    public StatusHistory<S> then(S status, LocalDate since) {
        if (status == current()) {
            return this;
        }
        List<StatusChange<S>> next = new ArrayList<>(changes);
        next.add(new StatusChange<>(status, since));
        return new StatusHistory<>(next);
    }

    public int size() {
        return changes.size();
    }

    /**
     * The same history with dates filled in where a later step has none: {@code dateOf} gives the
     * record's own date for reaching a status (e.g. the connection date), else a fallback (e.g. when
     * the step was first recorded). An undated first step without such a date stays undated: it is the
     * state the record was known in from the start. Steps that already carry a date keep it.
     */
    public StatusHistory<S> dated(java.util.function.Function<S, Optional<LocalDate>> dateOf) {
        List<StatusChange<S>> out = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            StatusChange<S> c = changes.get(i);
            if (c.since() != null) {
                out.add(c);
                continue;
            }
            Optional<LocalDate> own = dateOf.apply(c.status());
            out.add(own.isPresent() || i > 0 ? new StatusChange<>(c.status(), own.orElse(null)) : c);
        }
        return new StatusHistory<>(out);
    }

    /** Whether a step after the first has no date (its valid time is unknown). */
    public boolean hasUndatedStep() {
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i).since() == null) {
                return true;
            }
        }
        return false;
    }
}
