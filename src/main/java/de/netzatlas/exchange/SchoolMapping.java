package de.netzatlas.exchange;

import static de.netzatlas.exchange.TargetField.FieldType.DATE;
import static de.netzatlas.exchange.TargetField.FieldType.DECIMAL;
import static de.netzatlas.exchange.TargetField.FieldType.GEOMETRY;
import static de.netzatlas.exchange.TargetField.FieldType.INTEGER;
import static de.netzatlas.exchange.TargetField.FieldType.TEXT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.schools.FundingSource;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.schools.SchoolType;
import de.netzatlas.schools.Technology;
import de.netzatlas.schools.WlanStatus;

/**
 * Schools as table rows: the columns of the school CSV ({@code SchoolCsv.COLUMNS}), natural key the
 * Schulnummer. A known Schulnummer updates that school, its status moving on along the ladder.
 */
final class SchoolMapping implements RegisterMapping<School> {

    static final List<TargetField> FIELDS = List.of(
            TargetField.of("schulnummer", "Schulnummer", true, TEXT, "Schul-Nr", "Schulnr", "Dienststellennummer",
                    "school number", "school id").max(20),
            TargetField.of("name", "Name der Schule", true, TEXT, "Name", "Schulname", "school name").max(300),
            TargetField.of("schulform", "Schulform", true, TEXT, "Schulart", "Schultyp", "school type"),
            TargetField.of("traeger", "Schulträger", false, TEXT, "Träger", "maintainer", "school authority").max(200),
            TargetField.of("adresse", "Adresse", false, TEXT, "Anschrift", "address").max(300),
            TargetField.of(GEMEINDE, "Gemeinde (AGS)", false, TEXT, "Gemeindeschlüssel", "AGS", "municipality code"),
            TargetField.of(LAT, "Breite (WGS84)", false, DECIMAL, "Breite", "Breitengrad", "latitude", "y"),
            TargetField.of(LON, "Länge (WGS84)", false, DECIMAL, "Länge", "Längengrad", "longitude", "lng", "x"),
            TargetField.of("schueler", "Schülerzahl", false, INTEGER, "Schüler", "Schülerinnen und Schüler", "pupils",
                    "students"),
            TargetField.of("down_mbit", "Downstream (Mbit/s)", false, INTEGER, "Downstream", "Download", "down"),
            TargetField.of("up_mbit", "Upstream (Mbit/s)", false, INTEGER, "Upstream", "Upload", "up"),
            TargetField.of("ziel_down_mbit", "Ziel Downstream (Mbit/s)", false, INTEGER, "Ziel Downstream", "target down"),
            TargetField.of("ziel_up_mbit", "Ziel Upstream (Mbit/s)", false, INTEGER, "Ziel Upstream", "target up"),
            TargetField.of("status", "Status", true, TEXT, "Anschlussstatus", "state"),
            TargetField.of("status_seit", "Status seit", false, DATE, "status since"),
            TargetField.of("technologie", "Technologie", false, TEXT, "Anschlusstechnik", "technology"),
            TargetField.of("plan_anschluss", "Geplanter Anschluss", false, DATE, "Anschluss geplant", "planned connection"),
            TargetField.of("ist_anschluss", "Anschluss am", false, DATE, "Anschlussdatum", "tatsächlicher Anschluss",
                    "actual connection"),
            TargetField.of("kosten", "Kosten (€)", false, DECIMAL, "Kosten", "cost"),
            TargetField.of("foerderung", "Förderung", false, TEXT, "Förderprogramm", "funding"),
            TargetField.of("wlan", "WLAN", false, TEXT, "WLAN-Ausbau", "wifi"),
            TargetField.of("bemerkung", "Bemerkung", false, TEXT, "Bemerkungen", "Notizen", "notes", "remarks").max(4000),
            TargetField.of(POINT, "Standort (Punkt)", false, GEOMETRY));

    @Override
    public String id() {
        return "schools";
    }

    @Override
    public String label() {
        return "Schulen";
    }

    @Override
    public List<TargetField> fields() {
        return FIELDS;
    }

    @Override
    public String keyField() {
        return "schulnummer";
    }

    @Override
    public String key(School stored) {
        return stored.schulnummer();
    }

    @Override
    public String normalize(String key) {
        return key.trim();
    }

    @Override
    public String key(MappedRow row) {
        return row.text("schulnummer");
    }

    @Override
    public School read(MappedRow row, String key, Optional<School> previous, GeoPoint location, String gemeindeAgs) {
        String name = row.text("name");
        SchoolType type = RegisterMapping.choice(row, "schulform", SchoolType.class, SchoolType::label);
        String traeger = row.text("traeger");
        String address = row.text("adresse");
        Integer pupils = row.count("schueler");
        Integer down = row.count("down_mbit");
        Integer up = row.count("up_mbit");
        Integer targetDown = row.count("ziel_down_mbit");
        Integer targetUp = row.count("ziel_up_mbit");
        SchoolStatus status = RegisterMapping.choice(row, "status", SchoolStatus.class, SchoolStatus::label);
        LocalDate since = row.date("status_seit");
        Technology technology = RegisterMapping.choice(row, "technologie", Technology.class, Technology::label);
        LocalDate planned = row.date("plan_anschluss");
        LocalDate actual = row.date("ist_anschluss");
        BigDecimal cost = RegisterMapping.nonNegative(row, "kosten");
        FundingSource funding = RegisterMapping.choice(row, "foerderung", FundingSource.class, FundingSource::label);
        WlanStatus wlan = RegisterMapping.choice(row, "wlan", WlanStatus.class, WlanStatus::label);
        String notes = row.text("bemerkung");
        if (!row.ok() || key == null || status == null) {
            return null;
        }
        StatusHistory<SchoolStatus> history = previous.map(p -> p.history().then(status, since))
                .orElseGet(() -> StatusHistory.of(status, since));
        return new School(previous.map(School::id).orElseGet(UUID::randomUUID), key, name, type, traeger, address,
                gemeindeAgs, location, pupils, down, up, targetDown == null ? School.DEFAULT_TARGET_DOWN : targetDown,
                targetUp == null ? School.DEFAULT_TARGET_UP : targetUp, history, technology, planned, actual,
                cost == null ? null : cost.setScale(2, RoundingMode.HALF_UP), funding, wlan, notes,
                previous.map(School::demo).orElse(false), previous.map(School::version).orElse(0));
    }

    @Override
    public List<Object> values(School s) {
        return Arrays.asList(s.schulnummer(), s.name(), s.type() == null ? null : s.type().label(), s.traeger(),
                s.address(), s.gemeindeAgs(), s.location() == null ? null : s.location().lat(),
                s.location() == null ? null : s.location().lon(), s.pupils(), s.downMbit(), s.upMbit(),
                s.targetDownMbit(), s.targetUpMbit(), s.status().label(), s.history().currentSince().orElse(null),
                s.technology() == null ? null : s.technology().label(), s.plannedDate(), s.actualDate(), s.cost(),
                s.funding() == null ? null : s.funding().label(), s.wlan() == null ? null : s.wlan().label(), s.notes());
    }
}
