package de.netzatlas.sites;

import static de.netzatlas.store.schema.Tables.ITN_SITE;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import de.netzatlas.asset.AssetRepository;
import de.netzatlas.asset.AssetStatusRepository;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.store.Database;
import de.netzatlas.store.schema.tables.records.ItnSiteRecord;

/**
 * The only place that reads and writes ITN-XT sites (table {@code itn_site}) with their status
 * history (shared table). Deletion is a tombstone; only demo rows are removed physically
 * ({@link AssetRepository}).
 */
public final class SiteRepository extends AssetRepository<ItnSite, SiteStatus, ItnSiteRecord> {

    public SiteRepository(Database db, Clock clock, AssetStatusRepository statuses) {
        super(db, clock, statuses, ITN_SITE, SiteKind.TABLE, SiteStatus.class,
                Map.of("name", "Name des Standorts", "authority", "Behörde", "address", "Adresse", "notes", "Bemerkung"),
                List.of(ITN_SITE.GEMEINDE_AGS, ITN_SITE.NAME));
    }

    @Override
    protected ItnSite toAsset(ItnSiteRecord r, StatusHistory<SiteStatus> h) {
        return new ItnSite(r.getId(), r.getName(), r.getAuthority(), SiteClass.valueOf(r.getSiteClass()), r.getAddress(),
                r.getGemeindeAgs(), new GeoPoint(r.getLat(), r.getLon()),
                BandwidthClass.valueOf(r.getBandwidthClass()), Redundancy.valueOf(r.getRedundancy()), h,
                r.getPlannedMigration(), r.getMigrationStart(), r.getMigratedDate(), r.getDecommissionedDate(),
                r.getTelephonyMigrated(), r.getNotes(), r.getDemo(), r.getVersion());
    }

    @Override
    protected void fill(ItnSiteRecord r, ItnSite s) {
        r.setName(s.name());
        r.setAuthority(s.authority());
        r.setSiteClass(s.siteClass().name());
        r.setAddress(s.address());
        r.setBandwidthClass(s.bandwidth().name());
        r.setRedundancy(s.redundancy().name());
        r.setPlannedMigration(s.plannedMigration());
        r.setMigrationStart(s.migrationStart());
        r.setMigratedDate(s.migrated());
        r.setDecommissionedDate(s.decommissioned());
        r.setTelephonyMigrated(s.telephonyMigrated());
        r.setNotes(s.notes());
    }

    @Override
    protected StatusHistory<SiteStatus> history(ItnSite s) {
        return s.history();
    }
}
