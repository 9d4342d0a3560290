package de.netzatlas.schools;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.LocatedAsset;
import de.netzatlas.asset.StatusHistory;

/**
 * A school of "Schulen ans Netz" with its connection: bandwidths in Mbit/s (current and target,
 * target by default 1 000 down / 200 up), the status ladder with its dated history, planned and
 * actual connection date, cost (euros) and funding source. {@code version} 0 means not yet saved.
 */
public record School(
        UUID id,
        String schulnummer,
        String name,
        SchoolType type,
        String traeger,
        String address,
        String gemeindeAgs,
        GeoPoint location,
        Integer pupils,
        Integer downMbit,
        Integer upMbit,
        int targetDownMbit,
        int targetUpMbit,
        StatusHistory<SchoolStatus> history,
        Technology technology,
        LocalDate plannedDate,
        LocalDate actualDate,
        BigDecimal cost,
        FundingSource funding,
        WlanStatus wlan,
        String notes,
        boolean demo,
        int version) implements LocatedAsset<SchoolStatus> {

    public static final int DEFAULT_TARGET_DOWN = 1000;
    public static final int DEFAULT_TARGET_UP = 200;
    /** Gigabit: at least 1 000 Mbit/s downstream. */
    public static final int GIGABIT = 1000;

    @Override
    public SchoolStatus status() {
        return history.current();
    }

    public boolean hasGigabit() {
        return downMbit != null && downMbit >= GIGABIT;
    }

    /** Current bandwidth reaches the target in both directions. */
    public boolean meetsTarget() {
        return downMbit != null && upMbit != null && downMbit >= targetDownMbit && upMbit >= targetUpMbit;
    }

    /** Not yet connected although the planned date has passed. */
    public boolean isOverdue(LocalDate today) {
        return status() != SchoolStatus.ANGESCHLOSSEN && plannedDate != null && plannedDate.isBefore(today);
    }

    public int pupilCount() {
        return pupils == null ? 0 : pupils;
    }

    public School withVersion(int v) {
        return new School(id, schulnummer, name, type, traeger, address, gemeindeAgs, location, pupils, downMbit,
                upMbit, targetDownMbit, targetUpMbit, history, technology, plannedDate, actualDate, cost, funding,
                wlan, notes, demo, v);
    }

    public School withLocation(GeoPoint p, String ags) {
        return new School(id, schulnummer, name, type, traeger, address, ags, p, pupils, downMbit,
                upMbit, targetDownMbit, targetUpMbit, history, technology, plannedDate, actualDate, cost, funding,
                wlan, notes, demo, version);
    }

    public School withName(String n) {
        return new School(id, schulnummer, n, type, traeger, address, gemeindeAgs, location, pupils, downMbit,
                upMbit, targetDownMbit, targetUpMbit, history, technology, plannedDate, actualDate, cost, funding,
                wlan, notes, demo, version);
    }

    /** Moves the status on (recorded in the history) and sets the actual date and bandwidth as given. */
    public School withStatus(SchoolStatus s, LocalDate since, LocalDate actual, Integer down, Integer up) {
        return new School(id, schulnummer, name, type, traeger, address, gemeindeAgs, location, pupils, down,
                up, targetDownMbit, targetUpMbit, history.then(s, since), technology, plannedDate, actual, cost,
                funding, wlan, notes, demo, version);
    }

    /** The same school with another history (e.g. imported). */
    public School withHistory(StatusHistory<SchoolStatus> h) {
        return new School(id, schulnummer, name, type, traeger, address, gemeindeAgs, location, pupils, downMbit,
                upMbit, targetDownMbit, targetUpMbit, h, technology, plannedDate, actualDate, cost, funding,
                wlan, notes, demo, version);
    }

    /** The same school data under another id and version (an import updating a stored school). */
    public School withIdentity(UUID newId, int v) {
        return new School(newId, schulnummer, name, type, traeger, address, gemeindeAgs, location, pupils, downMbit,
                upMbit, targetDownMbit, targetUpMbit, history, technology, plannedDate, actualDate, cost, funding,
                wlan, notes, demo, v);
    }

    /** The record's own date for reaching {@code s} where the status history has none: the connection date. */
    public Optional<LocalDate> dateOf(SchoolStatus s) {
        return s == SchoolStatus.ANGESCHLOSSEN ? Optional.ofNullable(actualDate) : Optional.empty();
    }
}
