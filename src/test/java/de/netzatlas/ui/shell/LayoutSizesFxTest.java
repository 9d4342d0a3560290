package de.netzatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import de.netzatlas.app.AppServices;
import de.netzatlas.map.TileSources;
import de.netzatlas.region.Region;
import de.netzatlas.ui.FxGuard;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * The main window at the sizes planners have (the smallest window 900 × 600, 1024 × 700, a 1920 × 1080 laptop at 150 % = 1280 ×
 * 720, 1920 × 1080): every toolbar control is inside the window and inside its parents, the
 * Details show every text whole (no "Landkr…", nothing cut at the panel's edge), the side panels
 * collapse and come back, the empty-database hint is whole, and the layout is remembered.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutSizesFxTest {

    @RegisterExtension
    final FxGuard guard = new FxGuard();

    /** Salzatal, Wettin-Löbejün, Altmärkische Höhe (in a Verbandsgemeinde), Altmarkkreis Salzwedel, the Land. */
    static final List<String> REGIONS = List.of("15088319", "15088216", "15090007", "15081", "15");

    @TempDir
    static Path dir;
    static AppServices demo;
    static AppServices empty;
    Stage stage;
    MainViewModel viewModel;
    MainWindow window;

    @BeforeAll
    static void open() {
        demo = AppServices.open(dir.resolve("layout-demo.mv.db"));
        demo.demo().load();
        empty = AppServices.open(dir.resolve("layout-empty.mv.db"));
        TileSources.activate(demo.createBasemap());
    }

    @AfterAll
    static void close() {
        demo.close();
        empty.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The window leaves the stage before the guard closes its executors (no pending save runs into a closed one). */
    @org.junit.jupiter.api.AfterEach
    void leave(FxRobot robot) {
        robot.interact(() -> {
            stage.setScene(new Scene(new javafx.scene.layout.Pane(), 100, 100));
            // the shared test stage goes back to the size and place the other tests expect
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.setX(0);
            stage.setY(0);
        });
    }

    /** Builds and starts the window on {@code services} at {@code width × height}, with the default layout. */
    private void show(FxRobot robot, AppServices services, double width, double height) throws Exception {
        show(robot, services, width, height, java.util.Locale.GERMAN);
    }

    private void show(FxRobot robot, AppServices services, double width, double height, java.util.Locale locale)
            throws Exception {
        services.settings().put(WindowLayout.KEY, "", "test"); // each test starts from the first-start layout
        guard.watch(services.database());
        viewModel = new MainViewModel(services, new de.netzatlas.common.Messages(locale), guard.executor());
        robot.interact(() -> {
            window = guard.show(stage, viewModel, width, height);
            window.start();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.layout().loadedProperty().get()
                && viewModel.navigator().hierarchyProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest(name = "{0} × {1} {2}")
    @CsvSource({"900, 600, de", "900, 600, en", "1024, 700, de", "1024, 700, en", "1280, 720, de", "1280, 720, en", "1920, 1080, de",
        "1920, 1080, en"})
    void everyToolbarControlAndTheDetailsAreWhole(int width, int height, String language, FxRobot robot)
            throws Exception {
        show(robot, demo, width, height, java.util.Locale.forLanguageTag(language));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !viewModel.coverageMap().stands().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        assertToolbarsWhole(scene, "map");
        for (String id : List.of("#mapSearch", "#mapAttribution", "#statusDemo", "#toggleLeft", "#toggleRight")) {
            Node n = scene.getRoot().lookup(id);
            assertTrue(isWhole(scene, n), id + " whole: " + bounds(n));
        }
        Label attribution = (Label) scene.getRoot().lookup("#mapAttribution");
        assertEquals(attribution.getText(), rendered(attribution), "the attribution is never cut");
        assertPanelShown(scene, "#detailScroll");
        assertPanelShown(scene, "#leftSplit");

        for (String ags : REGIONS) {
            Region region = demo.regions().byAgs(ags).orElseThrow();
            robot.interact(() -> viewModel.selectAndZoom(region));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.detail().detailsProperty().get() != null
                    && viewModel.detail().detailsProperty().get().ags().equals(ags)
                    && robot.lookup("#coverageDetail").query().isVisible());
            WaitForAsyncUtils.waitForFxEvents();
            assertDetailsWhole(scene, region.name());
        }

        // each list below the map in turn: its filters and buttons ("Neues Projekt …", "Exportieren …") reachable
        robot.interact(window::toggleProjects);
        WaitForAsyncUtils.waitForFxEvents();
        assertToolbarsWhole(scene, "projects");
        assertTrue(isWhole(scene, robot.lookup("#projectsNew").query()), "Neues Projekt …");
        assertTrue(isWhole(scene, robot.lookup("#projectsExport").query()), "Exportieren …");
        robot.interact(() -> window.togglePane(window.registerPanes().schools()));
        WaitForAsyncUtils.waitForFxEvents();
        assertToolbarsWhole(scene, "schools");
        robot.interact(() -> window.togglePane(window.registerPanes().sites()));
        WaitForAsyncUtils.waitForFxEvents();
        assertToolbarsWhole(scene, "sites");
        robot.interact(window::toggleMobile);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !viewModel.mobile().kreise().isEmpty()
                || robot.lookup("#mobileNew").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertToolbarsWhole(scene, "mobile");
        assertTrue(isWhole(scene, robot.lookup("#mobileNew").query()), "Neuer Standort");
        // with a list open the Details are still whole
        assertDetailsWhole(scene, "with list");
    }

    @Test
    void theEmptyDatabaseHintIsWholeAt1024x700(FxRobot robot) throws Exception {
        show(robot, empty, 1024, 700);
        Label hint = robot.lookup("#coverageEmpty").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> hint.isVisible() && hint.getHeight() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(hint.getText().length() > 40, hint.getText());
        assertEquals(hint.getText(), rendered(hint), "the hint is shown without ellipsis");
        assertTrue(isWhole(stage.getScene(), hint), "the hint lies within the window: " + bounds(hint));
        assertToolbarsWhole(stage.getScene(), "empty", 0); // no selectors without data
        assertPanelShown(stage.getScene(), "#detailScroll");
    }

    @Test
    void sidePanelsCollapseAndComeBackAndTheLayoutIsRemembered(FxRobot robot) throws Exception {
        show(robot, empty, 1024, 700);
        SplitPane split = robot.lookup("#mainSplit").queryAs(SplitPane.class);
        Node details = robot.lookup("#detailScroll").query();
        Node left = robot.lookup("#leftSplit").query();
        double detailsWidth = details.getLayoutBounds().getWidth();
        Button toggleRight = robot.lookup("#toggleRight").queryAs(Button.class);
        Button toggleLeft = robot.lookup("#toggleLeft").queryAs(Button.class);
        assertEquals("Details ausblenden (Strg+Umschalt+D)", toggleRight.getAccessibleText());
        assertEquals("Navigator und Ebenen ausblenden (Strg+Umschalt+L)", toggleLeft.getAccessibleText());

        robot.clickOn(toggleRight);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(split.getItems().contains(details), "Details hidden");
        assertEquals("Details einblenden (Strg+Umschalt+D)", toggleRight.getAccessibleText());
        assertTrue(isWhole(stage.getScene(), toggleRight), "the toggle stays reachable");
        robot.clickOn(toggleLeft);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, split.getItems().size(), "only the map");
        assertToolbarsWhole(stage.getScene(), "collapsed", 0);
        assertTrue(isWhole(stage.getScene(), toggleLeft) && isWhole(stage.getScene(), toggleRight), "toggles whole");

        robot.clickOn(toggleRight);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(split.getItems().contains(details), "Details back");
        assertEquals(detailsWidth, details.getLayoutBounds().getWidth(), 3, "with the width they had");

        // remembered a moment later: a new window starts with the navigator hidden
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> empty.settings().get(WindowLayout.KEY).orElse("").contains("l=0;r=1"));
        viewModel = guard.mainViewModel(empty);
        robot.interact(() -> {
            window = guard.show(stage, viewModel, 1024, 700);
            window.start();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.layout().loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane again = robot.lookup("#mainSplit").queryAs(SplitPane.class);
        assertEquals(2, again.getItems().size());
        assertTrue(again.getItems().stream().noneMatch(n -> "leftSplit".equals(n.getId())), "navigator still hidden");
        robot.interact(() -> viewModel.layout().toggleLeft());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, again.getItems().size());
    }

    // --- checks ---

    /** Every visible control of the bars above the map and the list (buttons, selectors, search fields) is whole. */
    private static void assertToolbarsWhole(Scene scene, String where) {
        assertToolbarsWhole(scene, where, 3);
    }

    private static void assertToolbarsWhole(Scene scene, String where, int least) {
        List<Node> bars = new ArrayList<>(scene.getRoot().lookupAll(".map-top"));
        for (Node bar : scene.getRoot().lookupAll(".wrapping-bar")) {
            if (bars.stream().noneMatch(outer -> outer != bar && isInside(bar, outer))) {
                bars.add(bar);
            }
        }
        List<String> cut = new ArrayList<>();
        int checked = 0;
        for (Node bar : bars) {
            if (!shown(bar)) {
                continue;
            }
            for (Node n : descendants((Parent) bar)) {
                if ((n instanceof ButtonBase || n instanceof ComboBoxBase || n instanceof TextInputControl)
                        && shown(n)) {
                    checked++;
                    if (!isWhole(scene, n)) {
                        cut.add(describe(n) + " " + bounds(n));
                    }
                    if (n instanceof ButtonBase b && b.getText() != null && !b.getText().isEmpty()
                            && !b.getText().equals(rendered(b))) {
                        cut.add(describe(n) + " shows „" + rendered(b) + "“");
                    }
                }
            }
        }
        assertTrue(checked >= least, where + ": only " + checked + " controls found");
        assertEquals(List.of(), cut, where + " at " + scene.getWidth() + " × " + scene.getHeight());
    }

    private static void assertPanelShown(Scene scene, String id) {
        Node panel = scene.getRoot().lookup(id);
        assertTrue(panel != null && shown(panel) && panel.getScene() != null, id + " shown");
        assertTrue(isWhole(scene, panel), id + " within the window: " + bounds(panel));
        assertTrue(panel.getLayoutBounds().getWidth() >= 200, id + " wide enough: " + bounds(panel));
    }

    /** No label in Details shows an ellipsis, and none reaches past the panel's visible width. */
    private static void assertDetailsWhole(Scene scene, String what) {
        ScrollPane scroll = (ScrollPane) scene.getRoot().lookup("#detailScroll");
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        assertTrue(isWhole(scene, scroll), "Details within the window: " + view);
        List<String> cut = new ArrayList<>();
        int checked = 0;
        for (Node n : descendants((Parent) scroll.getContent())) {
            if (n instanceof Label l && shown(l) && l.getText() != null && !l.getText().isBlank()) {
                checked++;
                Bounds b = l.localToScene(l.getLayoutBounds());
                if (!l.getText().equals(rendered(l))) {
                    cut.add("„" + l.getText() + "“ shows „" + rendered(l) + "“");
                } else if (b.getMinX() < view.getMinX() - 0.5 || b.getMaxX() > view.getMaxX() + 0.5) {
                    cut.add("„" + l.getText() + "“ reaches past the panel: " + b + " in " + view);
                }
            }
        }
        assertTrue(checked >= 10, what + ": only " + checked + " labels in Details");
        assertEquals(List.of(), cut, what + " at " + scene.getWidth() + " × " + scene.getHeight());
    }

    /** Inside the window and inside every ancestor's bounds (so no split pane, bar or panel cuts it). */
    private static boolean isWhole(Scene scene, Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0 || b.getMinX() < -0.5 || b.getMinY() < -0.5
                || b.getMaxX() > scene.getWidth() + 0.5 || b.getMaxY() > scene.getHeight() + 0.5) {
            return false;
        }
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            Bounds pb = p.localToScene(p.getLayoutBounds());
            if (b.getMinX() < pb.getMinX() - 0.5 || b.getMaxX() > pb.getMaxX() + 0.5
                    || b.getMinY() < pb.getMinY() - 0.5 || b.getMaxY() > pb.getMaxY() + 0.5) {
                return false;
            }
        }
        return true;
    }

    /** The text the label's skin draws (with "…" when it is cut). */
    private static String rendered(javafx.scene.control.Labeled l) {
        StringBuilder s = new StringBuilder();
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                s.append(t.getText());
            }
        }
        return s.toString();
    }

    private static boolean isInside(Node n, Node outer) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == outer) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static List<Node> descendants(Parent root) {
        List<Node> all = new ArrayList<>();
        for (Node child : root.getChildrenUnmodifiable()) {
            all.add(child);
            if (child instanceof Parent p) {
                all.addAll(descendants(p));
            }
        }
        return all;
    }

    private static String describe(Node n) {
        String text = n instanceof javafx.scene.control.Labeled l ? l.getText()
                : n instanceof TextInputControl t ? t.getPromptText() : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + " „" + text + "“";
    }

    private static String bounds(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        return String.format("[%.0f, %.0f – %.0f, %.0f]", b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }
}
