package de.netzatlas.ui.registers;

import java.util.UUID;

import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.common.GeoText;
import de.netzatlas.common.Messages;
import de.netzatlas.sites.BandwidthClass;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.Redundancy;
import de.netzatlas.sites.SiteClass;
import de.netzatlas.sites.SiteService;
import de.netzatlas.sites.SiteStatus;
import de.netzatlas.ui.common.BackgroundExecutor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State behind the ITN-XT site form (new or edit): the fields, read German style and checked by the site rules. */
public final class SiteFormViewModel extends AssetFormViewModel<ItnSite> {

    final ObjectProperty<SiteClass> siteClass = new SimpleObjectProperty<>(SiteClass.NEBENSTANDORT);
    final ObjectProperty<BandwidthClass> bandwidth = new SimpleObjectProperty<>(BandwidthClass.MBIT_100);
    final ObjectProperty<Redundancy> redundancy = new SimpleObjectProperty<>(Redundancy.KEINE);
    final ObjectProperty<SiteStatus> status = new SimpleObjectProperty<>(SiteStatus.ALTNETZ);
    final BooleanProperty telephony = new SimpleBooleanProperty();

    /** A form for {@code site}, or for a new site when it is null. */
    public SiteFormViewModel(SiteService service, BackgroundExecutor executor, Messages m, ItnSite site) {
        super(service, executor, m, site);
        if (site != null) {
            fill(site);
        }
        loaded(siteClass, bandwidth, redundancy, status, telephony);
    }

    private void fill(ItnSite s) {
        text("name").set(s.name());
        text("behoerde").set(SchoolFormViewModel.orEmpty(s.authority()));
        siteClass.set(s.siteClass());
        text("adresse").set(SchoolFormViewModel.orEmpty(s.address()));
        text("gemeinde_ags").set(SchoolFormViewModel.orEmpty(s.gemeindeAgs()));
        text("lat").set(GeoText.of(s.location().lat()));
        text("lon").set(GeoText.of(s.location().lon()));
        bandwidth.set(s.bandwidth());
        redundancy.set(s.redundancy());
        status.set(s.status());
        text("status_seit").set(FieldReader.format(s.history().currentSince().orElse(null)));
        text("migration_geplant").set(FieldReader.format(s.plannedMigration()));
        text("migration_beginn").set(FieldReader.format(s.migrationStart()));
        text("migriert_am").set(FieldReader.format(s.migrated()));
        text("rueckbau_am").set(FieldReader.format(s.decommissioned()));
        telephony.set(s.telephonyMigrated());
        text("bemerkung").set(SchoolFormViewModel.orEmpty(s.notes()));
    }

    @Override
    protected ItnSite draft(FieldReader in) {
        Double lat = in.decimal("lat", textOf("lat"));
        Double lon = in.decimal("lon", textOf("lon"));
        var since = in.date("status_seit", textOf("status_seit"));
        var planned = in.date("migration_geplant", textOf("migration_geplant"));
        var start = in.date("migration_beginn", textOf("migration_beginn"));
        var done = in.date("migriert_am", textOf("migriert_am"));
        var gone = in.date("rueckbau_am", textOf("rueckbau_am"));
        if (!in.problems().isEmpty()) {
            return null;
        }
        ItnSite s = original().orElse(null);
        StatusHistory<SiteStatus> history = s == null ? StatusHistory.of(status.get(), since)
                : s.history().then(status.get(), since);
        return new ItnSite(s == null ? UUID.randomUUID() : s.id(), textOf("name").strip(),
                FieldReader.blankToNull(textOf("behoerde")), siteClass.get(), FieldReader.blankToNull(textOf("adresse")),
                FieldReader.blankToNull(textOf("gemeinde_ags")), new GeoPoint(lat, lon), bandwidth.get(),
                redundancy.get(), history, planned, start, done, gone, telephony.get(),
                FieldReader.blankToNull(textOf("bemerkung")), s != null && s.demo(), s == null ? 0 : s.version());
    }

    @Override
    protected ItnSite withGemeinde(ItnSite draft, String gemeindeAgs) {
        return draft.withLocation(draft.location(), gemeindeAgs);
    }
}
