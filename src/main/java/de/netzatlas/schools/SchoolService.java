package de.netzatlas.schools;

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
import de.netzatlas.asset.ImportError;
import de.netzatlas.asset.LocationRules;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.asset.ValidationIssue;
import de.netzatlas.store.AuditLog;
import de.netzatlas.store.Database;

/**
 * Use cases of the school register: the shared audited CRUD with session undo, plus the CSV import
 * (all rows parsed and validated first; one error and nothing is written; a Schulnummer already in
 * the register updates that school, its status moving on along the ladder).
 */
public final class SchoolService extends AssetService<School> {

    private final SchoolValidator validator;
    private final LocationRules locations;

    public SchoolService(Database db, SchoolRepository repository, SchoolValidator validator, LocationRules locations,
                         AuditLog audit, Clock clock, Supplier<String> user) {
        super(db, repository, new SchoolKind(validator), locations, audit, clock, user);
        this.validator = validator;
        this.locations = locations;
    }

    public Optional<School> bySchulnummer(String schulnummer) {
        return all().stream().filter(s -> s.schulnummer().equals(schulnummer)).findFirst();
    }

    /** Reads, checks and (only if every row is fine) writes a school CSV; {@code file} names it in messages. */
    public AssetImportResult importCsv(String file, byte[] bytes) {
        Map<String, School> stored = new HashMap<>();
        for (School s : all()) {
            stored.put(s.schulnummer(), s);
        }
        GermanCsvReader reader = new GermanCsvReader(file, SchoolCsv.COLUMNS, SchoolCsv.REQUIRED);
        Map<String, Long> seen = new HashMap<>();
        List<School> created = new ArrayList<>();
        List<School> updated = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>(reader.read(bytes, row -> {
            School s = parse(row, stored);
            if (s == null) {
                return;
            }
            Long first = seen.putIfAbsent(s.schulnummer(), row.line());
            if (first != null) {
                row.error("schulnummer", "Schulnummer „" + s.schulnummer() + "“ kommt in der Datei doppelt vor (zuerst in Zeile "
                        + first + ").");
                return;
            }
            School previous = stored.get(s.schulnummer());
            for (ValidationIssue issue : validator.validate(s, Optional.ofNullable(previous), List.of())) {
                if (issue.isError()) {
                    row.error(issue.field(), issue.message());
                }
            }
            if (row.ok()) {
                (previous == null ? created : updated).add(s);
            }
        }));
        errors = reader.errors();
        if (!errors.isEmpty()) {
            return new AssetImportResult(errors, reader.rows(), 0, 0);
        }
        importAll(created, updated, "Schulen importiert: " + file + " (" + created.size() + " neu, "
                + updated.size() + " geändert)");
        return new AssetImportResult(List.of(), reader.rows(), created.size(), updated.size());
    }

    private School parse(GermanCsvReader.Row row, Map<String, School> stored) {
        String nummer = row.text("schulnummer");
        String name = row.text("name");
        SchoolType type = row.choice("schulform", SchoolType.class, SchoolType::label);
        Double lat = row.coordinate("lat");
        Double lon = row.coordinate("lon");
        Integer pupils = row.integer("schueler");
        Integer down = row.integer("down_mbit");
        Integer up = row.integer("up_mbit");
        Integer targetDown = row.integer("ziel_down_mbit");
        Integer targetUp = row.integer("ziel_up_mbit");
        SchoolStatus status = row.choice("status", SchoolStatus.class, SchoolStatus::label);
        LocalDate since = row.date("status_seit");
        Technology technology = row.choice("technologie", Technology.class, Technology::label);
        LocalDate planned = row.date("plan_anschluss");
        LocalDate actual = row.date("ist_anschluss");
        var cost = row.decimal("kosten");
        FundingSource funding = row.choice("foerderung", FundingSource.class, FundingSource::label);
        WlanStatus wlan = row.choice("wlan", WlanStatus.class, WlanStatus::label);
        String ags = row.textOrNull("gemeinde_ags");
        if (!row.ok() || nummer.isEmpty() || name.isEmpty() || type == null || lat == null || lon == null
                || status == null) {
            return null;
        }
        GeoPoint point = new GeoPoint(lat, lon);
        School previous = stored.get(nummer);
        StatusHistory<SchoolStatus> history = previous == null ? StatusHistory.of(status, since)
                : previous.history().then(status, since);
        return new School(previous == null ? UUID.randomUUID() : previous.id(), nummer, name, type,
                row.textOrNull("traeger"), row.textOrNull("adresse"), locations.gemeindeFor(point, ags), point, pupils,
                down, up, targetDown == null ? School.DEFAULT_TARGET_DOWN : targetDown,
                targetUp == null ? School.DEFAULT_TARGET_UP : targetUp, history, technology, planned, actual, cost,
                funding, wlan, row.textOrNull("bemerkung"), false, previous == null ? 0 : previous.version());
    }
}
