package de.netzatlas.ui.mobile;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import de.netzatlas.asset.AssetService;
import de.netzatlas.asset.GeoPoint;
import de.netzatlas.asset.StatusHistory;
import de.netzatlas.common.GeoText;
import de.netzatlas.common.Messages;
import de.netzatlas.mobile.FrequencyBand;
import de.netzatlas.mobile.MobileOperator;
import de.netzatlas.mobile.MobileSite;
import de.netzatlas.mobile.MobileSiteStatus;
import de.netzatlas.mobile.RadioTechnology;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.registers.AssetFormViewModel;
import de.netzatlas.ui.registers.FieldReader;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State behind the mobile site form (new or edit): the fields under the CSV column names
 * ({@code kennung}, {@code baender}, …), so the register's messages land on the right field; saved
 * through the register's audited service (undoable with Ctrl+Z).
 */
public final class MobileSiteFormViewModel extends AssetFormViewModel<MobileSite> {

    final ObjectProperty<MobileOperator> operator = new SimpleObjectProperty<>(MobileOperator.TELEKOM);
    final ObjectProperty<RadioTechnology> technology = new SimpleObjectProperty<>(RadioTechnology.NR);
    final ObjectProperty<MobileSiteStatus> status = new SimpleObjectProperty<>(MobileSiteStatus.GEPLANT);
    final BooleanProperty funded = new SimpleBooleanProperty();

    /** A form for {@code site}, or for a new site when it is null. */
    public MobileSiteFormViewModel(AssetService<MobileSite> service, BackgroundExecutor executor, Messages m,
                                   MobileSite site) {
        super(service, executor, m, site);
        if (site == null) {
            text("baender").set("3600");
        } else {
            fill(site);
        }
        loaded(operator, technology, status, funded);
    }

    private void fill(MobileSite s) {
        text("kennung").set(s.identifier());
        operator.set(s.operator());
        technology.set(s.technology());
        text("baender").set(s.bandsText());
        text("lat").set(GeoText.of(s.location().lat()));
        text("lon").set(GeoText.of(s.location().lon()));
        text("gemeinde_ags").set(s.gemeindeAgs() == null ? "" : s.gemeindeAgs());
        text("radius_km").set(s.radiusKm() == null ? "" : GeoText.of(s.radiusKm()));
        status.set(s.status());
        text("status_seit").set(FieldReader.format(s.history().currentSince().orElse(null)));
        text("antrag").set(FieldReader.format(s.applicationDate()));
        text("genehmigung").set(FieldReader.format(s.permitDate()));
        text("baubeginn").set(FieldReader.format(s.constructionStart()));
        text("inbetriebnahme").set(FieldReader.format(s.onAirDate()));
        text("geplante_inbetriebnahme").set(FieldReader.format(s.plannedOnAir()));
        funded.set(s.funded());
        text("bemerkung").set(s.notes() == null ? "" : s.notes());
    }

    @Override
    protected MobileSite draft(FieldReader in) {
        Double lat = in.decimal("lat", textOf("lat"));
        Double lon = in.decimal("lon", textOf("lon"));
        Double radius = in.optionalDecimal("radius_km", textOf("radius_km"));
        Set<FrequencyBand> bands = bands(in);
        var since = in.date("status_seit", textOf("status_seit"));
        var application = in.date("antrag", textOf("antrag"));
        var permit = in.date("genehmigung", textOf("genehmigung"));
        var construction = in.date("baubeginn", textOf("baubeginn"));
        var onAir = in.date("inbetriebnahme", textOf("inbetriebnahme"));
        var planned = in.date("geplante_inbetriebnahme", textOf("geplante_inbetriebnahme"));
        if (!in.problems().isEmpty()) {
            return null;
        }
        MobileSite s = original().orElse(null);
        StatusHistory<MobileSiteStatus> history = s == null ? StatusHistory.of(status.get(), since)
                : s.history().then(status.get(), since);
        return new MobileSite(s == null ? UUID.randomUUID() : s.id(), textOf("kennung").strip(), operator.get(),
                technology.get(), bands, new GeoPoint(lat, lon), FieldReader.blankToNull(textOf("gemeinde_ags")),
                radius, funded.get(), history, application, permit, construction, onAir, planned,
                FieldReader.blankToNull(textOf("bemerkung")), s != null && s.demo(), s == null ? 0 : s.version());
    }

    private Set<FrequencyBand> bands(FieldReader in) {
        Set<FrequencyBand> bands = EnumSet.noneOf(FrequencyBand.class);
        for (String b : textOf("baender").split("[,;\\s]+")) {
            if (!b.isBlank()) {
                FrequencyBand.parse(b).ifPresentOrElse(bands::add, () -> in.problem("baender",
                        messages().format("field.notBand", b.strip())));
            }
        }
        return bands;
    }

    @Override
    protected MobileSite withGemeinde(MobileSite draft, String gemeindeAgs) {
        return draft.at(draft.location(), gemeindeAgs);
    }
}
