package de.netzatlas.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.netzatlas.asset.ValidTime;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionService;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.SiteService;
import de.netzatlas.sites.SiteStatus;

/**
 * The chapter "ITN-XT" from the sites register: every site in its audited state at the end of the
 * cut-off day, migrated when its status history says "ITN-XT aktiv" on that day; sites already
 * decommissioned on that day are left out. Status label and planned migration date are those of that
 * day too. Reads only.
 */
public final class ServiceSitesChapterSource implements SitesChapterSource {

    private final SiteService sites;
    private final RegionService regions;

    public ServiceSitesChapterSource(SiteService sites, RegionService regions) {
        this.sites = sites;
        this.regions = regions;
    }

    @Override
    public Optional<Data> asOf(LocalDate cutOff) {
        List<ItnSite> current = sites.all();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        boolean demo = !current.stream().anyMatch(s -> !s.demo()); // real records win over demo ones
        java.util.Map<java.util.UUID, java.util.Map<String, LocalDate>> recorded = demo ? java.util.Map.of()
                : sites.firstRecorded(ServiceFibreChapterSource.ZONE);
        List<Site> out = new ArrayList<>();
        int byEntryTime = 0;
        // a planned date has no valid time of its own: the plan as recorded at the end of the cut-off day
        java.util.Map<java.util.UUID, LocalDate> plannedThen = new java.util.HashMap<>();
        for (ItnSite then : sites.asOf(ServiceFibreChapterSource.endOfDay(cutOff))) {
            plannedThen.put(then.id(), then.plannedMigration());
        }
        for (ItnSite s : current) {
            if (s.demo() != demo || s.location() == null) {
                continue;
            }
            ValidTime.Dated<SiteStatus> dated = ValidTime.history(s.history(), s::dateOf, recorded.get(s.id()));
            Optional<SiteStatus> status = dated.history().statusOn(cutOff);
            if (status.orElse(null) == SiteStatus.ZURUECKGEBAUT) {
                continue;
            }
            if (dated.byEntryTime()) {
                byEntryTime++;
            }
            SiteStatus held = status.orElse(SiteStatus.ALTNETZ);
            boolean migrated = held == SiteStatus.AKTIV;
            LocalDate on = migrated ? dated.history().reached(SiteStatus.AKTIV).filter(d -> !d.isAfter(cutOff))
                    .orElse(null) : null;
            String kreis = regions.byAgs(s.gemeindeAgs()).flatMap(Region::parent).orElse("");
            out.add(new Site(s.id().toString(), s.name(), s.siteClass() == null ? "" : s.siteClass().label(),
                    s.authority() == null ? "" : s.authority(), s.gemeindeAgs(), kreis, s.location().lat(),
                    s.location().lon(), migrated, on, held.label(), plannedThen.containsKey(s.id()) ? plannedThen.get(s.id()) : s.plannedMigration()));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(new Data(cutOff, demo
                ? "Register ITN-XT-Standorte (Demodaten)"
                : "Register ITN-XT-Standorte (Netzatlas), Status laut Statushistorie zum Stichtag", demo, out,
                byEntryTime));
    }
}
