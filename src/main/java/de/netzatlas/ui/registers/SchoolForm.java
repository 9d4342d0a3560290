package de.netzatlas.ui.registers;

import java.util.Arrays;

import de.netzatlas.common.Messages;
import de.netzatlas.schools.FundingSource;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.schools.SchoolType;
import de.netzatlas.schools.Technology;
import de.netzatlas.schools.WlanStatus;
import de.netzatlas.ui.common.FormGrid;

import javafx.stage.Window;

/** The school form (new or edit): fields named like the CSV columns, bound to a {@link SchoolFormViewModel}. */
final class SchoolForm {

    private SchoolForm() {
    }

    static void show(Window owner, SchoolFormViewModel vm, Messages m, Runnable saved) {
        FormGrid f = new FormGrid();
        RegisterForm.text(f, vm, "schulnummer", m.get("schools.col.nummer"));
        RegisterForm.text(f, vm, "name", m.get("schools.col.name"));
        RegisterForm.choice(f, "schulform", m.get("schools.col.type"), Arrays.asList(SchoolType.values()), vm.type,
                m::label);
        RegisterForm.text(f, vm, "traeger", m.get("schools.form.traeger"));
        RegisterForm.text(f, vm, "adresse", m.get("schools.form.address"));
        RegisterForm.text(f, vm, "gemeinde_ags", m.get("schools.form.ags")).setPromptText(m.get("schools.form.agsPrompt"));
        RegisterForm.text(f, vm, "lat", m.get("schools.form.lat"));
        RegisterForm.text(f, vm, "lon", m.get("schools.form.lon"));
        RegisterForm.text(f, vm, "schueler", m.get("schools.col.pupils"));
        RegisterForm.text(f, vm, "down_mbit", m.get("schools.form.down"));
        RegisterForm.text(f, vm, "up_mbit", m.get("schools.form.up"));
        RegisterForm.choice(f, "status", m.get("schools.col.status"), Arrays.asList(SchoolStatus.values()), vm.status,
                m::label);
        RegisterForm.date(f, vm, "status_seit", m.get("schools.form.since"));
        RegisterForm.choice(f, "technologie", m.get("schools.form.technology"), Arrays.asList(Technology.values()),
                vm.technology, m::label);
        RegisterForm.date(f, vm, "plan_anschluss", m.get("schools.col.planned"));
        RegisterForm.date(f, vm, "ist_anschluss", m.get("schools.form.actual"));
        RegisterForm.text(f, vm, "kosten", m.get("schools.form.cost")).setPromptText("78.450,00");
        RegisterForm.choice(f, "foerderung", m.get("schools.form.funding"), Arrays.asList(FundingSource.values()),
                vm.funding, m::label);
        RegisterForm.choice(f, "wlan", m.get("schools.form.wlan"), Arrays.asList(WlanStatus.values()), vm.wlan,
                m::label);
        RegisterForm.text(f, vm, "bemerkung", m.get("schools.form.notes"));
        RegisterForm.show(owner, m.get(vm.isNew() ? "schools.form.new" : "schools.form.edit"), f, vm, m, saved);
    }
}
