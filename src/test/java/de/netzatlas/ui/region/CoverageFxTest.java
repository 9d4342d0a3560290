package de.netzatlas.ui.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import de.netzatlas.app.AppServices;
import de.netzatlas.common.Messages;
import de.netzatlas.fibre.CoverageIndicator;
import de.netzatlas.fibre.CoverageMath;
import de.netzatlas.fibre.CoverageStand;
import de.netzatlas.fibre.GemeindeCoverage;
import de.netzatlas.fibre.RegionFigures;
import de.netzatlas.fibre.StandCoverage;
import de.netzatlas.layers.CoverageLayerBuilder;
import de.netzatlas.map.TileSources;
import de.netzatlas.map.layer.ChoroplethLayer;
import de.netzatlas.map.layer.LegendEntry;
import de.netzatlas.map.layer.ShapeFeature;
import de.netzatlas.region.Region;
import de.netzatlas.region.RegionLevel;
import de.netzatlas.scenario.ProjectionPoint;
import de.netzatlas.scenario.ProjectionSeries;
import de.netzatlas.ui.FxGuard;
import de.netzatlas.ui.fibre.ProjectionView;
import de.netzatlas.ui.fibre.ProjectionViewModel;
import de.netzatlas.ui.shell.MainViewModel;
import de.netzatlas.ui.shell.MainWindow;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The coverage choropleth, its selectors, the detail panel's figures and the projection window, headless. */
@ExtendWith(ApplicationExtension.class)
class CoverageFxTest {

    /** FX-thread guard on the database, unhandled task failures fail the test. */
    @RegisterExtension
    final FxGuard guard = new FxGuard();

    static final String SALZATAL = "15088319";
    static final String SAALEKREIS = "15088";

    @TempDir
    static Path dir;
    static AppServices services;
    MainViewModel viewModel;
    MainWindow window;

    @BeforeAll
    static void open() {
        services = AppServices.open(dir.resolve("coverage.mv.db"));
        services.demo().load();
        TileSources.activate(services.createBasemap());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        viewModel = guard.mainViewModel(services);
        window = guard.show(stage, viewModel);
        viewModel.load();
    }

    private ChoroplethLayer waitForLayer(ChoroplethLayer previous) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            ChoroplethLayer l = viewModel.coverageMap().layerProperty().get();
            return l != null && l != previous;
        });
        return viewModel.coverageMap().layerProperty().get();
    }

    private static double valueOf(ChoroplethLayer layer, String ags) {
        return layer.features().stream().filter(f -> f.id().equals(ags)).findFirst().orElseThrow().value();
    }

    private static CoverageStand stand(int year) {
        return services.coverage().stands().stream().filter(s -> s.date().getYear() == year).findFirst().orElseThrow();
    }

    private static double expected(CoverageIndicator indicator, CoverageStand stand, String ags) {
        GemeindeCoverage row = services.coverage().rows(stand).stream().filter(r -> r.ags().equals(ags))
                .findFirst().orElseThrow();
        return indicator.percent(CoverageMath.figures(row));
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(FxRobot robot, String id, T value) {
        ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(value));
    }

    @Test
    void indicatorAndStandChangeTheFillOfAGemeindeAndTheLegend(FxRobot robot) throws Exception {
        ChoroplethLayer first = waitForLayer(null);
        choose(robot, "#coverageIndicator", CoverageIndicator.GIGABIT);
        choose(robot, "#coverageStand", stand(2025));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            ChoroplethLayer l = viewModel.coverageMap().layerProperty().get();
            return l.title().contains("≥ 1 Gbit/s") && l.title().contains("31.12.2025");
        });
        ChoroplethLayer gigabit = viewModel.coverageMap().layerProperty().get();
        assertTrue(gigabit.title().contains("(Demodaten)"), gigabit.title());
        double g2025 = valueOf(gigabit, SALZATAL);
        assertEquals(expected(CoverageIndicator.GIGABIT, stand(2025), SALZATAL), g2025, 1e-9);
        assertEquals("0 bis unter 20 %", gigabit.legend().get(0).label());
        assertTrue(window.root().lookupAll("#layerVisible-glasfaser").stream().findFirst().isPresent());

        choose(robot, "#coverageIndicator", CoverageIndicator.WHITE_SPOTS);
        ChoroplethLayer white = waitForLayer(gigabit);
        assertNotSame(first, white);
        double w2025 = valueOf(white, SALZATAL);
        assertEquals(expected(CoverageIndicator.WHITE_SPOTS, stand(2025), SALZATAL), w2025, 1e-9);
        assertNotEquals(g2025, w2025);
        assertTrue(white.title().contains("Weiße Flecken"), white.title());
        assertEquals("0 bis unter 2 %", white.legend().get(0).label());
        assertNotEquals(gigabit.colourOf(g2025), white.colourOf(w2025), "different palette and classes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.settings()
                .get(CoverageMapViewModel.KEY_INDICATOR).equals(Optional.of("whiteSpots")));

        choose(robot, "#coverageStand", stand(2021));
        ChoroplethLayer white2021 = waitForLayer(white);
        double w2021 = valueOf(white2021, SALZATAL);
        assertEquals(expected(CoverageIndicator.WHITE_SPOTS, stand(2021), SALZATAL), w2021, 1e-9);
        assertTrue(w2021 > w2025, "fewer weiße Flecken in 2025 than in 2021");
        assertTrue(white2021.title().contains("31.12.2021"), white2021.title());
        int cls = white2021.breaks().classOf(w2021);
        assertEquals(white2021.colourOf(w2021), white2021.colourOf(white2021.breaks().lower(cls)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> services.settings()
                .get(CoverageMapViewModel.KEY_STAND).equals(Optional.of(stand(2021).date().toString())));

        choose(robot, "#coverageLevel", RegionLevel.KREIS);
        ChoroplethLayer kreise = waitForLayer(white2021);
        assertEquals(14, kreise.features().size());
        RegionFigures saale = services.coverage().summary(stand(2021), RegionLevel.KREIS).stream()
                .filter(f -> f.region().ags().equals(SAALEKREIS)).findFirst().orElseThrow();
        assertEquals(CoverageIndicator.WHITE_SPOTS.percent(saale.figures()), valueOf(kreise, SAALEKREIS), 1e-9);
        choose(robot, "#coverageLevel", RegionLevel.GEMEINDE);
        waitForLayer(kreise);
    }

    @Test
    void detailPanelShowsKreisAggregateAndChange(FxRobot robot) throws Exception {
        ChoroplethLayer layer = waitForLayer(null);
        choose(robot, "#coverageStand", stand(2025));
        choose(robot, "#coverageIndicator", CoverageIndicator.GIGABIT);
        Region kreis = services.regions().byAgs(SAALEKREIS).orElseThrow();
        robot.interact(() -> viewModel.selectedRegionProperty().set(kreis));
        RegionFigures now = figures(stand(2025), SAALEKREIS);
        RegionFigures before = figures(stand(2024), SAALEKREIS);
        NumberFormat pct = CoverageLayerBuilder.percentFormat(new Messages(Locale.GERMAN));
        String expectedValue = pct.format(CoverageIndicator.GIGABIT.percent(now.figures())) + " %";
        double delta = CoverageIndicator.GIGABIT.changePoints(before.figures(), now.figures());
        String expectedChange = (delta > 0.05 ? "+" : "") + pct.format(delta) + " Pp.";
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#coverageValue-gigabit-0").tryQuery()
                .map(n -> expectedValue.equals(((Label) n).getText())).orElse(false));
        assertEquals(expectedChange, robot.lookup("#coverageChange-gigabit-0").queryAs(Label.class).getText());
        assertEquals("Kreis", robot.lookup("#coverageHeader-0").queryAs(Label.class).getText());
        assertEquals("Land", robot.lookup("#coverageHeader-1").queryAs(Label.class).getText());
        RegionFigures land = services.coverage().summary(stand(2025), RegionLevel.LAND).get(0);
        assertEquals(pct.format(CoverageIndicator.FTTBH.percent(land.figures())) + " %",
                robot.lookup("#coverageValue-fttbh-1").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#coverageDetailStand").queryAs(Label.class).getText().contains("Demodaten"));
        assertTrue(layer != null);
    }

    private static RegionFigures figures(CoverageStand stand, String ags) {
        return services.coverage().summary(stand, RegionLevel.KREIS).stream()
                .filter(f -> f.region().ags().equals(ags)).findFirst().orElseThrow();
    }

    @Test
    void gemeindeWithoutDataIsDrawnAsKeineDaten() {
        CoverageStand s = stand(2025);
        List<GemeindeCoverage> rows = services.coverage().rows(s).stream()
                .filter(r -> !r.ags().equals(SALZATAL)).collect(Collectors.toList());
        StandCoverage partial = new StandCoverage(s, rows, services.regions());
        Messages m = new Messages(Locale.GERMAN);
        ChoroplethLayer layer = new CoverageLayerBuilder(services.regions(), m)
                .build(CoverageIndicator.FTTBH, partial, RegionLevel.GEMEINDE);
        ShapeFeature salzatal = layer.features().stream().filter(f -> f.id().equals(SALZATAL)).findFirst().orElseThrow();
        assertTrue(Double.isNaN(salzatal.value()));
        assertTrue(salzatal.label().contains("keine Daten"), salzatal.label());
        LegendEntry last = layer.legend().get(layer.legend().size() - 1);
        assertEquals("keine Daten", last.label());
        assertEquals(layer.colourOf(Double.NaN), last.style().fill());
        for (int c = 0; c < layer.breaks().classes(); c++) {
            assertNotEquals(layer.colourOf(layer.breaks().lower(c)), layer.colourOf(Double.NaN));
        }

        Region gemeinde = services.regions().byAgs(SALZATAL).orElseThrow();
        CoverageDetails d = CoverageDetails.of(CoverageDetailViewModel.columnsFor(gemeinde, services.regions()), partial,
                Optional.empty(), m);
        assertEquals(List.of("Gemeinde", "Kreis", "Land"), d.columns());
        assertEquals("keine Daten", d.lines().get(0).values().get(0));
        assertTrue(d.lines().get(0).values().get(1).endsWith(" %"));
        assertEquals("–", d.lines().get(0).changes().get(1));
    }

    @Test
    void projectionWindowShowsTheSeries(FxRobot robot) throws Exception {
        waitForLayer(null);
        Stage[] stage = new Stage[1];
        robot.interact(() -> stage[0] = window.openProjection());
        ProjectionView view = (ProjectionView) stage[0].getScene().getRoot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !view.table().getItems().isEmpty());
        List<ProjectionPoint> points = services.outlook().project(2030).orElseThrow().points();
        ProjectionSeries land = ProjectionSeries.of(points, ProjectionPoint.Level.LAND, "15");
        assertEquals(land, view.chart().series());
        assertEquals(land.rows(), view.table().getItems());
        assertEquals(2030, view.table().getItems().get(view.table().getItems().size() - 1).year());
        assertTrue(land.rows().stream().allMatch(r -> r.fttbhPercent() <= 100 && r.gigabitPercent() <= 100));
        assertTrue(land.year(2030).orElseThrow().hasTarget());

        @SuppressWarnings("unchecked")
        ComboBox<ProjectionViewModel.Area> area = robot.lookup("#projectionArea").queryAs(ComboBox.class);
        ProjectionViewModel.Area saale = area.getItems().stream().filter(a -> a.ags().equals(SAALEKREIS))
                .findFirst().orElseThrow();
        robot.interact(() -> area.getSelectionModel().select(saale));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.chart().series().ags().equals(SAALEKREIS));
        assertEquals(ProjectionSeries.of(points, ProjectionPoint.Level.KREIS, SAALEKREIS).rows(),
                view.table().getItems());
        String summary = robot.lookup("#projectionSummary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("Lücke 2030") || summary.startsWith("Ziel 2030"), summary);
        robot.interact(() -> stage[0].close());
    }
}
