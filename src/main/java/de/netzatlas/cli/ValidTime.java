package de.netzatlas.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import de.netzatlas.asset.AssetService;
import de.netzatlas.asset.AssetStatus;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.SiteStatus;

/**
 * The current records as they stood on a day by their own dates (valid time, issue 13 rule 1), for
 * {@code --as-of}, by the same rule as the report ({@link de.netzatlas.asset.ValidTime}): a status step
 * without a date takes the record's own date (connection, migration, on-air), else the day it was
 * recorded; an entry whose history starts later counts with the register's first status (nicht
 * angeschlossen, Altnetz, geplant). Dates after the day are not yet known on it. Projects come from
 * {@code FibreProjectService.validOn}.
 */
final class ValidTime {

    /** The days on which the audit log first shows each record in each status (for undated steps). */
    static Map<UUID, Map<String, LocalDate>> recorded(AssetService<?> register) {
        return register.firstRecorded(ZONE);
    }

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Berlin");

    private ValidTime() {
    }

    /** The history up to {@code day}, or the first status (undated) when every change lies later. */
    static <S extends Enum<S> & AssetStatus> StatusHistory<S> historyOn(StatusHistory<S> history, LocalDate day,
                                                                        S initial) {
        return history.until(day).orElseGet(() -> StatusHistory.of(initial, null));
    }

    private static <S extends Enum<S> & AssetStatus> StatusHistory<S> dated(StatusHistory<S> h,
            java.util.function.Function<S, java.util.Optional<LocalDate>> own, Map<String, LocalDate> recorded) {
        return de.netzatlas.asset.ValidTime.history(h, own, recorded).history();
    }

    /** A school on {@code day}; its bandwidth counts only once it is connected on that day. */
    static School school(School s, LocalDate day, Map<UUID, Map<String, LocalDate>> recorded) {
        StatusHistory<SchoolStatus> h = historyOn(dated(s.history(), s::dateOf, recorded.get(s.id())), day,
                SchoolStatus.NICHT_ANGESCHLOSSEN);
        boolean connected = h.current() == SchoolStatus.ANGESCHLOSSEN;
        return new School(s.id(), s.schulnummer(), s.name(), s.type(), s.traeger(), s.address(), s.gemeindeAgs(),
                s.location(), s.pupils(), connected ? s.downMbit() : null, connected ? s.upMbit() : null,
                s.targetDownMbit(), s.targetUpMbit(), h, s.technology(), s.plannedDate(), known(s.actualDate(), day),
                s.cost(), s.funding(), s.wlan(), s.notes(), s.demo(), s.version());
    }

    /** An ITN-XT site on {@code day}. */
    static ItnSite site(ItnSite s, LocalDate day, Map<UUID, Map<String, LocalDate>> recorded) {
        return new ItnSite(s.id(), s.name(), s.authority(), s.siteClass(), s.address(), s.gemeindeAgs(), s.location(),
                s.bandwidth(), s.redundancy(), historyOn(dated(s.history(), s::dateOf, recorded.get(s.id())), day,
                SiteStatus.ALTNETZ), s.plannedMigration(), known(s.migrationStart(), day), known(s.migrated(), day),
                known(s.decommissioned(), day), s.telephonyMigrated(), s.notes(), s.demo(), s.version());
    }

    /** A mobile site on {@code day}; it covers only when „in Betrieb“ on that day. */
    static MobileSite mobile(MobileSite s, LocalDate day, Map<UUID, Map<String, LocalDate>> recorded) {
        return s.withHistory(historyOn(dated(s.history(), s::dateOf, recorded.get(s.id())), day,
                MobileSiteStatus.GEPLANT));
    }

    private static LocalDate known(LocalDate date, LocalDate day) {
        return date == null || date.isAfter(day) ? null : date;
    }
}
