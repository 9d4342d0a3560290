package de.netzatlas.mobile;

import static de.netzatlas.store.schema.Tables.MOBILE_SITE;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.netzatlas.asset.AssetRepository;
import de.netzatlas.asset.AssetStatusRepository;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.store.Database;
import de.netzatlas.store.schema.tables.records.MobileSiteRecord;

/**
 * The only place that reads and writes mobile sites (table {@code mobile_site}); the status history
 * goes to {@code asset_status_change} in the same transaction. Deletion is a tombstone; only demo
 * rows are ever removed physically ({@link AssetRepository}).
 */
public final class MobileSiteRepository extends AssetRepository<MobileSite, MobileSiteStatus, MobileSiteRecord> {

    public MobileSiteRepository(Database db, Clock clock, AssetStatusRepository statuses) {
        super(db, clock, statuses, MOBILE_SITE, MobileSiteKind.TABLE, MobileSiteStatus.class,
                Map.of("identifier", "Standort-ID", "notes", "Bemerkung"), List.of(MOBILE_SITE.IDENTIFIER));
    }

    /** Whether a live site other than {@code except} has this identifier (case-insensitive). */
    public boolean identifierTaken(String identifier, UUID except) {
        return db().dsl().fetchExists(MOBILE_SITE, MOBILE_SITE.DELETED.isFalse()
                .and(MOBILE_SITE.IDENTIFIER.equalIgnoreCase(identifier))
                .and(except == null ? MOBILE_SITE.ID.isNotNull() : MOBILE_SITE.ID.ne(except)));
    }

    /** A stored history that no longer ends in the row's status column gives way to that status. */
    @Override
    protected StatusHistory<MobileSiteStatus> resolve(StatusHistory<MobileSiteStatus> stored, MobileSiteStatus current) {
        return stored == null || stored.current() != current ? StatusHistory.of(current, null) : stored;
    }

    @Override
    protected MobileSite toAsset(MobileSiteRecord r, StatusHistory<MobileSiteStatus> h) {
        return new MobileSite(r.getId(), r.getIdentifier(), MobileOperator.valueOf(r.getOperator()),
                RadioTechnology.valueOf(r.getTechnology()), bands(r.getBands()),
                new GeoPoint(r.getLat(), r.getLon()), r.getGemeindeAgs(), r.getRadiusKm(), r.getFunded(), h,
                r.getApplicationDate(), r.getPermitDate(), r.getConstructionStart(), r.getOnAirDate(),
                r.getPlannedOnAir(), r.getNotes(), r.getDemo(), r.getVersion());
    }

    static Set<FrequencyBand> bands(String text) {
        Set<FrequencyBand> out = EnumSet.noneOf(FrequencyBand.class);
        if (text != null && !text.isBlank()) {
            for (String b : text.split(",")) {
                FrequencyBand.parse(b).ifPresent(out::add);
            }
        }
        return out;
    }

    @Override
    protected void fill(MobileSiteRecord r, MobileSite s) {
        r.setIdentifier(s.identifier().trim());
        r.setOperator(s.operator().name());
        r.setTechnology(s.technology().name());
        r.setBands(s.bands().stream().sorted().map(FrequencyBand::label).collect(Collectors.joining(",")));
        r.setRadiusKm(s.radiusKm());
        r.setFunded(s.funded());
        r.setApplicationDate(s.applicationDate());
        r.setPermitDate(s.permitDate());
        r.setConstructionStart(s.constructionStart());
        r.setOnAirDate(s.onAirDate());
        r.setPlannedOnAir(s.plannedOnAir());
        r.setNotes(s.notes());
    }

    @Override
    protected StatusHistory<MobileSiteStatus> history(MobileSite s) {
        return s.history();
    }
}
