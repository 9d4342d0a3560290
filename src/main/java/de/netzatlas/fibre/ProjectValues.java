package de.netzatlas.fibre;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project as the column → value map the audit log stores (area as WKT, Gemeinden and milestones
 * embedded, dates as ISO text), and back. Undo restores a project from exactly this map, so the
 * two directions are kept side by side and tested as a round trip.
 */
final class ProjectValues {

    static final String TABLE = "fibre_project";

    /** Projects and their audited values, for the undo ({@link de.netzatlas.store.AuditRevert}). */
    static final de.netzatlas.store.AuditRevert.Values<FibreProject> AUDITED =
            new de.netzatlas.store.AuditRevert.Values<>() {
                @Override
                public Map<String, Object> values(FibreProject p) {
                    return of(p);
                }

                @Override
                public FibreProject fromValues(Map<String, Object> values, int version) {
                    return from(values, version);
                }
            };

    private ProjectValues() {
    }

    static Map<String, Object> of(FibreProject p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", p.id().toString());
        v.put("name", p.name());
        v.put("kreis_ags", p.kreisAgs());
        v.put("gemeinden", p.gemeinden());
        v.put("area_wkt", ProjectAreas.toWkt(p.area()));
        v.put("model", p.model().name());
        v.put("programme", p.programme().name());
        v.put("operator", p.operator());
        v.put("households", p.households());
        v.put("businesses", p.businesses());
        v.put("schools", p.schools());
        v.put("cost_total", text(p.funding().costTotal()));
        v.put("share_bund", text(p.funding().bund()));
        v.put("share_land", text(p.funding().land()));
        v.put("share_kommune", text(p.funding().kommune()));
        v.put("share_operator", text(p.funding().operator()));
        v.put("weak_area", p.weakArea());
        v.put("status", p.status().name());
        v.put("status_since", text(p.statusSince()));
        v.put("start_date", text(p.start()));
        v.put("planned_completion", text(p.plannedCompletion()));
        v.put("actual_completion", text(p.actualCompletion()));
        List<Map<String, Object>> milestones = new ArrayList<>();
        for (Milestone m : p.milestones()) {
            Map<String, Object> mv = new LinkedHashMap<>();
            mv.put("id", m.id().toString());
            mv.put("name", m.name());
            mv.put("planned_date", text(m.planned()));
            mv.put("actual_date", text(m.actual()));
            milestones.add(mv);
        }
        v.put("milestones", milestones);
        v.put("notes", p.notes());
        v.put("demo", p.demo());
        return v;
    }

    @SuppressWarnings("unchecked")
    static FibreProject from(Map<String, Object> v, int version) {
        List<Milestone> milestones = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) v.get("milestones")) {
            milestones.add(new Milestone(UUID.fromString((String) m.get("id")), (String) m.get("name"),
                    date(m.get("planned_date")), date(m.get("actual_date"))));
        }
        return new FibreProject(UUID.fromString((String) v.get("id")), (String) v.get("name"),
                (String) v.get("kreis_ags"), (List<String>) v.get("gemeinden"),
                ProjectAreas.fromWkt((String) v.get("area_wkt")),
                FundingModel.valueOf((String) v.get("model")), Programme.valueOf((String) v.get("programme")),
                (String) v.get("operator"), ((Number) v.get("households")).intValue(),
                ((Number) v.get("businesses")).intValue(), ((Number) v.get("schools")).intValue(),
                new Funding(money(v.get("cost_total")), money(v.get("share_bund")), money(v.get("share_land")),
                        money(v.get("share_kommune")), money(v.get("share_operator"))),
                (Boolean) v.get("weak_area"), ProjectStatus.valueOf((String) v.get("status")),
                date(v.get("status_since")), date(v.get("start_date")), date(v.get("planned_completion")),
                date(v.get("actual_completion")), milestones, (String) v.get("notes"), (Boolean) v.get("demo"),
                version);
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b.toPlainString() : value.toString();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }

    private static BigDecimal money(Object value) {
        return value == null ? null : new BigDecimal((String) value);
    }
}
