package de.netzatlas.exchange;

import static de.netzatlas.exchange.TargetField.FieldType.BOOLEAN;
import static de.netzatlas.exchange.TargetField.FieldType.DATE;
import static de.netzatlas.exchange.TargetField.FieldType.DECIMAL;
import static de.netzatlas.exchange.TargetField.FieldType.GEOMETRY;
import static de.netzatlas.exchange.TargetField.FieldType.TEXT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.mobile.FrequencyBand;
import de.netzatlas.mobile.MobileCsv;
import de.netzatlas.mobile.MobileOperator;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.mobile.RadioTechnology;

/**
 * Mobile sites as table rows: the columns of the mobile CSV ({@code MobileCsv.COLUMNS}), natural key
 * the Kennung (compared without case). A known Kennung updates that site, its status moving on.
 */
final class MobileMapping implements RegisterMapping<MobileSite> {

    static final List<TargetField> FIELDS = List.of(
            TargetField.of(MobileCsv.IDENTIFIER, "Kennung", true, TEXT, "Standortkennung", "Standort-ID", "site id",
                    "identifier").max(60),
            TargetField.of(MobileCsv.OPERATOR, "Betreiber", true, TEXT, "Netzbetreiber", "operator", "carrier"),
            TargetField.of(MobileCsv.TECHNOLOGY, "Technologie", true, TEXT, "Funktechnik", "technology", "RAT"),
            TargetField.of(MobileCsv.BANDS, "Frequenzbänder (MHz)", true, TEXT, "Bänder", "Frequenzen", "bands"),
            TargetField.of(MobileCsv.STATUS, "Status", true, TEXT, "Ausbaustatus", "state"),
            TargetField.of(MobileCsv.STATUS_SINCE, "Status seit", false, DATE, "status since"),
            TargetField.of(LAT, "Breite (WGS84)", false, DECIMAL, "Breite", "Breitengrad", "latitude", "y"),
            TargetField.of(LON, "Länge (WGS84)", false, DECIMAL, "Länge", "Längengrad", "longitude", "lng", "x"),
            TargetField.of(GEMEINDE, "Gemeinde (AGS)", false, TEXT, "Gemeindeschlüssel", "AGS", "municipality code"),
            TargetField.of(MobileCsv.RADIUS, "Radius (km)", false, DECIMAL, "Radius", "Versorgungsradius", "radius"),
            TargetField.of(MobileCsv.FUNDED, "Gefördert", false, BOOLEAN, "Förderung", "funded"),
            TargetField.of(MobileCsv.APPLICATION, "Antrag", false, DATE, "Antragsdatum", "application"),
            TargetField.of(MobileCsv.PERMIT, "Genehmigung", false, DATE, "Genehmigungsdatum", "permit"),
            TargetField.of(MobileCsv.CONSTRUCTION, "Baubeginn", false, DATE, "construction start"),
            TargetField.of(MobileCsv.ON_AIR, "Inbetriebnahme", false, DATE, "on air"),
            TargetField.of(MobileCsv.PLANNED_ON_AIR, "Geplante Inbetriebnahme", false, DATE, "planned on air"),
            TargetField.of(MobileCsv.NOTES, "Bemerkung", false, TEXT, "Bemerkungen", "Notizen", "notes", "remarks").max(4000),
            TargetField.of(POINT, "Standort (Punkt)", false, GEOMETRY));

    @Override
    public String id() {
        return "mobile";
    }

    @Override
    public String label() {
        return "Mobilfunkstandorte";
    }

    @Override
    public List<TargetField> fields() {
        return FIELDS;
    }

    @Override
    public String keyField() {
        return MobileCsv.IDENTIFIER;
    }

    @Override
    public String key(MobileSite stored) {
        return stored.identifier();
    }

    @Override
    public String key(MappedRow row) {
        return row.text(MobileCsv.IDENTIFIER);
    }

    @Override
    public MobileSite read(MappedRow row, String key, Optional<MobileSite> previous, GeoPoint location,
                           String gemeindeAgs) {
        MobileOperator operator = RegisterMapping.parsed(row, MobileCsv.OPERATOR, MobileOperator::parse,
                "Telekom, Vodafone, Telefónica, 1&1, Mobilfunkinfrastrukturgesellschaft");
        RadioTechnology technology = RegisterMapping.parsed(row, MobileCsv.TECHNOLOGY, RadioTechnology::parse, "LTE, 5G NR");
        Set<FrequencyBand> bands = EnumSet.noneOf(FrequencyBand.class);
        String bandText = row.text(MobileCsv.BANDS);
        for (String b : bandText == null ? new String[0] : bandText.split("[,;/ ]+")) {
            if (!b.isBlank()) {
                FrequencyBand.parse(b).ifPresentOrElse(bands::add, () -> row.error(MobileCsv.BANDS, b, "„" + b
                        + "“ ist kein Frequenzband (erlaubt: 700, 800, 900, 1800, 2100, 2600, 3600 MHz)."));
            }
        }
        MobileSiteStatus status = RegisterMapping.choice(row, MobileCsv.STATUS, MobileSiteStatus.class,
                MobileSiteStatus::label);
        LocalDate since = row.date(MobileCsv.STATUS_SINCE);
        BigDecimal radius = RegisterMapping.nonNegative(row, MobileCsv.RADIUS);
        Boolean funded = row.bool(MobileCsv.FUNDED);
        LocalDate application = row.date(MobileCsv.APPLICATION);
        LocalDate permit = row.date(MobileCsv.PERMIT);
        LocalDate construction = row.date(MobileCsv.CONSTRUCTION);
        LocalDate onAir = row.date(MobileCsv.ON_AIR);
        LocalDate planned = row.date(MobileCsv.PLANNED_ON_AIR);
        String notes = row.text(MobileCsv.NOTES);
        if (!row.ok() || key == null || status == null) {
            return null;
        }
        StatusHistory<MobileSiteStatus> history = previous.map(p -> p.history().then(status, since))
                .orElseGet(() -> StatusHistory.of(status, since));
        return new MobileSite(previous.map(MobileSite::id).orElseGet(UUID::randomUUID), key, operator, technology,
                bands, location, gemeindeAgs, radius == null ? null : radius.doubleValue(), Boolean.TRUE.equals(funded),
                history, application, permit, construction, onAir, planned, notes,
                previous.map(MobileSite::demo).orElse(false), previous.map(MobileSite::version).orElse(0));
    }

    @Override
    public List<Object> values(MobileSite s) {
        return Arrays.asList(s.identifier(), s.operator().label(), s.technology().label(),
                s.bands().stream().sorted().map(FrequencyBand::label).collect(Collectors.joining(",")),
                s.status().label(), s.history().currentSince().orElse(null), s.location().lat(), s.location().lon(),
                s.gemeindeAgs(), s.radiusKm(), s.funded(), s.applicationDate(), s.permitDate(), s.constructionStart(),
                s.onAirDate(), s.plannedOnAir(), s.notes());
    }
}
