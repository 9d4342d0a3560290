package de.netzatlas.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        List<ItnSite> asOf = sites.asOf(ServiceFibreChapterSource.endOfDay(cutOff));
        if (asOf.isEmpty()) {
            return Optional.empty();
        }
        boolean demo = asOf.stream().allMatch(ItnSite::demo); // real records win over demo ones
        List<Site> out = new ArrayList<>();
        for (ItnSite s : asOf) {
            Optional<SiteStatus> status = s.history().statusOn(cutOff);
            if (s.demo() != demo || s.location() == null || status.orElse(null) == SiteStatus.ZURUECKGEBAUT) {
                continue;
            }
            SiteStatus held = status.orElse(SiteStatus.ALTNETZ);
            boolean migrated = held == SiteStatus.AKTIV;
            LocalDate on = migrated ? s.history().reached(SiteStatus.AKTIV).filter(d -> !d.isAfter(cutOff))
                    .orElse(null) : null;
            String kreis = regions.byAgs(s.gemeindeAgs()).flatMap(Region::parent).orElse("");
            out.add(new Site(s.id().toString(), s.name(), s.siteClass() == null ? "" : s.siteClass().label(),
                    s.authority() == null ? "" : s.authority(), s.gemeindeAgs(), kreis, s.location().lat(),
                    s.location().lon(), migrated, on, held.label(), s.plannedMigration()));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(new Data(cutOff, demo
                ? "Register ITN-XT-Standorte (Demodaten)" : "Register ITN-XT-Standorte (Netzatlas), Einträge zum Stichtag",
                demo, out));
    }
}
