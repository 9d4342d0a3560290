package de.netzatlas.schools;

import static de.netzatlas.store.schema.Tables.SCHOOL;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import de.netzatlas.asset.AssetRepository;
import de.netzatlas.asset.AssetStatusRepository;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.store.Database;
import de.netzatlas.store.schema.tables.records.SchoolRecord;

/**
 * The only place that reads and writes schools (table {@code school}) with their status history
 * (shared table, via {@link AssetStatusRepository}). Deletion is a tombstone; only demo rows are
 * removed physically ({@link AssetRepository}).
 */
public final class SchoolRepository extends AssetRepository<School, SchoolStatus, SchoolRecord> {

    public SchoolRepository(Database db, Clock clock, AssetStatusRepository statuses) {
        super(db, clock, statuses, SCHOOL, SchoolKind.TABLE, SchoolStatus.class,
                Map.of("schulnummer", "Schulnummer", "name", "Name der Schule", "traeger", "Schulträger",
                        "address", "Adresse", "notes", "Bemerkung"),
                List.of(SCHOOL.GEMEINDE_AGS, SCHOOL.NAME));
    }

    @Override
    protected School toAsset(SchoolRecord r, StatusHistory<SchoolStatus> h) {
        return new School(r.getId(), r.getSchulnummer(), r.getName(), SchoolType.valueOf(r.getSchoolType()),
                r.getTraeger(), r.getAddress(), r.getGemeindeAgs(), new GeoPoint(r.getLat(), r.getLon()),
                r.getPupils(), r.getDownMbit(), r.getUpMbit(), r.getTargetDownMbit(), r.getTargetUpMbit(), h,
                r.getTechnology() == null ? null : Technology.valueOf(r.getTechnology()),
                r.getPlannedDate(), r.getActualDate(), r.getCost(),
                r.getFundingSource() == null ? null : FundingSource.valueOf(r.getFundingSource()),
                r.getWlanStatus() == null ? null : WlanStatus.valueOf(r.getWlanStatus()),
                r.getNotes(), r.getDemo(), r.getVersion());
    }

    @Override
    protected void fill(SchoolRecord r, School s) {
        r.setSchulnummer(s.schulnummer().trim());
        r.setName(s.name());
        r.setSchoolType(s.type().name());
        r.setTraeger(s.traeger());
        r.setAddress(s.address());
        r.setPupils(s.pupils());
        r.setDownMbit(s.downMbit());
        r.setUpMbit(s.upMbit());
        r.setTargetDownMbit(s.targetDownMbit());
        r.setTargetUpMbit(s.targetUpMbit());
        r.setTechnology(s.technology() == null ? null : s.technology().name());
        r.setPlannedDate(s.plannedDate());
        r.setActualDate(s.actualDate());
        r.setCost(s.cost());
        r.setFundingSource(s.funding() == null ? null : s.funding().name());
        r.setWlanStatus(s.wlan() == null ? null : s.wlan().name());
        r.setNotes(s.notes());
    }

    @Override
    protected StatusHistory<SchoolStatus> history(School s) {
        return s.history();
    }
}
