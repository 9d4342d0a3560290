package de.netzatlas.mobile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

import de.netzatlas.asset.AssetKind;
import de.netzatlas.asset.DateOrder;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.LocationRules;
import de.netzatlas.asset.StatusChange;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.asset.StatusWorkflow;
import de.netzatlas.asset.ValidationIssue;

/**
 * The mobile register as the shared asset service sees it: audit values and back, and the rules.
 * Errors: missing identifier, operator, technology or band; identifier already used by another live
 * site; location outside Sachsen-Anhalt or unknown Gemeinde; radius not in (0, 30] km; a status step
 * the workflow does not allow; dates out of order (Antrag ≤ Genehmigung ≤ Baubeginn ≤
 * Inbetriebnahme; the planned on-air date not before the application). Warnings: "in Betrieb"
 * without on-air date, 3600 MHz for LTE. Field names are the CSV columns.
 */
public final class MobileSiteKind implements AssetKind<MobileSite> {

    public static final String TABLE = "mobile_site";
    static final double MAX_RADIUS_KM = 30;

    private final LocationRules locations;
    private final BiPredicate<String, UUID> identifierTaken;
    private final StatusWorkflow<MobileSiteStatus> workflow = MobileSiteStatus.workflow();

    /** @param identifierTaken whether a live site other than the given id already has the identifier */
    public MobileSiteKind(LocationRules locations, BiPredicate<String, UUID> identifierTaken) {
        this.locations = locations;
        this.identifierTaken = identifierTaken;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public String noun() {
        return "Mobilfunkstandort";
    }

    public StatusWorkflow<MobileSiteStatus> workflow() {
        return workflow;
    }

    @Override
    public List<ValidationIssue> validate(MobileSite s, Optional<MobileSite> previous) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (s.identifier() == null || s.identifier().isBlank()) {
            issues.add(ValidationIssue.error(MobileCsv.IDENTIFIER, "Kennung fehlt."));
        } else if (identifierTaken.test(s.identifier().trim(), s.id())) {
            issues.add(ValidationIssue.error(MobileCsv.IDENTIFIER, "Kennung „" + s.identifier().trim()
                    + "“ ist bereits an einen anderen Standort vergeben."));
        }
        if (s.operator() == null) {
            issues.add(ValidationIssue.error(MobileCsv.OPERATOR, "Betreiber fehlt."));
        }
        if (s.technology() == null) {
            issues.add(ValidationIssue.error(MobileCsv.TECHNOLOGY, "Technologie fehlt (LTE oder 5G NR)."));
        }
        if (s.bands().isEmpty()) {
            issues.add(ValidationIssue.error(MobileCsv.BANDS, "Mindestens ein Frequenzband angeben (z. B. 800 oder 3600)."));
        } else if (s.technology() == RadioTechnology.LTE && s.bands().contains(FrequencyBand.B3600)) {
            issues.add(ValidationIssue.warning(MobileCsv.BANDS, "3600 MHz wird für LTE nicht genutzt – Technologie oder Band prüfen."));
        }
        if (s.radiusKm() != null && !(s.radiusKm() > 0 && s.radiusKm() <= MAX_RADIUS_KM)) {
            issues.add(ValidationIssue.error(MobileCsv.RADIUS, "Versorgungsradius muss größer als 0 und höchstens "
                    + (int) MAX_RADIUS_KM + " km sein."));
        }
        issues.addAll(locations.check(s.location(), s.gemeindeAgs()));
        if (s.history() == null) {
            issues.add(ValidationIssue.error(MobileCsv.STATUS, "Status fehlt."));
        } else {
            issues.addAll(workflow.checkHistory(MobileCsv.STATUS, s.history()));
            previous.map(MobileSite::status).flatMap(old -> workflow.checkStep(MobileCsv.STATUS, old, s.status()))
                    .filter(step -> !issues.contains(step)).ifPresent(issues::add);
            if (s.inOperation() && s.onAirDate() == null) {
                issues.add(ValidationIssue.warning(MobileCsv.ON_AIR, "„in Betrieb“ ohne Datum der Inbetriebnahme."));
            }
        }
        issues.addAll(DateOrder.inOrder(
                DateOrder.field(MobileCsv.APPLICATION, "Antrag", s.applicationDate()),
                DateOrder.field(MobileCsv.PERMIT, "Genehmigung", s.permitDate()),
                DateOrder.field(MobileCsv.CONSTRUCTION, "Baubeginn", s.constructionStart()),
                DateOrder.field(MobileCsv.ON_AIR, "Inbetriebnahme", s.onAirDate())));
        issues.addAll(DateOrder.inOrder(
                DateOrder.field(MobileCsv.APPLICATION, "Antrag", s.applicationDate()),
                DateOrder.field(MobileCsv.PLANNED_ON_AIR, "Geplante Inbetriebnahme", s.plannedOnAir())));
        return issues;
    }

    @Override
    public Map<String, Object> values(MobileSite s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", s.id().toString());
        v.put("identifier", s.identifier());
        v.put("operator", s.operator() == null ? null : s.operator().name());
        v.put("technology", s.technology() == null ? null : s.technology().name());
        v.put("bands", s.bands().stream().sorted().map(FrequencyBand::name).toList());
        v.put("lat", s.location().lat());
        v.put("lon", s.location().lon());
        v.put("gemeinde_ags", s.gemeindeAgs());
        v.put("radius_km", s.radiusKm());
        v.put("funded", s.funded());
        List<Map<String, Object>> history = new ArrayList<>();
        for (StatusChange<MobileSiteStatus> c : s.history().changes()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("status", c.status().name());
            h.put("since", c.since() == null ? null : c.since().toString());
            history.add(h);
        }
        v.put("status", s.status().name());
        v.put("history", history);
        v.put("application_date", text(s.applicationDate()));
        v.put("permit_date", text(s.permitDate()));
        v.put("construction_start", text(s.constructionStart()));
        v.put("on_air_date", text(s.onAirDate()));
        v.put("planned_on_air", text(s.plannedOnAir()));
        v.put("notes", s.notes());
        v.put("demo", s.demo());
        return v;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MobileSite fromValues(Map<String, Object> v, int version) {
        Set<FrequencyBand> bands = EnumSet.noneOf(FrequencyBand.class);
        for (Object b : (List<Object>) v.get("bands")) {
            bands.add(FrequencyBand.valueOf((String) b));
        }
        List<StatusChange<MobileSiteStatus>> changes = new ArrayList<>();
        for (Object o : (List<Object>) v.get("history")) {
            Map<String, Object> h = (Map<String, Object>) o;
            changes.add(new StatusChange<>(MobileSiteStatus.valueOf((String) h.get("status")), date(h.get("since"))));
        }
        Object radius = v.get("radius_km");
        return new MobileSite(UUID.fromString((String) v.get("id")), (String) v.get("identifier"),
                MobileOperator.valueOf((String) v.get("operator")), RadioTechnology.valueOf((String) v.get("technology")),
                bands, new GeoPoint(((Number) v.get("lat")).doubleValue(), ((Number) v.get("lon")).doubleValue()),
                (String) v.get("gemeinde_ags"), radius == null ? null : ((Number) radius).doubleValue(),
                Boolean.TRUE.equals(v.get("funded")), new StatusHistory<>(changes),
                date(v.get("application_date")), date(v.get("permit_date")), date(v.get("construction_start")),
                date(v.get("on_air_date")), date(v.get("planned_on_air")), (String) v.get("notes"),
                Boolean.TRUE.equals(v.get("demo")), version);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : LocalDate.parse(o.toString());
    }

    @Override
    public MobileSite withVersion(MobileSite asset, int version) {
        return asset.withVersion(version);
    }

    @Override
    public MobileSite moved(MobileSite asset, GeoPoint location, String gemeindeAgs) {
        return asset.at(location, gemeindeAgs);
    }
}
