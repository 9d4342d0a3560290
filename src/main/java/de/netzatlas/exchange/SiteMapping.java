package de.netzatlas.exchange;

import static de.netzatlas.exchange.TargetField.FieldType.BOOLEAN;
import static de.netzatlas.exchange.TargetField.FieldType.DATE;
import static de.netzatlas.exchange.TargetField.FieldType.DECIMAL;
import static de.netzatlas.exchange.TargetField.FieldType.GEOMETRY;
import static de.netzatlas.exchange.TargetField.FieldType.TEXT;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.sites.BandwidthClass;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.Redundancy;
import de.netzatlas.sites.SiteClass;
import de.netzatlas.sites.SiteStatus;

/**
 * ITN-XT sites as table rows: the columns of the site CSV ({@code SiteCsv.COLUMNS}), natural key the
 * site's identifier (column {@code id}, the UUID that the export writes). A row with a known id
 * updates that site (its status moving on along the workflow); a row without id is a new site.
 */
final class SiteMapping implements RegisterMapping<ItnSite> {

    static final List<TargetField> FIELDS = List.of(
            TargetField.of("id", "Standort-ID", false, TEXT, "Kennung", "Standortkennung", "site id", "uuid"),
            TargetField.of("name", "Name des Standorts", true, TEXT, "Name", "Standort", "Bezeichnung", "site name").max(300),
            TargetField.of("behoerde", "Behörde", false, TEXT, "Dienststelle", "Nutzer", "authority", "agency").max(300),
            TargetField.of("klasse", "Standortklasse", true, TEXT, "Klasse", "Standorttyp", "site class"),
            TargetField.of("adresse", "Adresse", false, TEXT, "Anschrift", "address").max(300),
            TargetField.of(GEMEINDE, "Gemeinde (AGS)", false, TEXT, "Gemeindeschlüssel", "AGS", "municipality code"),
            TargetField.of(LAT, "Breite (WGS84)", false, DECIMAL, "Breite", "Breitengrad", "latitude", "y"),
            TargetField.of(LON, "Länge (WGS84)", false, DECIMAL, "Länge", "Längengrad", "longitude", "lng", "x"),
            TargetField.of("bandbreite", "Bandbreitenklasse", true, TEXT, "Bandbreite", "bandwidth"),
            TargetField.of("redundanz", "Redundanz", false, TEXT, "redundancy"),
            TargetField.of("status", "Migrationsstatus", true, TEXT, "Status", "state"),
            TargetField.of("status_seit", "Status seit", false, DATE, "status since"),
            TargetField.of("migration_geplant", "Migration geplant", false, DATE, "geplante Migration", "planned migration"),
            TargetField.of("migration_beginn", "Migrationsbeginn", false, DATE, "migration start"),
            TargetField.of("migriert_am", "Migriert am", false, DATE, "Migrationsdatum", "migrated"),
            TargetField.of("rueckbau_am", "Rückbau am", false, DATE, "Rückbau", "decommissioned"),
            TargetField.of("telefonie_migriert", "Telefonie migriert", false, BOOLEAN, "Telefonie", "telephony migrated"),
            TargetField.of("bemerkung", "Bemerkung", false, TEXT, "Bemerkungen", "Notizen", "notes", "remarks").max(4000),
            TargetField.of(POINT, "Standort (Punkt)", false, GEOMETRY));

    @Override
    public String id() {
        return "sites";
    }

    @Override
    public String label() {
        return "ITN-XT-Standorte";
    }

    @Override
    public List<TargetField> fields() {
        return FIELDS;
    }

    @Override
    public String keyField() {
        return "id";
    }

    @Override
    public String key(ItnSite stored) {
        return stored.id().toString();
    }

    @Override
    public String sortKey(ItnSite stored) {
        return stored.name();
    }

    @Override
    public String key(MappedRow row) {
        String t = row.text("id");
        if (t == null) {
            return null;
        }
        try {
            return UUID.fromString(t).toString();
        } catch (IllegalArgumentException e) {
            row.error("id", t, "„" + t + "“ ist keine gültige Kennung (UUID).");
            return null;
        }
    }

    @Override
    public ItnSite read(MappedRow row, String key, Optional<ItnSite> previous, GeoPoint location, String gemeindeAgs) {
        String name = row.text("name");
        String authority = row.text("behoerde");
        SiteClass siteClass = RegisterMapping.choice(row, "klasse", SiteClass.class, SiteClass::label);
        String address = row.text("adresse");
        BandwidthClass bandwidth = RegisterMapping.choice(row, "bandbreite", BandwidthClass.class, BandwidthClass::label);
        Redundancy redundancy = RegisterMapping.choice(row, "redundanz", Redundancy.class, Redundancy::label);
        SiteStatus status = RegisterMapping.choice(row, "status", SiteStatus.class, SiteStatus::label);
        LocalDate since = row.date("status_seit");
        LocalDate planned = row.date("migration_geplant");
        LocalDate start = row.date("migration_beginn");
        LocalDate done = row.date("migriert_am");
        LocalDate gone = row.date("rueckbau_am");
        Boolean telephony = row.bool("telefonie_migriert");
        String notes = row.text("bemerkung");
        if (!row.ok() || status == null) {
            return null;
        }
        StatusHistory<SiteStatus> history = previous.map(p -> p.history().then(status, since))
                .orElseGet(() -> StatusHistory.of(status, since));
        UUID id = previous.map(ItnSite::id).orElseGet(() -> key != null ? UUID.fromString(key) : UUID.randomUUID());
        return new ItnSite(id, name, authority, siteClass, address, gemeindeAgs, location, bandwidth,
                redundancy == null ? Redundancy.KEINE : redundancy, history, planned, start, done, gone,
                Boolean.TRUE.equals(telephony), notes, previous.map(ItnSite::demo).orElse(false),
                previous.map(ItnSite::version).orElse(0));
    }

    @Override
    public List<Object> values(ItnSite s) {
        return Arrays.asList(s.id().toString(), s.name(), s.authority(), s.siteClass().label(), s.address(),
                s.gemeindeAgs(), s.location().lat(), s.location().lon(), s.bandwidth().label(), s.redundancy().label(),
                s.status().label(), s.history().currentSince().orElse(null), s.plannedMigration(), s.migrationStart(),
                s.migrated(), s.decommissioned(), s.telephonyMigrated(), s.notes());
    }
}
