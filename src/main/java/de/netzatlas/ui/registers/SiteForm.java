package de.netzatlas.ui.registers;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.common.GeoText;
import de.netzatlas.common.Messages;
import de.netzatlas.sites.BandwidthClass;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.Redundancy;
import de.netzatlas.sites.SiteClass;
import de.netzatlas.sites.SiteStatus;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.FormGrid;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The ITN-XT site form (new or edit): fields named like the CSV columns, validated by the site rules. */
final class SiteForm {

    private SiteForm() {
    }

    static void show(Window owner, ItnSite existing, AssetListViewModel<ItnSite> vm, BackgroundExecutor executor,
                     Messages m, Runnable saved) {
        ItnSite s = existing;
        FormGrid f = new FormGrid();
        TextField name = f.text("name", m.get("sites.col.name"), s == null ? "" : s.name());
        TextField authority = f.text("behoerde", m.get("sites.col.authority"), s == null ? "" : s.authority());
        ComboBox<SiteClass> cls = f.choice("klasse", m.get("sites.col.class"), Arrays.asList(SiteClass.values()),
                s == null ? SiteClass.NEBENSTANDORT : s.siteClass(), SiteClass::label);
        TextField address = f.text("adresse", m.get("schools.form.address"), s == null ? "" : s.address());
        TextField ags = f.text("gemeinde_ags", m.get("schools.form.ags"), s == null ? "" : s.gemeindeAgs());
        ags.setPromptText(m.get("schools.form.agsPrompt"));
        TextField lat = f.text("lat", m.get("schools.form.lat"), s == null ? "" : GeoText.of(s.location().lat()));
        TextField lon = f.text("lon", m.get("schools.form.lon"), s == null ? "" : GeoText.of(s.location().lon()));
        ComboBox<BandwidthClass> bw = f.choice("bandbreite", m.get("sites.col.bandwidth"),
                Arrays.asList(BandwidthClass.values()), s == null ? BandwidthClass.MBIT_100 : s.bandwidth(),
                BandwidthClass::label);
        ComboBox<Redundancy> red = f.choice("redundanz", m.get("sites.col.redundancy"), Arrays.asList(Redundancy.values()),
                s == null ? Redundancy.KEINE : s.redundancy(), Redundancy::label);
        ComboBox<SiteStatus> status = f.choice("status", m.get("schools.col.status"), Arrays.asList(SiteStatus.values()),
                s == null ? SiteStatus.ALTNETZ : s.status(), SiteStatus::label);
        TextField since = f.date("status_seit", m.get("schools.form.since"), s == null ? null : s.history().currentSince().orElse(null));
        TextField planned = f.date("migration_geplant", m.get("sites.form.planned"), s == null ? null : s.plannedMigration());
        TextField start = f.date("migration_beginn", m.get("sites.form.start"), s == null ? null : s.migrationStart());
        TextField done = f.date("migriert_am", m.get("sites.form.done"), s == null ? null : s.migrated());
        TextField gone = f.date("rueckbau_am", m.get("sites.form.gone"), s == null ? null : s.decommissioned());
        CheckBox telephony = new CheckBox(m.get("sites.form.telephony"));
        telephony.setSelected(s != null && s.telephonyMigrated());
        ((javafx.scene.layout.GridPane) f.node()).addRow(99, new javafx.scene.control.Label(""), telephony);
        TextField notes = f.text("bemerkung", m.get("schools.form.notes"), s == null ? "" : s.notes());
        RegisterForm.Draft<ItnSite> draft = () -> {
            Double la = f.decimal("lat", lat);
            Double lo = f.decimal("lon", lon);
            LocalDate since0 = f.date("status_seit", since);
            LocalDate p = f.date("migration_geplant", planned);
            LocalDate st = f.date("migration_beginn", start);
            LocalDate d = f.date("migriert_am", done);
            LocalDate g = f.date("rueckbau_am", gone);
            if (!f.problems.isEmpty()) {
                return null;
            }
            StatusHistory<SiteStatus> h = s == null ? StatusHistory.of(status.getValue(), since0)
                    : s.history().then(status.getValue(), since0);
            return new ItnSite(s == null ? UUID.randomUUID() : s.id(), name.getText().strip(),
                    FormGrid.blankToNull(authority.getText()), cls.getValue(), FormGrid.blankToNull(address.getText()),
                    FormGrid.blankToNull(ags.getText()), new GeoPoint(la, lo), bw.getValue(), red.getValue(), h, p, st, d, g,
                    telephony.isSelected(), FormGrid.blankToNull(notes.getText()), s != null && s.demo(),
                    s == null ? 0 : s.version());
        };
        RegisterForm.show(owner, m.get(s == null ? "sites.form.new" : "sites.form.edit"), f, draft,
                site -> site.withLocation(site.location(),
                        vm.service().locations().gemeindeFor(site.location(), site.gemeindeAgs())),
                vm, executor, m, saved);
    }
}
