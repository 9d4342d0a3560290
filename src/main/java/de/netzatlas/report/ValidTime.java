package de.netzatlas.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import de.netzatlas.asset.AssetStatus;
import de.netzatlas.asset.StatusHistory;

/**
 * The report's one as-of rule for register records (valid time): a record counts on the cut-off
 * day as its own dates say, as currently known. A status step without a date takes the record's own
 * date for it (connection, migration, on-air date), and only when the record has none the day the
 * step was first recorded in Netzatlas (audit time) — the chapter then says how many records that
 * concerned.
 */
final class ValidTime {

    /** A status history with every step dated as far as possible; {@code byEntryTime}: audit time was used. */
    record Dated<S extends Enum<S> & AssetStatus>(StatusHistory<S> history, boolean byEntryTime) {
    }

    private ValidTime() {
    }

    static <S extends Enum<S> & AssetStatus> Dated<S> history(StatusHistory<S> h, Function<S, Optional<LocalDate>> own,
                                                              Map<String, LocalDate> recorded) {
        StatusHistory<S> dated = h.dated(own);
        if (!dated.hasUndatedStep()) {
            return new Dated<>(dated, false);
        }
        Map<String, LocalDate> seen = recorded == null ? Map.of() : recorded;
        StatusHistory<S> byEntry = dated.dated(s -> Optional.ofNullable(seen.get(s.name())));
        return new Dated<>(byEntry, true);
    }

    static <T> Optional<T> when(boolean condition, T value) {
        return condition ? Optional.ofNullable(value) : Optional.empty();
    }

    /** The sentence a chapter adds when records without dates were counted by their entry time. */
    static String entryTimeNote(int records, String noun) {
        if (records == 0) {
            return "";
        }
        return records + " " + noun + " ohne Datum des Statuswechsels: für sie gilt der Zeitpunkt der Erfassung in "
                + "Netzatlas.";
    }
}
