package de.netzatlas.ui.mobile;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.asset.ValidationIssue;
import de.netzatlas.common.GeoText;
import de.netzatlas.common.Messages;
import de.netzatlas.mobile.FrequencyBand;
import de.netzatlas.mobile.MobileOperator;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.mobile.RadioTechnology;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.FormGrid;
import de.netzatlas.ui.registers.RegisterForm;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * The mobile site form (new or edit): fields named like the CSV columns ({@code kennung},
 * {@code baender}, …), so the register's validation messages land on the right field; saved
 * through the register's audited service (undoable with Ctrl+Z).
 */
final class MobileSiteForm {

    private MobileSiteForm() {
    }

    static void show(Window owner, MobileSite existing, MobileViewModel vm, BackgroundExecutor executor, Messages m,
                     Runnable saved) {
        MobileSite s = existing;
        FormGrid f = new FormGrid();
        TextField identifier = f.text("kennung", m.get("mobile.col.identifier"), s == null ? "" : s.identifier());
        ComboBox<MobileOperator> operator = f.choice("betreiber", m.get("mobile.col.operator"),
                Arrays.asList(MobileOperator.values()), s == null ? MobileOperator.TELEKOM : s.operator(),
                MobileOperator::label);
        ComboBox<RadioTechnology> technology = f.choice("technologie", m.get("mobile.col.technology"),
                Arrays.asList(RadioTechnology.values()), s == null ? RadioTechnology.NR : s.technology(),
                RadioTechnology::label);
        TextField bands = f.text("baender", m.get("mobile.col.bands"), s == null ? "3600" : s.bandsText());
        bands.setPromptText("700, 800, 1800, 3600");
        TextField lat = f.text("lat", m.get("schools.form.lat"), s == null ? "" : GeoText.of(s.location().lat()));
        TextField lon = f.text("lon", m.get("schools.form.lon"), s == null ? "" : GeoText.of(s.location().lon()));
        TextField ags = f.text("gemeinde_ags", m.get("schools.form.ags"), s == null ? "" : s.gemeindeAgs());
        ags.setPromptText(m.get("schools.form.agsPrompt"));
        TextField radius = f.text("radius_km", m.get("mobile.col.radius"),
                s == null || s.radiusKm() == null ? "" : GeoText.of(s.radiusKm()));
        radius.setPromptText(m.get("mobile.form.radiusPrompt"));
        ComboBox<MobileSiteStatus> status = f.choice("status", m.get("mobile.col.status"),
                Arrays.asList(MobileSiteStatus.values()), s == null ? MobileSiteStatus.GEPLANT : s.status(),
                MobileSiteStatus::label);
        TextField since = f.date("status_seit", m.get("schools.form.since"),
                s == null ? null : s.history().currentSince().orElse(null));
        TextField application = f.date("antrag", m.get("mobile.form.application"), s == null ? null : s.applicationDate());
        TextField permit = f.date("genehmigung", m.get("mobile.form.permit"), s == null ? null : s.permitDate());
        TextField construction = f.date("baubeginn", m.get("mobile.form.construction"),
                s == null ? null : s.constructionStart());
        TextField onAir = f.date("inbetriebnahme", m.get("mobile.form.onAir"), s == null ? null : s.onAirDate());
        TextField planned = f.date("geplante_inbetriebnahme", m.get("mobile.form.plannedOnAir"),
                s == null ? null : s.plannedOnAir());
        CheckBox funded = new CheckBox(m.get("mobile.form.funded"));
        funded.setSelected(s != null && s.funded());
        ((javafx.scene.layout.GridPane) f.node()).addRow(99, new javafx.scene.control.Label(""), funded);
        TextField notes = f.text("bemerkung", m.get("schools.form.notes"), s == null ? "" : s.notes());
        RegisterForm.Draft<MobileSite> draft = () -> {
            Double la = f.decimal("lat", lat);
            Double lo = f.decimal("lon", lon);
            Double r = radius.getText().isBlank() ? null : f.decimal("radius_km", radius);
            Set<FrequencyBand> bandSet = EnumSet.noneOf(FrequencyBand.class);
            for (String b : bands.getText().split("[,;\\s]+")) {
                if (!b.isBlank()) {
                    FrequencyBand.parse(b).ifPresentOrElse(bandSet::add, () -> f.problems.add(
                            ValidationIssue.error("baender", "„" + b.strip() + "“ ist kein Frequenzband (700, 800, 900,"
                                    + " 1800, 2100, 2600, 3600).")));
                }
            }
            LocalDate since0 = f.date("status_seit", since);
            LocalDate a = f.date("antrag", application);
            LocalDate p = f.date("genehmigung", permit);
            LocalDate c = f.date("baubeginn", construction);
            LocalDate o = f.date("inbetriebnahme", onAir);
            LocalDate pl = f.date("geplante_inbetriebnahme", planned);
            if (!f.problems.isEmpty()) {
                return null;
            }
            StatusHistory<MobileSiteStatus> h = s == null ? StatusHistory.of(status.getValue(), since0)
                    : s.history().then(status.getValue(), since0);
            return new MobileSite(s == null ? UUID.randomUUID() : s.id(), identifier.getText().strip(),
                    operator.getValue(), technology.getValue(), bandSet, new GeoPoint(la, lo),
                    FormGrid.blankToNull(ags.getText()), r, funded.isSelected(), h, a, p, c, o, pl,
                    FormGrid.blankToNull(notes.getText()), s != null && s.demo(), s == null ? 0 : s.version());
        };
        RegisterForm.show(owner, m.get(s == null ? "mobile.form.new" : "mobile.form.edit"), f, draft,
                site -> site.at(site.location(), vm.register().sites().locations()
                        .gemeindeFor(site.location(), site.gemeindeAgs())),
                vm.register().sites(), executor, m, saved);
    }
}
