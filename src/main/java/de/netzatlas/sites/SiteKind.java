package de.netzatlas.sites;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.netzatlas.asset.AssetKind;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusChange;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.asset.ValidationIssue;

/** Tells the shared asset service how ITN-XT sites are audited, restored and validated. */
public final class SiteKind implements AssetKind<ItnSite> {

    public static final String TABLE = "itn_site";

    private final SiteValidator validator;

    public SiteKind(SiteValidator validator) {
        this.validator = validator;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public String noun() {
        return "Standort";
    }

    @Override
    public Map<String, Object> values(ItnSite s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", s.id().toString());
        v.put("name", s.name());
        v.put("authority", s.authority());
        v.put("site_class", s.siteClass().name());
        v.put("address", s.address());
        v.put("gemeinde_ags", s.gemeindeAgs());
        v.put("lat", s.location().lat());
        v.put("lon", s.location().lon());
        v.put("bandwidth_class", s.bandwidth().name());
        v.put("redundancy", s.redundancy().name());
        v.put("status", s.status().name());
        List<String> history = new ArrayList<>();
        for (StatusChange<SiteStatus> c : s.history().changes()) {
            history.add(c.status().name() + "@" + (c.since() == null ? "" : c.since()));
        }
        v.put("status_history", history);
        v.put("planned_migration", text(s.plannedMigration()));
        v.put("migration_start", text(s.migrationStart()));
        v.put("migrated_date", text(s.migrated()));
        v.put("decommissioned_date", text(s.decommissioned()));
        v.put("telephony_migrated", s.telephonyMigrated());
        v.put("notes", s.notes());
        v.put("demo", s.demo());
        return v;
    }

    @Override
    public ItnSite fromValues(Map<String, Object> v, int version) {
        List<StatusChange<SiteStatus>> changes = new ArrayList<>();
        for (Object o : (List<?>) v.get("status_history")) {
            String[] parts = o.toString().split("@", 2);
            changes.add(new StatusChange<>(SiteStatus.valueOf(parts[0]),
                    parts.length < 2 || parts[1].isEmpty() ? null : LocalDate.parse(parts[1])));
        }
        return new ItnSite(UUID.fromString((String) v.get("id")), (String) v.get("name"), (String) v.get("authority"),
                SiteClass.valueOf((String) v.get("site_class")), (String) v.get("address"), (String) v.get("gemeinde_ags"),
                new GeoPoint(((Number) v.get("lat")).doubleValue(), ((Number) v.get("lon")).doubleValue()),
                BandwidthClass.valueOf((String) v.get("bandwidth_class")), Redundancy.valueOf((String) v.get("redundancy")),
                new StatusHistory<>(changes), date(v.get("planned_migration")), date(v.get("migration_start")),
                date(v.get("migrated_date")), date(v.get("decommissioned_date")),
                Boolean.TRUE.equals(v.get("telephony_migrated")), (String) v.get("notes"),
                Boolean.TRUE.equals(v.get("demo")), version);
    }

    @Override
    public ItnSite withVersion(ItnSite s, int version) {
        return s.withVersion(version);
    }

    @Override
    public ItnSite moved(ItnSite s, GeoPoint location, String gemeindeAgs) {
        return s.withLocation(location, gemeindeAgs);
    }

    @Override
    public List<ValidationIssue> validate(ItnSite s, Optional<ItnSite> previous) {
        return validator.validate(s, previous);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : LocalDate.parse(o.toString());
    }
}
