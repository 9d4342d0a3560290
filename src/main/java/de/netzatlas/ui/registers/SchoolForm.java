package de.netzatlas.ui.registers;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.common.GeoText;
import de.netzatlas.common.GermanNumbers;
import de.netzatlas.common.Messages;
import de.netzatlas.schools.FundingSource;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.schools.SchoolType;
import de.netzatlas.schools.Technology;
import de.netzatlas.schools.WlanStatus;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.FormGrid;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The school form (new or edit): fields named like the CSV columns, validated by the school rules. */
final class SchoolForm {

    private SchoolForm() {
    }

    static void show(Window owner, School existing, AssetListViewModel<School> vm, BackgroundExecutor executor,
                     Messages m, Runnable saved) {
        School s = existing;
        FormGrid f = new FormGrid();
        TextField nummer = f.text("schulnummer", m.get("schools.col.nummer"), s == null ? "" : s.schulnummer());
        TextField name = f.text("name", m.get("schools.col.name"), s == null ? "" : s.name());
        ComboBox<SchoolType> type = f.choice("schulform", m.get("schools.col.type"), Arrays.asList(SchoolType.values()),
                s == null ? SchoolType.GRUNDSCHULE : s.type(), SchoolType::label);
        TextField traeger = f.text("traeger", m.get("schools.form.traeger"), s == null ? "" : s.traeger());
        TextField address = f.text("adresse", m.get("schools.form.address"), s == null ? "" : s.address());
        TextField ags = f.text("gemeinde_ags", m.get("schools.form.ags"), s == null ? "" : s.gemeindeAgs());
        ags.setPromptText(m.get("schools.form.agsPrompt"));
        TextField lat = f.text("lat", m.get("schools.form.lat"), s == null ? "" : GeoText.of(s.location().lat()));
        TextField lon = f.text("lon", m.get("schools.form.lon"), s == null ? "" : GeoText.of(s.location().lon()));
        TextField pupils = f.text("schueler", m.get("schools.col.pupils"), s == null || s.pupils() == null ? "" : s.pupils().toString());
        TextField down = f.text("down_mbit", m.get("schools.form.down"), s == null || s.downMbit() == null ? "" : s.downMbit().toString());
        TextField up = f.text("up_mbit", m.get("schools.form.up"), s == null || s.upMbit() == null ? "" : s.upMbit().toString());
        ComboBox<SchoolStatus> status = f.choice("status", m.get("schools.col.status"), Arrays.asList(SchoolStatus.values()),
                s == null ? SchoolStatus.NICHT_ANGESCHLOSSEN : s.status(), SchoolStatus::label);
        TextField since = f.date("status_seit", m.get("schools.form.since"), s == null ? null : s.history().currentSince().orElse(null));
        ComboBox<Technology> tech = f.choice("technologie", m.get("schools.form.technology"),
                Arrays.asList(Technology.values()), s == null ? null : s.technology(), Technology::label);
        TextField planned = f.date("plan_anschluss", m.get("schools.col.planned"), s == null ? null : s.plannedDate());
        TextField actual = f.date("ist_anschluss", m.get("schools.form.actual"), s == null ? null : s.actualDate());
        TextField cost = f.text("kosten", m.get("schools.form.cost"),
                s == null || s.cost() == null ? "" : GermanNumbers.money(s.cost()));
        cost.setPromptText("78.450,00");
        ComboBox<FundingSource> funding = f.choice("foerderung", m.get("schools.form.funding"),
                Arrays.asList(FundingSource.values()), s == null ? null : s.funding(), FundingSource::label);
        ComboBox<WlanStatus> wlan = f.choice("wlan", m.get("schools.form.wlan"), Arrays.asList(WlanStatus.values()),
                s == null ? null : s.wlan(), WlanStatus::label);
        TextField notes = f.text("bemerkung", m.get("schools.form.notes"), s == null ? "" : s.notes());
        RegisterForm.Draft<School> draft = () -> {
            Double la = f.decimal("lat", lat);
            Double lo = f.decimal("lon", lon);
            Integer p = f.integer("schueler", pupils);
            Integer d = f.integer("down_mbit", down);
            Integer u = f.integer("up_mbit", up);
            LocalDate since0 = f.date("status_seit", since);
            LocalDate plan = f.date("plan_anschluss", planned);
            LocalDate act = f.date("ist_anschluss", actual);
            java.math.BigDecimal amount = GermanNumbers.parseMoney(cost.getText()).orElse(null);
            if (amount == null && !cost.getText().isBlank()) {
                f.problems.add(de.netzatlas.asset.ValidationIssue.error("kosten",
                        "„" + cost.getText().strip() + "“ ist kein Betrag (z. B. 78.450,00)."));
            }
            if (!f.problems.isEmpty()) {
                return null;
            }
            StatusHistory<SchoolStatus> h = s == null ? StatusHistory.of(status.getValue(), since0)
                    : s.history().then(status.getValue(), since0);
            return new School(s == null ? UUID.randomUUID() : s.id(), nummer.getText().strip(), name.getText().strip(),
                    type.getValue(), FormGrid.blankToNull(traeger.getText()), FormGrid.blankToNull(address.getText()),
                    FormGrid.blankToNull(ags.getText()), new GeoPoint(la, lo), p, d, u,
                    s == null ? School.DEFAULT_TARGET_DOWN : s.targetDownMbit(),
                    s == null ? School.DEFAULT_TARGET_UP : s.targetUpMbit(), h, tech.getValue(), plan, act,
                    amount, funding.getValue(), wlan.getValue(), FormGrid.blankToNull(notes.getText()),
                    s != null && s.demo(), s == null ? 0 : s.version());
        };
        RegisterForm.show(owner, m.get(s == null ? "schools.form.new" : "schools.form.edit"), f, draft,
                school -> school.withLocation(school.location(),
                        vm.service().locations().gemeindeFor(school.location(), school.gemeindeAgs())),
                vm, executor, m, saved);
    }
}
