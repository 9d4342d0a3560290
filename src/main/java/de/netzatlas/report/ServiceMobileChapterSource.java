package de.netzatlas.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.netzatlas.asset.StatusHistory;
import de.netzatlas.asset.ValidTime;
import de.netzatlas.mobile.AreaCoverage;
import de.netzatlas.mobile.CoverageFigures;
import de.netzatlas.mobile.MobileCoverageService;
import de.netzatlas.mobile.MobileRegister;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.mobile.RadioTechnology;
import de.netzatlas.region.RegionService;

/**
 * The chapter "Mobilfunk/5G" from the mobile register: the sites in their audited state at the
 * end of the cut-off day, of which those "in Betrieb" on that day (by their status history)
 * cover the Land; the area figures come from a fresh coverage computation of exactly these sites
 * (the register's live coverage stays untouched). Reads only.
 */
public final class ServiceMobileChapterSource implements MobileChapterSource {

    private final MobileRegister register;
    private final RegionService regions;

    public ServiceMobileChapterSource(MobileRegister register, RegionService regions) {
        this.register = register;
        this.regions = regions;
    }

    @Override
    public Optional<Data> asOf(LocalDate cutOff) {
        List<MobileSite> current = register.sites().all();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        boolean demo = !current.stream().anyMatch(s -> !s.demo()); // real records win over demo ones
        java.util.Map<java.util.UUID, java.util.Map<String, LocalDate>> recorded = demo ? java.util.Map.of()
                : register.sites().firstRecorded(ServiceFibreChapterSource.ZONE);
        List<MobileSite> inOperation = new ArrayList<>();
        int byEntryTime = 0;
        for (MobileSite s : current) {
            if (s.demo() != demo || s.location() == null) {
                continue;
            }
            ValidTime.Dated<MobileSiteStatus> dated = ValidTime.history(s.history(), s::dateOf,
                    recorded.get(s.id()));
            Optional<StatusHistory<MobileSiteStatus>> until = dated.history().until(cutOff)
                    .filter(h -> h.current() == MobileSiteStatus.IN_BETRIEB);
            if (until.isPresent()) {
                inOperation.add(s.withHistory(until.get()));
                if (dated.byEntryTime()) {
                    byEntryTime++;
                }
            }
        }
        if (inOperation.isEmpty()) {
            return Optional.empty();
        }
        CoverageFigures figures = new MobileCoverageService(regions, register.radii()).figures(inOperation);
        List<KreisArea> kreise = new ArrayList<>();
        for (AreaCoverage k : figures.kreise()) {
            kreise.add(new KreisArea(k.ags(), k.areaKm2(), k.nrKm2(), k.lteKm2()));
        }
        List<Site> sites = inOperation.stream()
                .map(s -> new Site(s.id().toString(), s.operator() == null ? "" : s.operator().label(),
                        s.technology() == RadioTechnology.NR ? "5G" : "4G", s.location().lat(), s.location().lon()))
                .toList();
        return Optional.of(new Data(cutOff, demo ? "Register Mobilfunkstandorte (Demodaten)"
                : "Register Mobilfunkstandorte (Netzatlas), Standorte in Betrieb laut Statushistorie zum Stichtag",
                demo, kreise, sites, byEntryTime));
    }
}
