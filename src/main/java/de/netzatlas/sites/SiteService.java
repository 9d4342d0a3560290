package de.netzatlas.sites;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import de.netzatlas.asset.AssetImportResult;
import de.netzatlas.asset.AssetService;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.GermanCsvReader;
import de.netzatlas.asset.LocationRules;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.asset.ValidationIssue;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;

/**
 * Use cases of the ITN-XT site register: the shared audited CRUD with session undo, plus the CSV
 * import (all rows checked first; one error and nothing is written; a row whose {@code id} is a
 * stored site updates it, its status moving on along the workflow).
 */
public final class SiteService extends AssetService<ItnSite> {

    private final SiteValidator validator;
    private final LocationRules locations;

    public SiteService(Database db, SiteRepository repository, SiteValidator validator, LocationRules locations,
                       AuditLog audit, Clock clock, Supplier<String> user) {
        super(db, repository, new SiteKind(validator), locations, audit, clock, user);
        this.validator = validator;
        this.locations = locations;
    }

    public AssetImportResult importCsv(String file, byte[] bytes) {
        Map<UUID, ItnSite> stored = new HashMap<>();
        for (ItnSite s : all()) {
            stored.put(s.id(), s);
        }
        GermanCsvReader reader = new GermanCsvReader(file, SiteCsv.COLUMNS, SiteCsv.REQUIRED);
        Map<UUID, Long> seen = new HashMap<>();
        List<ItnSite> created = new ArrayList<>();
        List<ItnSite> updated = new ArrayList<>();
        reader.read(bytes, row -> {
            ItnSite s = parse(row, stored);
            if (s == null) {
                return;
            }
            Long first = seen.putIfAbsent(s.id(), row.line());
            if (first != null) {
                row.error("id", "Standort " + s.id() + " kommt in der Datei doppelt vor (zuerst in Zeile " + first + ").");
                return;
            }
            ItnSite previous = stored.get(s.id());
            for (ValidationIssue issue : validator.validate(s, Optional.ofNullable(previous))) {
                if (issue.isError()) {
                    row.error(issue.field(), issue.message());
                }
            }
            if (row.ok()) {
                (previous == null ? created : updated).add(s);
            }
        });
        if (!reader.errors().isEmpty()) {
            return new AssetImportResult(reader.errors(), reader.rows(), 0, 0);
        }
        importAll(created, updated, "ITN-XT-Standorte importiert: " + file + " (" + created.size() + " neu, "
                + updated.size() + " geändert)");
        return new AssetImportResult(List.of(), reader.rows(), created.size(), updated.size());
    }

    private ItnSite parse(GermanCsvReader.Row row, Map<UUID, ItnSite> stored) {
        String idText = row.text("id");
        UUID id = null;
        if (!idText.isEmpty()) {
            try {
                id = UUID.fromString(idText);
            } catch (IllegalArgumentException e) {
                row.error("id", "„" + idText + "“ ist keine gültige Kennung (UUID).");
            }
        }
        String name = row.text("name");
        SiteClass siteClass = row.choice("klasse", SiteClass.class, SiteClass::label);
        Double lat = row.coordinate("lat");
        Double lon = row.coordinate("lon");
        BandwidthClass bandwidth = row.choice("bandbreite", BandwidthClass.class, BandwidthClass::label);
        Redundancy redundancy = row.choice("redundanz", Redundancy.class, Redundancy::label);
        SiteStatus status = row.choice("status", SiteStatus.class, SiteStatus::label);
        LocalDate since = row.date("status_seit");
        LocalDate planned = row.date("migration_geplant");
        LocalDate start = row.date("migration_beginn");
        LocalDate done = row.date("migriert_am");
        LocalDate gone = row.date("rueckbau_am");
        boolean telephony = row.bool("telefonie_migriert", false);
        String ags = row.textOrNull("gemeinde_ags");
        if (!row.ok() || name.isEmpty() || siteClass == null || lat == null || lon == null || bandwidth == null
                || status == null) {
            return null;
        }
        GeoPoint point = new GeoPoint(lat, lon);
        ItnSite previous = id == null ? null : stored.get(id);
        StatusHistory<SiteStatus> history = previous == null ? StatusHistory.of(status, since)
                : previous.history().then(status, since);
        return new ItnSite(id == null ? UUID.randomUUID() : id, name, row.textOrNull("behoerde"), siteClass,
                row.textOrNull("adresse"), locations.gemeindeFor(point, ags), point, bandwidth,
                redundancy == null ? Redundancy.KEINE : redundancy, history, planned, start, done, gone, telephony,
                row.textOrNull("bemerkung"), false, previous == null ? 0 : previous.version());
    }
}
