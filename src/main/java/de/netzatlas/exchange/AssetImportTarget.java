package de.netzatlas.exchange;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import de.netzatlas.asset.AssetService;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.LocatedAsset;
import de.netzatlas.asset.LocationRules;
import de.netzatlas.asset.ValidationIssue;
import de.netzatlas.store.AuditEntry;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Transaction;

/**
 * One register (schools, ITN-XT sites, mobile sites) as an import target, generic over the shared
 * {@link AssetService}: the position comes from {@code lat}/{@code lon} or a GeoJSON point, the
 * Gemeinde from the point when none is given; a natural key twice in the file is an error; every
 * record passes the register's own validation (the same as its form); existing records are matched
 * by natural key (same values: unchanged, nothing audited). Writes and undo go through
 * {@link AssetService#saveImported} / {@link AssetService#revert}, so imported changes are audited
 * exactly like edits in the register.
 */
public final class AssetImportTarget<A extends LocatedAsset<?>> implements ImportTarget<A> {

    private final AssetService<A> service;
    private final RegisterMapping<A> mapping;
    private final Runnable afterCommit;

    AssetImportTarget(AssetService<A> service, RegisterMapping<A> mapping, Runnable afterCommit) {
        this.service = service;
        this.mapping = mapping;
        this.afterCommit = afterCommit;
    }

    @Override
    public String id() {
        return mapping.id();
    }

    @Override
    public String label() {
        return mapping.label();
    }

    @Override
    public List<TargetField> fields() {
        return mapping.fields();
    }

    @Override
    public String keyField() {
        return mapping.keyField();
    }

    @Override
    public Set<String> auditTables() {
        return Set.of(service.kind().table());
    }

    @Override
    public RowValidator<A> validator() {
        Map<String, A> stored = new HashMap<>();
        for (A a : service.all()) {
            String key = mapping.key(a);
            if (key != null) {
                stored.put(mapping.normalize(key), a);
            }
        }
        Map<String, Long> seen = new HashMap<>();
        String keyLabel = fields().stream().filter(f -> f.key().equals(mapping.keyField())).findFirst()
                .map(TargetField::label).orElse(mapping.keyField());
        return row -> {
            String key = mapping.key(row);
            Optional<A> previous = key == null ? Optional.empty()
                    : Optional.ofNullable(stored.get(mapping.normalize(key)));
            GeoPoint point = location(row);
            String ags = row.text(RegisterMapping.GEMEINDE);
            String gemeinde = point == null ? ags : service.locations().gemeindeFor(point, ags);
            A record = mapping.read(row, key, previous, point, gemeinde);
            if (key != null) {
                Long first = seen.putIfAbsent(mapping.normalize(key), row.row());
                if (first != null) {
                    row.error(mapping.keyField(), key, keyLabel + " „" + key
                            + "“ kommt in der Datei doppelt vor (zuerst in Zeile " + first + ").");
                    return null;
                }
            }
            if (record == null || !row.ok()) {
                return null;
            }
            if (point == null) {
                row.error(LocationRules.LOCATION, null,
                        "Standort fehlt: Spalten lat und lon (Grad, WGS84) oder eine Punktgeometrie angeben.");
                return null;
            }
            for (ValidationIssue issue : service.kind().validateMatched(record, previous)) {
                if (issue.isError()) {
                    row.error(issue.field(), null, issue.message());
                } else {
                    row.warning(issue.field(), null, issue.message());
                }
            }
            return row.ok() ? record : null;
        };
    }

    /** The position from the lat/lon columns, else from a point geometry (GeoJSON); null if neither. */
    private static GeoPoint location(MappedRow row) {
        BigDecimal lat = coordinate(row, RegisterMapping.LAT);
        BigDecimal lon = coordinate(row, RegisterMapping.LON);
        if (lat != null && lon != null) {
            return new GeoPoint(lat.doubleValue(), lon.doubleValue());
        }
        Geometry g = row.geometry();
        if (lat == null && lon == null && g != null) {
            if (g instanceof Point p && !p.isEmpty()) {
                return new GeoPoint(p.getY(), p.getX());
            }
            row.error(RegisterMapping.POINT, g.getGeometryType(), "Die Geometrie ist ein " + g.getGeometryType()
                    + ", kein Punkt: ein Standort braucht einen Punkt (oder die Spalten lat und lon).");
        }
        return null;
    }

    private static BigDecimal coordinate(MappedRow row, String key) {
        String t = row.text(key);
        if (t == null) {
            return null;
        }
        BigDecimal v = Values.decimal(t, t.indexOf(',') >= 0);
        if (v == null || t.indexOf(',') >= 0 && t.indexOf('.') >= 0) {
            row.error(key, t, "„" + t + "“ ist keine Koordinate in Grad (z. B. 52,13153).");
            return null;
        }
        return v;
    }

    @Override
    public TargetWriter<A> writer(Transaction tx, ChangeSet cs, ExistingPolicy policy, Problems problems) {
        return (record, line) -> {
            Optional<A> old = service.find(tx, record.id());
            if (old.isPresent() && service.kind().values(old.get()).equals(service.kind().values(record))) {
                return Outcome.UNCHANGED;
            }
            if (old.isPresent() && policy == ExistingPolicy.SKIP) {
                problems.warning(line, mapping.keyField(), mapping.key(record), service.kind().noun() + " „"
                        + record.name() + "“ gibt es schon mit anderen Werten – übersprungen.");
                return Outcome.SKIPPED;
            }
            service.saveImported(tx, cs, record, old);
            return old.isPresent() ? Outcome.UPDATED : Outcome.INSERTED;
        };
    }

    @Override
    public void undo(Transaction tx, ChangeSet cs, List<AuditEntry> entries) {
        service.revert(tx, cs, entries);
    }

    @Override
    public void afterCommit() {
        afterCommit.run();
    }
}
