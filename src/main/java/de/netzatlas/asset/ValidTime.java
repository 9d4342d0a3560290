package de.netzatlas.asset;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;


/**
 * The one as-of rule for register records (valid time), shared by the report and the CLI's
 * {@code --as-of}: a record counts on a day as its own dates say, as currently known. A status step
 * without a date takes the record's own date for it (connection, migration, on-air date), and only
 * when the record has none the day the step was first recorded in Netzatlas (audit time, see
 * {@link AssetService#firstRecorded}) — callers say how many records that concerned.
 */
public final class ValidTime {

    /** A status history with every step dated as far as possible; {@code byEntryTime}: audit time was used. */
    public record Dated<S extends Enum<S> & AssetStatus>(StatusHistory<S> history, boolean byEntryTime) {
    }

    private ValidTime() {
    }

    public static <S extends Enum<S> & AssetStatus> Dated<S> history(StatusHistory<S> h, Function<S, Optional<LocalDate>> own,
                                                              Map<String, LocalDate> recorded) {
        StatusHistory<S> dated = h.dated(own);
        if (!dated.hasUndatedStep()) {
            return new Dated<>(dated, false);
        }
        Map<String, LocalDate> seen = recorded == null ? Map.of() : recorded;
        StatusHistory<S> byEntry = dated.dated(s -> Optional.ofNullable(seen.get(s.name())));
        return new Dated<>(byEntry, true);
    }

    /** {@code value} when {@code condition} holds (for a record's own date of one status). */
    public static <T> Optional<T> when(boolean condition, T value) {
        return condition ? Optional.ofNullable(value) : Optional.empty();
    }

    /** The sentence a report chapter adds when records without dates were counted by their entry time. */
    public static String entryTimeNote(int records, String noun) {
        if (records == 0) {
            return "";
        }
        return records + " " + noun + " ohne Datum des Statuswechsels: für sie gilt der Zeitpunkt der Erfassung in "
                + "Netzatlas.";
    }
}
