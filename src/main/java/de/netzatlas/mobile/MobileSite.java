package de.netzatlas.mobile;

import java.time.LocalDate;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.LocatedAsset;
import de.netzatlas.asset.StatusHistory;

/**
 * A mobile site (Mobilfunkstandort): one technology of one operator at one place. {@code radiusKm}
 * null means the default radius from its bands and the settlement density of its Gemeinde.
 * Dates: application (Antrag), permit (Genehmigung), construction start, on air (Inbetriebnahme)
 * in this order, plus the planned on-air date.
 */
public record MobileSite(
        UUID id,
        String identifier,
        MobileOperator operator,
        RadioTechnology technology,
        Set<FrequencyBand> bands,
        GeoPoint location,
        String gemeindeAgs,
        Double radiusKm,
        boolean funded,
        StatusHistory<MobileSiteStatus> history,
        LocalDate applicationDate,
        LocalDate permitDate,
        LocalDate constructionStart,
        LocalDate onAirDate,
        LocalDate plannedOnAir,
        String notes,
        boolean demo,
        int version) implements LocatedAsset<MobileSiteStatus> {

    public MobileSite {
        bands = bands == null || bands.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(bands));
    }

    @Override
    public String name() {
        return identifier;
    }

    @Override
    public MobileSiteStatus status() {
        return history.current();
    }

    public boolean inOperation() {
        return status() == MobileSiteStatus.IN_BETRIEB;
    }

    /** "700, 1800" sorted by frequency. */
    public String bandsText() {
        return bands.stream().sorted().map(FrequencyBand::label).collect(Collectors.joining(", "));
    }

    public MobileSite withVersion(int v) {
        return new MobileSite(id, identifier, operator, technology, bands, location, gemeindeAgs, radiusKm, funded,
                history, applicationDate, permitDate, constructionStart, onAirDate, plannedOnAir, notes, demo, v);
    }

    public MobileSite at(GeoPoint to, String ags) {
        return new MobileSite(id, identifier, operator, technology, bands, to, ags, radiusKm, funded,
                history, applicationDate, permitDate, constructionStart, onAirDate, plannedOnAir, notes, demo, version);
    }

    public MobileSite withHistory(StatusHistory<MobileSiteStatus> h) {
        return new MobileSite(id, identifier, operator, technology, bands, location, gemeindeAgs, radiusKm, funded,
                h, applicationDate, permitDate, constructionStart, onAirDate, plannedOnAir, notes, demo, version);
    }

    /** The record's own date for reaching {@code s} where the status history has none. */
    public Optional<LocalDate> dateOf(MobileSiteStatus s) {
        return Optional.ofNullable(switch (s) {
            case GENEHMIGUNG -> permitDate;
            case IM_BAU -> constructionStart;
            case IN_BETRIEB -> onAirDate;
            default -> null;
        });
    }
}
