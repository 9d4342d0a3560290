package de.netzatlas.asset;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The allowed status steps of one register, e.g. geplant → beauftragt. Staying in a status is always
 * allowed; a status with no outgoing step is final. Built once per register and immutable:
 * <pre>{@code StatusWorkflow.of(SchoolStatus.class).allow(GEPLANT, BEAUFTRAGT, NICHT_ANGESCHLOSSEN)...build()}</pre>
 */
public final class StatusWorkflow<S extends Enum<S> & AssetStatus> {

    static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Class<S> type;
    private final Map<S, Set<S>> next;

    private StatusWorkflow(Class<S> type, Map<S, Set<S>> next) {
        this.type = type;
        this.next = next;
    }

    public static <S extends Enum<S> & AssetStatus> Builder<S> of(Class<S> type) {
        return new Builder<>(type);
    }

    /** Collects allowed steps. */
    public static final class Builder<S extends Enum<S> & AssetStatus> {
        private final Class<S> type;
        private final Map<S, Set<S>> next;

        private Builder(Class<S> type) {
            this.type = type;
            this.next = new EnumMap<>(type);
            for (S s : type.getEnumConstants()) {
                next.put(s, EnumSet.noneOf(type));
            }
        }

        /** {@code from} may move to each of {@code to}. */
        @SafeVarargs
        public final Builder<S> allow(S from, S... to) {
            for (S t : to) {
                next.get(from).add(t);
            }
            return this;
        }

        public StatusWorkflow<S> build() {
            Map<S, Set<S>> copy = new EnumMap<>(type);
            next.forEach((k, v) -> copy.put(k, v.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(v)));
            return new StatusWorkflow<>(type, copy);
        }
    }

    public Class<S> type() {
        return type;
    }

    /** The statuses {@code from} may move to (not including itself). */
    public Set<S> next(S from) {
        Set<S> s = next.get(from);
        return s.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(s);
    }

    public boolean canMove(S from, S to) {
        return from == to || next.get(from).contains(to);
    }

    public boolean isFinal(S status) {
        return next.get(status).isEmpty();
    }

    /** The status with this stored name, e.g. for a CSV cell or a database row. */
    public Optional<S> parse(String name) {
        for (S s : type.getEnumConstants()) {
            if (s.name().equalsIgnoreCase(name.trim()) || s.label().equalsIgnoreCase(name.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** An error on {@code field} if moving from {@code from} to {@code to} is not allowed. */
    public Optional<ValidationIssue> checkStep(String field, S from, S to) {
        if (canMove(from, to)) {
            return Optional.empty();
        }
        return Optional.of(ValidationIssue.error(field, "Status kann nicht von „" + from.label() + "“ zu „"
                + to.label() + "“ wechseln" + allowed(from) + "."));
    }

    /** Every step of the history must be allowed and the dates must not go backwards. */
    public List<ValidationIssue> checkHistory(String field, StatusHistory<S> history) {
        List<ValidationIssue> issues = new ArrayList<>();
        LocalDate lastDate = null;
        S lastDated = null;
        for (int i = 0; i < history.changes().size(); i++) {
            StatusChange<S> c = history.changes().get(i);
            if (i > 0) {
                checkStep(field, history.changes().get(i - 1).status(), c.status()).ifPresent(issues::add);
            }
            if (c.since() != null) {
                if (lastDate != null && c.since().isBefore(lastDate)) {
                    issues.add(ValidationIssue.error(field, "Status „" + c.status().label() + "“ seit "
                            + c.since().format(GERMAN_DATE) + " liegt vor „" + lastDated.label() + "“ seit "
                            + lastDate.format(GERMAN_DATE) + "."));
                }
                lastDate = c.since();
                lastDated = c.status();
            }
        }
        return issues;
    }

    private String allowed(S from) {
        Set<S> n = next.get(from);
        if (n.isEmpty()) {
            return " („" + from.label() + "“ ist ein Endzustand)";
        }
        return " (erlaubt: " + n.stream().map(AssetStatus::label).collect(Collectors.joining(", ")) + ")";
    }
}
