package de.netzatlas.cli;

import java.time.LocalDate;
import java.util.List;

import de.netzatlas.asset.AssetStatus;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.fibre.FibreProject;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.SiteStatus;

/**
 * The current records as they stood on a day by their own dates (valid time, issue 13 rule 1), for
 * {@code --as-of}: a register entry takes the status its history says for that day; an entry whose
 * history starts later counts with the register's first status (nicht angeschlossen, Altnetz,
 * geplant). Dates after the day are not yet known on it. Pure functions.
 */
final class ValidTime {

    private ValidTime() {
    }

    /** The history up to {@code day}, or the first status (undated) when every change lies later. */
    static <S extends Enum<S> & AssetStatus> StatusHistory<S> historyOn(StatusHistory<S> history, LocalDate day,
                                                                        S initial) {
        return history.until(day).orElseGet(() -> StatusHistory.of(initial, null));
    }

    /** A school on {@code day}; its bandwidth counts only once it is connected on that day. */
    static School school(School s, LocalDate day) {
        StatusHistory<SchoolStatus> h = historyOn(s.history(), day, SchoolStatus.NICHT_ANGESCHLOSSEN);
        boolean connected = h.current() == SchoolStatus.ANGESCHLOSSEN;
        return new School(s.id(), s.schulnummer(), s.name(), s.type(), s.traeger(), s.address(), s.gemeindeAgs(),
                s.location(), s.pupils(), connected ? s.downMbit() : null, connected ? s.upMbit() : null,
                s.targetDownMbit(), s.targetUpMbit(), h, s.technology(), s.plannedDate(), known(s.actualDate(), day),
                s.cost(), s.funding(), s.wlan(), s.notes(), s.demo(), s.version());
    }

    /** An ITN-XT site on {@code day}. */
    static ItnSite site(ItnSite s, LocalDate day) {
        return new ItnSite(s.id(), s.name(), s.authority(), s.siteClass(), s.address(), s.gemeindeAgs(), s.location(),
                s.bandwidth(), s.redundancy(), historyOn(s.history(), day, SiteStatus.ALTNETZ), s.plannedMigration(),
                known(s.migrationStart(), day), known(s.migrated(), day), known(s.decommissioned(), day),
                s.telephonyMigrated(), s.notes(), s.demo(), s.version());
    }

    /** A mobile site on {@code day}; it covers only when „in Betrieb“ on that day. */
    static MobileSite mobile(MobileSite s, LocalDate day) {
        return s.withHistory(historyOn(s.history(), day, MobileSiteStatus.GEPLANT));
    }

    /**
     * The projects as they stood on {@code day}, from the projects' own dates: a project counts when it
     * had started by then and its current status already held on that day (status date and start on or
     * before it, or not recorded). Projects whose status changed after the day are left out, since a
     * project keeps no status history; the integrator replaces this with
     * {@code FibreProjectService.validOn(day)} when that lands.
     */
    static List<FibreProject> projects(List<FibreProject> current, LocalDate day) {
        return current.stream()
                .filter(p -> p.start() == null || !p.start().isAfter(day))
                .filter(p -> p.statusSince() == null || !p.statusSince().isAfter(day))
                .toList();
    }

    private static LocalDate known(LocalDate date, LocalDate day) {
        return date == null || date.isAfter(day) ? null : date;
    }
}
