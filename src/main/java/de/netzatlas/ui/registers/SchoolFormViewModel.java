package de.netzatlas.ui.registers;

import java.util.UUID;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.common.GeoText;
import de.netzatlas.common.GermanNumbers;
import de.netzatlas.common.Messages;
import de.netzatlas.schools.FundingSource;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolService;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.schools.SchoolType;
import de.netzatlas.schools.Technology;
import de.netzatlas.schools.WlanStatus;
import de.netzatlas.ui.common.BackgroundExecutor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State behind the school form (new or edit): the fields, read German style and checked by the school rules. */
public final class SchoolFormViewModel extends AssetFormViewModel<School> {

    final ObjectProperty<SchoolType> type = new SimpleObjectProperty<>(SchoolType.GRUNDSCHULE);
    final ObjectProperty<SchoolStatus> status = new SimpleObjectProperty<>(SchoolStatus.NICHT_ANGESCHLOSSEN);
    final ObjectProperty<Technology> technology = new SimpleObjectProperty<>();
    final ObjectProperty<FundingSource> funding = new SimpleObjectProperty<>();
    final ObjectProperty<WlanStatus> wlan = new SimpleObjectProperty<>();

    /** A form for {@code school}, or for a new school when it is null. */
    public SchoolFormViewModel(SchoolService service, BackgroundExecutor executor, Messages m, School school) {
        super(service, executor, m, school);
        if (school != null) {
            fill(school);
        }
        loaded(type, status, technology, funding, wlan);
    }

    private void fill(School s) {
        text("schulnummer").set(s.schulnummer());
        text("name").set(s.name());
        type.set(s.type());
        text("traeger").set(orEmpty(s.traeger()));
        text("adresse").set(orEmpty(s.address()));
        text("gemeinde_ags").set(orEmpty(s.gemeindeAgs()));
        text("lat").set(GeoText.of(s.location().lat()));
        text("lon").set(GeoText.of(s.location().lon()));
        text("schueler").set(s.pupils() == null ? "" : s.pupils().toString());
        text("down_mbit").set(s.downMbit() == null ? "" : s.downMbit().toString());
        text("up_mbit").set(s.upMbit() == null ? "" : s.upMbit().toString());
        status.set(s.status());
        text("status_seit").set(FieldReader.format(s.history().currentSince().orElse(null)));
        technology.set(s.technology());
        text("plan_anschluss").set(FieldReader.format(s.plannedDate()));
        text("ist_anschluss").set(FieldReader.format(s.actualDate()));
        text("kosten").set(s.cost() == null ? "" : GermanNumbers.money(s.cost()));
        funding.set(s.funding());
        wlan.set(s.wlan());
        text("bemerkung").set(orEmpty(s.notes()));
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    protected School draft(FieldReader in) {
        Double lat = in.decimal("lat", textOf("lat"));
        Double lon = in.decimal("lon", textOf("lon"));
        Integer pupils = in.integer("schueler", textOf("schueler"));
        Integer down = in.integer("down_mbit", textOf("down_mbit"));
        Integer up = in.integer("up_mbit", textOf("up_mbit"));
        var since = in.date("status_seit", textOf("status_seit"));
        var planned = in.date("plan_anschluss", textOf("plan_anschluss"));
        var actual = in.date("ist_anschluss", textOf("ist_anschluss"));
        var cost = in.money("kosten", textOf("kosten"));
        if (!in.problems().isEmpty()) {
            return null;
        }
        School s = original().orElse(null);
        StatusHistory<SchoolStatus> history = s == null ? StatusHistory.of(status.get(), since)
                : s.history().then(status.get(), since);
        return new School(s == null ? UUID.randomUUID() : s.id(), textOf("schulnummer").strip(),
                textOf("name").strip(), type.get(), FieldReader.blankToNull(textOf("traeger")),
                FieldReader.blankToNull(textOf("adresse")), FieldReader.blankToNull(textOf("gemeinde_ags")),
                new GeoPoint(lat, lon), pupils, down, up,
                s == null ? School.DEFAULT_TARGET_DOWN : s.targetDownMbit(),
                s == null ? School.DEFAULT_TARGET_UP : s.targetUpMbit(), history, technology.get(), planned, actual,
                cost, funding.get(), wlan.get(), FieldReader.blankToNull(textOf("bemerkung")), s != null && s.demo(),
                s == null ? 0 : s.version());
    }

    @Override
    protected School withGemeinde(School draft, String gemeindeAgs) {
        return draft.withLocation(draft.location(), gemeindeAgs);
    }
}
