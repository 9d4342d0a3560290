package de.netzatlas.ui.report;

import java.nio.file.Path;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import de.netzatlas.common.GermanDates;
import de.netzatlas.common.Messages;
import de.netzatlas.report.ReportAssembler;

/**
 * Bericht → Bericht erstellen…: year and cut-off, create (progress, cancel), preview of the pages
 * (zoom, page navigation), save as PDF, tables as XLSX, print (system dialog), and the chapter texts
 * of the year. All work runs in {@link ReportViewModel} off the FX thread.
 */
public final class ReportWindow {

    private ReportWindow() {
    }

    public static Stage show(Window owner, ReportViewModel vm, Messages m) {
        Spinner<Integer> year = new Spinner<>(2015, 2100, vm.yearProperty().get());
        year.setId("reportYear");
        year.setEditable(true);
        year.setPrefWidth(90);
        year.valueProperty().addListener((o, a, b) -> vm.yearProperty().set(b));
        DatePicker asOf = new DatePicker(vm.asOfProperty().get());
        asOf.setId("reportAsOf");
        asOf.setConverter(new javafx.util.converter.LocalDateStringConverter(GermanDates.FORMAT, GermanDates.FORMAT));
        asOf.valueProperty().bindBidirectional(vm.asOfProperty());
        Button create = new Button(m.get("report.create"));
        create.setId("reportCreate");
        create.setDefaultButton(true);
        create.disableProperty().bind(vm.runningProperty());
        create.setOnAction(e -> vm.create());
        Button cancel = new Button(m.get("report.cancel"));
        cancel.setId("reportCancel");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.runningProperty());
        Button texts = new Button(m.get("report.texts"));
        texts.setId("reportTexts");
        texts.setOnAction(e -> editTexts(owner, vm, m));
        javafx.scene.control.CheckBox live = new javafx.scene.control.CheckBox(m.get("report.live"));
        live.setId("reportLive");
        live.selectedProperty().bindBidirectional(vm.liveProperty());
        live.selectedProperty().addListener((o, a, b) -> {
            if (vm.hasReport() && !vm.runningProperty().get()) {
                vm.create();
            }
        });
        Button publish = new Button(m.get("report.publish"));
        publish.setId("reportPublish");
        publish.disableProperty().bind(vm.runningProperty());
        publish.setOnAction(e -> confirmPublish(owner, vm, m));
        ToolBar top = new ToolBar(new Label(m.get("report.year")), year, new Label(m.get("report.asOf")), asOf, create,
                cancel, progress, new Separator(), live, publish, new Separator(), texts);
        Label banner = new Label();
        banner.setId("reportEdition");
        banner.textProperty().bind(vm.editionProperty());
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setPadding(new Insets(4, 8, 4, 8));
        banner.styleProperty().bind(javafx.beans.binding.Bindings.when(vm.publishedProperty())
                .then("-fx-background-color: #e6f2ea; -fx-font-weight: bold;")
                .otherwise("-fx-background-color: #fdf3e1;"));
        banner.managedProperty().bind(vm.editionProperty().isNotEmpty());
        banner.visibleProperty().bind(vm.editionProperty().isNotEmpty());
        javafx.scene.control.ListView<String> changeList = new javafx.scene.control.ListView<>(vm.changes());
        changeList.setId("reportChanges");
        changeList.setPrefHeight(140);
        javafx.scene.control.TitledPane changes = new javafx.scene.control.TitledPane(m.get("report.changes"),
                changeList);
        changes.setExpanded(true);
        changes.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.changes()));
        changes.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.changes()));

        ImageView page = new ImageView();
        page.setPreserveRatio(true);
        page.setId("reportPage");
        vm.pageImageProperty().addListener((o, a, img) -> page.setImage(img == null ? null
                : SwingFXUtils.toFXImage(img, null)));
        StackPane holder = new StackPane(page);
        holder.setPadding(new Insets(16));
        holder.setStyle("-fx-background-color: #6b7280;");
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);

        Button prev = new Button("◀");
        prev.setId("reportPrev");
        prev.setOnAction(e -> vm.previous());
        Button next = new Button("▶");
        next.setId("reportNext");
        next.setOnAction(e -> vm.next());
        Label pageLabel = new Label();
        pageLabel.setId("reportPageLabel");
        Runnable updateLabel = () -> pageLabel.setText(vm.pageCountProperty().get() == 0 ? ""
                : m.format("report.page", vm.pageProperty().get() + 1, vm.pageCountProperty().get()));
        vm.pageProperty().addListener((o, a, b) -> updateLabel.run());
        vm.pageCountProperty().addListener((o, a, b) -> updateLabel.run());
        Button zoomOut = new Button("−");
        zoomOut.setOnAction(e -> vm.zoomOut());
        Button zoomIn = new Button("+");
        zoomIn.setOnAction(e -> vm.zoomIn());
        Button save = new Button(m.get("report.save"));
        save.setId("reportSave");
        Button xlsx = new Button(m.get("report.xlsx"));
        Button print = new Button(m.get("report.print"));
        print.setId("reportPrint");
        for (Button b : new Button[] {prev, next, zoomOut, zoomIn, save, xlsx, print}) {
            b.disableProperty().bind(vm.pageCountProperty().isEqualTo(0).or(vm.runningProperty()));
        }
        Label status = new Label();
        status.setId("reportStatus");
        status.textProperty().bind(vm.statusProperty());
        ToolBar bottom = new ToolBar(prev, pageLabel, next, new Separator(), zoomOut, zoomIn, new Separator(), save, xlsx,
                print);
        status.setPadding(new Insets(3, 8, 4, 8));
        status.setMaxWidth(Double.MAX_VALUE);

        BorderPane root = new BorderPane(scroll, new VBox(top, banner), null, new VBox(changes, bottom, status), null);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(m.get("report.title"));
        stage.setScene(new Scene(root, 1000, 900));
        save.setOnAction(e -> choose(stage, m, "PDF", "*.pdf", "bericht-" + vm.yearProperty().get() + ".pdf")
                .ifPresent(vm::savePdf));
        xlsx.setOnAction(e -> choose(stage, m, "XLSX", "*.xlsx", "bericht-" + vm.yearProperty().get() + "-tabellen.xlsx")
                .ifPresent(vm::saveXlsx));
        print.setOnAction(e -> vm.print());
        de.netzatlas.ui.common.SecondaryWindows.closeOnEscape(stage);
        stage.show();
        return stage;
    }

    /** Publishing cannot be undone: the planner confirms with year and cut-off in view. */
    private static void confirmPublish(Window owner, ReportViewModel vm, Messages m) {
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner);
        ask.setTitle(m.get("report.publish.title"));
        java.time.LocalDate cutOff = vm.cutOff();
        ask.setHeaderText(m.format("report.publish.header", vm.yearProperty().get(), cutOff.format(GermanDates.FORMAT)));
        ask.setContentText(m.get("report.publish.text"));
        ask.getDialogPane().setMinWidth(520);
        ButtonType yes = new ButtonType(m.get("report.publish.title"), ButtonType.OK.getButtonData());
        ask.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) ask.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ask.showAndWait().filter(yes::equals).ifPresent(b -> vm.publish());
    }

    private static java.util.Optional<Path> choose(Stage stage, Messages m, String kind, String glob, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("report.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, glob));
        chooser.setInitialFileName(name);
        java.io.File f = chooser.showSaveDialog(stage);
        return java.util.Optional.ofNullable(f).map(java.io.File::toPath);
    }

    /** The narrative text of one chapter of the year: paragraphs, **bold**, "- " bullets. */
    public static void editTexts(Window owner, ReportViewModel vm, Messages m) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.format("report.texts.title", vm.yearProperty().get()));
        ComboBox<String> chapter = new ComboBox<>();
        chapter.getItems().addAll(ReportAssembler.TEXT_CHAPTERS.keySet());
        chapter.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : ReportAssembler.TEXT_CHAPTERS.get(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        TextArea text = new TextArea();
        text.setWrapText(true);
        text.setPrefSize(640, 360);
        text.setId("reportText");
        chapter.valueProperty().addListener((o, a, b) -> {
            if (b == null) {
                text.setText("");
                return;
            }
            // Only the text of the chapter still chosen when it arrives is shown.
            vm.loadText(b, body -> {
                if (b.equals(chapter.getValue())) {
                    text.setText(body);
                }
            });
        });
        chapter.getSelectionModel().selectFirst();
        ButtonType saveType = new ButtonType(m.get("report.texts.save"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(saveType).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            vm.saveText(chapter.getValue(), text.getText());
            e.consume();
        });
        VBox box = new VBox(8, chapter, text, new Label(m.get("report.texts.hint")));
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        dialog.show();
    }
}
