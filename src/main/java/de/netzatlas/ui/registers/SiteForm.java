package de.netzatlas.ui.registers;

import java.util.Arrays;

import de.netzatlas.common.Messages;
import de.netzatlas.sites.BandwidthClass;
import de.netzatlas.sites.Redundancy;
import de.netzatlas.sites.SiteClass;
import de.netzatlas.sites.SiteStatus;
import de.netzatlas.ui.common.FormGrid;

import javafx.stage.Window;

/** The ITN-XT site form (new or edit): fields named like the CSV columns, bound to a {@link SiteFormViewModel}. */
final class SiteForm {

    private SiteForm() {
    }

    static void show(Window owner, SiteFormViewModel vm, Messages m, Runnable saved) {
        FormGrid f = new FormGrid();
        RegisterForm.text(f, vm, "name", m.get("sites.col.name"));
        RegisterForm.text(f, vm, "behoerde", m.get("sites.col.authority"));
        RegisterForm.choice(f, "klasse", m.get("sites.col.class"), Arrays.asList(SiteClass.values()), vm.siteClass,
                m::label);
        RegisterForm.text(f, vm, "adresse", m.get("schools.form.address"));
        RegisterForm.text(f, vm, "gemeinde_ags", m.get("schools.form.ags")).setPromptText(m.get("schools.form.agsPrompt"));
        RegisterForm.text(f, vm, "lat", m.get("schools.form.lat"));
        RegisterForm.text(f, vm, "lon", m.get("schools.form.lon"));
        RegisterForm.choice(f, "bandbreite", m.get("sites.col.bandwidth"), Arrays.asList(BandwidthClass.values()),
                vm.bandwidth, m::label);
        RegisterForm.choice(f, "redundanz", m.get("sites.col.redundancy"), Arrays.asList(Redundancy.values()),
                vm.redundancy, m::label);
        RegisterForm.choice(f, "status", m.get("schools.col.status"), Arrays.asList(SiteStatus.values()), vm.status,
                m::label);
        RegisterForm.date(f, vm, "status_seit", m.get("schools.form.since"));
        RegisterForm.date(f, vm, "migration_geplant", m.get("sites.form.planned"));
        RegisterForm.date(f, vm, "migration_beginn", m.get("sites.form.start"));
        RegisterForm.date(f, vm, "migriert_am", m.get("sites.form.done"));
        RegisterForm.date(f, vm, "rueckbau_am", m.get("sites.form.gone"));
        RegisterForm.check(f, m.get("sites.form.telephony"), vm.telephony);
        RegisterForm.text(f, vm, "bemerkung", m.get("schools.form.notes"));
        RegisterForm.show(owner, m.get(vm.isNew() ? "sites.form.new" : "sites.form.edit"), f, vm, m, saved);
    }
}
