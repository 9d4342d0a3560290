package de.netzatlas.ui.registers;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import de.netzatlas.asset.LocatedAsset;
import de.netzatlas.common.Messages;
import de.netzatlas.layers.RegisterLayers;
import de.netzatlas.schools.School;
import de.netzatlas.schools.SchoolStatus;
import de.netzatlas.schools.SchoolType;
import de.netzatlas.sites.BandwidthClass;
import de.netzatlas.sites.ItnSite;
import de.netzatlas.sites.SiteClass;
import de.netzatlas.sites.SiteStatus;
import de.netzatlas.ui.common.FormGrid;
import de.netzatlas.ui.exchange.ListExport;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * Builds the two register list panes (Schulen ans Netz, ITN-XT-Standorte) with their columns and
 * ties them to the map: choosing a row centres the map on the point, clicking a point chooses the
 * row (opening the pane when needed). Buttons open the forms and run the register's undo.
 */
public final class RegisterPanes {

    private final AssetListView<School> schools;
    private final AssetListView<ItnSite> sites;

    /**
     * {@code exports} makes the "Exportieren …" of a list for its window; {@code open} shows a list below
     * the map.
     */
    public RegisterPanes(RegistersViewModel r, Messages m, Function<Supplier<Window>, ListExport> exports,
                         Consumer<AssetListView<?>> open) {
        NumberFormat n = NumberFormat.getIntegerInstance(m.locale());
        List<TableColumn<School, ?>> schoolColumns = List.of(
                AssetListView.text(m.get("schools.col.nummer"), School::schulnummer, 70),
                AssetListView.text(m.get("schools.col.name"), School::name, 260),
                AssetListView.text(m.get("schools.col.type"), s -> m.label(s.type()), 140),
                AssetListView.text(m.get("schools.col.gemeinde"), s -> r.schools().name(s.gemeindeAgs()), 150),
                AssetListView.text(m.get("schools.col.kreis"), s -> r.schools().name(r.schools().kreisOf(s)), 150),
                AssetListView.text(m.get("schools.col.status"), s -> m.label(s.status()), 130),
                AssetListView.value(m.get("schools.col.pupils"), School::pupils, n::format, 80),
                AssetListView.value(m.get("schools.col.bandwidth"), School::downMbit, v -> n.format(v) + " Mbit/s", 110),
                AssetListView.value(m.get("schools.col.planned"), School::plannedDate, FormGrid.DATE::format, 100));
        schools = new AssetListView<>("schools", m.get("schools.title"), r.schools(), m, SchoolStatus.values(),
                m::label, m.get("schools.col.type"), SchoolType.values(),
                m::label, schoolColumns,
                t -> m.format("schools.totals", n.format(t.rows()), n.format(t.sum()))
                        + schoolKpis(r.schools().shown(), m));
        List<TableColumn<ItnSite, ?>> siteColumns = List.of(
                AssetListView.text(m.get("sites.col.name"), ItnSite::name, 260),
                AssetListView.text(m.get("sites.col.authority"), s -> s.authority() == null ? "" : s.authority(), 200),
                AssetListView.text(m.get("sites.col.class"), s -> m.label(s.siteClass()), 110),
                AssetListView.text(m.get("schools.col.gemeinde"), s -> r.sites().name(s.gemeindeAgs()), 150),
                AssetListView.text(m.get("schools.col.kreis"), s -> r.sites().name(r.sites().kreisOf(s)), 150),
                AssetListView.value(m.get("sites.col.bandwidth"), ItnSite::bandwidth, m::label, 120),
                AssetListView.text(m.get("sites.col.redundancy"), s -> m.label(s.redundancy()), 110),
                AssetListView.text(m.get("schools.col.status"), s -> m.label(s.status()), 110),
                AssetListView.value(m.get("sites.form.done"), ItnSite::migrated, FormGrid.DATE::format, 100));
        sites = new AssetListView<>("sites", m.get("sites.title"), r.sites(), m, SiteStatus.values(),
                m::label, m.get("sites.col.class"), SiteClass.values(),
                m::label, siteColumns,
                t -> m.format("sites.totals", n.format(t.rows()), n.format(t.sum()))
                        + siteKpis(r.sites().shown(), m));

        link(r, schools, RegisterLayers.SCHOOLS, open);
        link(r, sites, RegisterLayers.SITES, open);
        schools.createButton().setOnAction(e -> SchoolForm.show(schools.getScene().getWindow(), r.schoolForm(null),
                m, r::load));
        schools.editButton().setOnAction(e -> SchoolForm.show(schools.getScene().getWindow(),
                r.schoolForm(schools.table().getSelectionModel().getSelectedItem()), m, r::load));
        schools.undoButton().setOnAction(e -> r.schools().undo(done -> r.load()));
        sites.createButton().setOnAction(e -> SiteForm.show(sites.getScene().getWindow(), r.siteForm(null), m,
                r::load));
        sites.editButton().setOnAction(e -> SiteForm.show(sites.getScene().getWindow(),
                r.siteForm(sites.table().getSelectionModel().getSelectedItem()), m, r::load));
        sites.undoButton().setOnAction(e -> r.sites().undo(done -> r.load()));
        // "Exportieren …": exactly the rows each list shows, keyed by the export's first column
        exports.apply(() -> schools.getScene().getWindow())
                .attach(schools.exportButton(), "schools", r.schools().shown(), School::schulnummer, School::demo);
        exports.apply(() -> sites.getScene().getWindow())
                .attach(sites.exportButton(), "sites", r.sites().shown(), s -> s.id().toString(), ItnSite::demo);
    }

    private static <A extends LocatedAsset<?>> void link(RegistersViewModel r, AssetListView<A> view, String layerId,
                                                          Consumer<AssetListView<?>> open) {
        AssetListViewModel<A> list = layerId.equals(RegisterLayers.SCHOOLS) ? cast(r.schools()) : cast(r.sites());
        TableView<A> table = view.table();
        table.getSelectionModel().selectedItemProperty().addListener((o, old, asset) -> {
            if (asset != null && !r.chosenOnMap(layerId).map(id -> id.equals(asset.id().toString())).orElse(false)) {
                r.choose(layerId, asset);
            }
        });
        r.mapSelection().addListener((ListChangeListener<Object>) c -> r.chosenOnMap(layerId)
                .flatMap(list::byId).ifPresent(asset -> {
                    open.accept(view);
                    if (!list.shown().contains(asset)) {
                        list.kreisProperty().set(null);
                        list.statusProperty().set(null);
                        list.typeProperty().set(null);
                        list.searchProperty().set("");
                    }
                    if (table.getSelectionModel().getSelectedItem() != asset) {
                        table.getSelectionModel().select(asset);
                        table.scrollTo(asset);
                    }
                }));
    }

    @SuppressWarnings("unchecked")
    private static <A extends LocatedAsset<?>> AssetListViewModel<A> cast(AssetListViewModel<?> vm) {
        return (AssetListViewModel<A>) vm;
    }

    public AssetListView<School> schools() {
        return schools;
    }

    public AssetListView<ItnSite> sites() {
        return sites;
    }

    /** Gigabit shares of schools and pupils and overdue schools, over exactly the rows shown. */
    static String schoolKpis(List<School> shown, Messages m) {
        if (shown.isEmpty()) {
            return "";
        }
        long gigabit = shown.stream().filter(School::hasGigabit).count();
        long pupils = shown.stream().mapToLong(School::pupilCount).sum();
        long pupilsGigabit = shown.stream().filter(School::hasGigabit).mapToLong(School::pupilCount).sum();
        int overdue = de.netzatlas.schools.SchoolFigures.overdue(shown, java.time.LocalDate.now()).size();
        return " · " + m.format("schools.kpi", percent(gigabit, shown.size(), m), percent(pupilsGigabit, pupils, m),
                NumberFormat.getIntegerInstance(m.locale()).format(overdue));
    }

    /** Share migrated and sites without redundancy, over exactly the rows shown. */
    static String siteKpis(List<ItnSite> shown, Messages m) {
        if (shown.isEmpty()) {
            return "";
        }
        var total = de.netzatlas.sites.SiteFigures.total(shown);
        int noRedundancy = de.netzatlas.sites.SiteFigures.withoutRedundancy(shown).size();
        return " · " + m.format("sites.kpi", percent(total.migrated(), total.sites(), m),
                NumberFormat.getIntegerInstance(m.locale()).format(noRedundancy));
    }

    private static String percent(long part, long whole, Messages m) {
        NumberFormat p = NumberFormat.getNumberInstance(m.locale());
        p.setMinimumFractionDigits(1);
        p.setMaximumFractionDigits(1);
        return whole == 0 ? "–" : p.format(100.0 * part / whole) + " %";
    }
}
