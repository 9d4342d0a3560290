package de.netzatlas.ui.mobile;

import java.util.Arrays;

import de.netzatlas.common.Messages;
import de.netzatlas.mobile.MobileOperator;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.mobile.RadioTechnology;
import de.netzatlas.ui.common.FormGrid;
import de.netzatlas.ui.registers.RegisterForm;

import javafx.stage.Window;

/**
 * The mobile site form (new or edit): fields named like the CSV columns ({@code kennung},
 * {@code baender}, …), bound to a {@link MobileSiteFormViewModel}.
 */
final class MobileSiteForm {

    private MobileSiteForm() {
    }

    static void show(Window owner, MobileSiteFormViewModel vm, Messages m, Runnable saved) {
        FormGrid f = new FormGrid();
        RegisterForm.text(f, vm, "kennung", m.get("mobile.col.identifier"));
        RegisterForm.choice(f, "betreiber", m.get("mobile.col.operator"), Arrays.asList(MobileOperator.values()),
                vm.operator, m::label);
        RegisterForm.choice(f, "technologie", m.get("mobile.col.technology"), Arrays.asList(RadioTechnology.values()),
                vm.technology, m::label);
        RegisterForm.text(f, vm, "baender", m.get("mobile.col.bands")).setPromptText("700, 800, 1800, 3600");
        RegisterForm.text(f, vm, "lat", m.get("schools.form.lat"));
        RegisterForm.text(f, vm, "lon", m.get("schools.form.lon"));
        RegisterForm.text(f, vm, "gemeinde_ags", m.get("schools.form.ags")).setPromptText(m.get("schools.form.agsPrompt"));
        RegisterForm.text(f, vm, "radius_km", m.get("mobile.col.radius")).setPromptText(m.get("mobile.form.radiusPrompt"));
        RegisterForm.choice(f, "status", m.get("mobile.col.status"), Arrays.asList(MobileSiteStatus.values()), vm.status,
                m::label);
        RegisterForm.date(f, vm, "status_seit", m.get("schools.form.since"));
        RegisterForm.date(f, vm, "antrag", m.get("mobile.form.application"));
        RegisterForm.date(f, vm, "genehmigung", m.get("mobile.form.permit"));
        RegisterForm.date(f, vm, "baubeginn", m.get("mobile.form.construction"));
        RegisterForm.date(f, vm, "inbetriebnahme", m.get("mobile.form.onAir"));
        RegisterForm.date(f, vm, "geplante_inbetriebnahme", m.get("mobile.form.plannedOnAir"));
        RegisterForm.check(f, m.get("mobile.form.funded"), vm.funded);
        RegisterForm.text(f, vm, "bemerkung", m.get("schools.form.notes"));
        RegisterForm.show(owner, m.get(vm.isNew() ? "mobile.form.new" : "mobile.form.edit"), f, vm, m, saved);
    }
}
