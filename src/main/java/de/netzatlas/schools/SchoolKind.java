package de.netzatlas.schools;

import java.math.BigDecimal;
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

/** Tells the shared asset service how schools are audited, restored and validated. */
public final class SchoolKind implements AssetKind<School> {

    public static final String TABLE = "school";

    private final SchoolValidator validator;

    public SchoolKind(SchoolValidator validator) {
        this.validator = validator;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public String noun() {
        return "Schule";
    }

    @Override
    public Map<String, Object> values(School s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", s.id().toString());
        v.put("schulnummer", s.schulnummer());
        v.put("name", s.name());
        v.put("school_type", name(s.type()));
        v.put("traeger", s.traeger());
        v.put("address", s.address());
        v.put("gemeinde_ags", s.gemeindeAgs());
        v.put("lat", s.location() == null ? null : s.location().lat());
        v.put("lon", s.location() == null ? null : s.location().lon());
        v.put("pupils", s.pupils());
        v.put("down_mbit", s.downMbit());
        v.put("up_mbit", s.upMbit());
        v.put("target_down_mbit", s.targetDownMbit());
        v.put("target_up_mbit", s.targetUpMbit());
        v.put("status", s.status().name());
        List<String> history = new ArrayList<>();
        for (StatusChange<SchoolStatus> c : s.history().changes()) {
            history.add(c.status().name() + "@" + (c.since() == null ? "" : c.since()));
        }
        v.put("status_history", history);
        v.put("technology", name(s.technology()));
        v.put("planned_date", s.plannedDate() == null ? null : s.plannedDate().toString());
        v.put("actual_date", s.actualDate() == null ? null : s.actualDate().toString());
        v.put("cost", s.cost() == null ? null : s.cost().toPlainString());
        v.put("funding_source", name(s.funding()));
        v.put("wlan_status", name(s.wlan()));
        v.put("notes", s.notes());
        v.put("demo", s.demo());
        return v;
    }

    @Override
    public School fromValues(Map<String, Object> v, int version) {
        List<StatusChange<SchoolStatus>> changes = new ArrayList<>();
        for (Object o : (List<?>) v.get("status_history")) {
            String[] parts = o.toString().split("@", 2);
            changes.add(new StatusChange<>(SchoolStatus.valueOf(parts[0]),
                    parts.length < 2 || parts[1].isEmpty() ? null : LocalDate.parse(parts[1])));
        }
        return new School(UUID.fromString((String) v.get("id")), (String) v.get("schulnummer"), (String) v.get("name"),
                value(SchoolType.class, v.get("school_type")), (String) v.get("traeger"), (String) v.get("address"),
                (String) v.get("gemeinde_ags"),
                new GeoPoint(((Number) v.get("lat")).doubleValue(), ((Number) v.get("lon")).doubleValue()),
                integer(v.get("pupils")), integer(v.get("down_mbit")), integer(v.get("up_mbit")),
                integer(v.get("target_down_mbit")), integer(v.get("target_up_mbit")), new StatusHistory<>(changes),
                value(Technology.class, v.get("technology")), date(v.get("planned_date")), date(v.get("actual_date")),
                v.get("cost") == null ? null : new BigDecimal(v.get("cost").toString()),
                value(FundingSource.class, v.get("funding_source")), value(WlanStatus.class, v.get("wlan_status")),
                (String) v.get("notes"), Boolean.TRUE.equals(v.get("demo")), version);
    }

    @Override
    public School withVersion(School s, int version) {
        return s.withVersion(version);
    }

    @Override
    public School moved(School s, GeoPoint location, String gemeindeAgs) {
        return s.withLocation(location, gemeindeAgs);
    }

    @Override
    public List<ValidationIssue> validate(School s, Optional<School> previous) {
        return validator.validate(s, previous);
    }

    /** Without the Schulnummer's uniqueness against all stored schools (the import matched by it). */
    @Override
    public List<ValidationIssue> validateMatched(School s, Optional<School> previous) {
        return validator.validate(s, previous, List.of());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, Object o) {
        return o == null ? null : Enum.valueOf(type, o.toString());
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : LocalDate.parse(o.toString());
    }
}
