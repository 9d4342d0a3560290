package de.netzatlas.sites;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.LocatedAsset;
import de.netzatlas.asset.StatusHistory;

/**
 * A site (Standort) of the Landesdatennetz ITN-XT: who sits there (authority), its class, contracted
 * bandwidth class, redundancy, migration status with dated history and the migration dates
 * (planned, start, done, decommissioned), and whether telephony moved too.
 */
public record ItnSite(
        UUID id,
        String name,
        String authority,
        SiteClass siteClass,
        String address,
        String gemeindeAgs,
        GeoPoint location,
        BandwidthClass bandwidth,
        Redundancy redundancy,
        StatusHistory<SiteStatus> history,
        LocalDate plannedMigration,
        LocalDate migrationStart,
        LocalDate migrated,
        LocalDate decommissioned,
        boolean telephonyMigrated,
        String notes,
        boolean demo,
        int version) implements LocatedAsset<SiteStatus> {

    @Override
    public SiteStatus status() {
        return history.current();
    }

    public boolean isMigrated() {
        return status() == SiteStatus.AKTIV;
    }

    public ItnSite withVersion(int v) {
        return new ItnSite(id, name, authority, siteClass, address, gemeindeAgs, location, bandwidth, redundancy,
                history, plannedMigration, migrationStart, migrated, decommissioned, telephonyMigrated, notes, demo, v);
    }

    public ItnSite withLocation(GeoPoint p, String ags) {
        return new ItnSite(id, name, authority, siteClass, address, ags, p, bandwidth, redundancy,
                history, plannedMigration, migrationStart, migrated, decommissioned, telephonyMigrated, notes, demo,
                version);
    }

    public ItnSite withName(String n) {
        return new ItnSite(id, n, authority, siteClass, address, gemeindeAgs, location, bandwidth, redundancy,
                history, plannedMigration, migrationStart, migrated, decommissioned, telephonyMigrated, notes, demo,
                version);
    }

    /** Moves the status on (recorded in the history) with the migration dates as given. */
    public ItnSite withStatus(SiteStatus s, LocalDate since, LocalDate start, LocalDate done, LocalDate gone) {
        return new ItnSite(id, name, authority, siteClass, address, gemeindeAgs, location, bandwidth, redundancy,
                history.then(s, since), plannedMigration, start, done, gone, telephonyMigrated, notes, demo, version);
    }

    /** The record's own date for reaching {@code s} where the status history has none. */
    public Optional<LocalDate> dateOf(SiteStatus s) {
        return Optional.ofNullable(switch (s) {
            case IN_MIGRATION -> migrationStart;
            case AKTIV -> migrated;
            case ZURUECKGEBAUT -> decommissioned;
            default -> null;
        });
    }
}
