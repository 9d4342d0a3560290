package de.netzatlas.ui.exchange;

import java.io.File;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.netzatlas.common.Messages;
import de.netzatlas.exchange.Format;
import de.netzatlas.exchange.ImportTarget;
import de.netzatlas.exchange.Problem;
import de.netzatlas.exchange.ReadSettings;
import de.netzatlas.exchange.SourceRow;
import de.netzatlas.exchange.TargetField;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The import wizard "Datei → Importieren …": four steps (Datei und Ziel, Vorschau und Zuordnung,
 * Prüfen, Importieren) over one {@link ImportViewModel}. Only layout and bindings live here.
 */
public final class ImportDialog {

    private static final List<String> CHARSETS = List.of("UTF-8", "windows-1252", "ISO-8859-1");
    private static final List<Character> DELIMITERS = List.of(';', ',', '\t', '|');

    private final ImportViewModel vm;
    private final Messages m;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final Label stepTitle = new Label();
    private final Node[] steps;
    private int step;
    private final Button back;
    private final Button next;
    private final Map<String, ComboBox<String>> mappingCombos = new HashMap<>();
    private final GridPane mappingGrid = new GridPane();
    private final Label status = new Label();
    private boolean updating;

    private ImportDialog(Window owner, ImportViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        steps = new Node[] {fileStep(), previewStep(), checkStep(), importStep()};
        back = new Button(m.get("exchange.back"));
        back.setId("importBack");
        back.setOnAction(e -> show(step - 1));
        next = new Button(m.get("exchange.next"));
        next.setId("importNext");
        next.setDefaultButton(true);
        next.setOnAction(e -> show(step + 1));
        Button close = new Button(m.get("exchange.close"));
        close.setId("importClose");
        close.setCancelButton(true);
        close.disableProperty().bind(vm.runningProperty());
        close.setOnAction(e -> stage.close());
        status.setId("importStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMinWidth(0);
        status.managedProperty().bind(status.visibleProperty());
        for (Button b : new Button[] {back, next, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, gap, back, next, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(12, 0, 0, 0));
        stepTitle.setId("importStepTitle");
        stepTitle.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        BorderPane.setMargin(stepTitle, new Insets(0, 0, 12, 0));
        root.setTop(stepTitle);
        root.setBottom(buttons);
        root.setPadding(new Insets(16));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("exchange.import.title"));
        stage.setScene(new Scene(root, 1100, 760));
        vm.header().addListener((ListChangeListener<String>) c -> rebuildMapping());
        vm.mappingProperty().addListener((o, a, v) -> syncMapping());
        vm.targetIdProperty().addListener((o, a, v) -> rebuildMapping());
        show(0);
    }

    public static ImportDialog open(Window owner, ImportViewModel vm, Messages m) {
        ImportDialog d = new ImportDialog(owner, vm, m);
        vm.loadProfileNames();
        d.stage.show();
        return d;
    }

    Stage stage() {
        return stage;
    }

    /** Shows wizard step {@code i} (0…3); entering the preview reads the file, entering "Prüfen" checks it. */
    void show(int i) {
        int target = Math.max(0, Math.min(steps.length - 1, i));
        boolean forward = target > step;
        step = target;
        root.setCenter(steps[step]);
        status.setVisible(step != steps.length - 1); // the last step shows the result in its own, bold line
        stepTitle.setText(m.format("exchange.import.step", step + 1, steps.length, m.get("exchange.import.step" + step)));
        back.disableProperty().unbind();
        back.disableProperty().bind(vm.runningProperty().or(Bindings.createBooleanBinding(() -> step == 0)));
        next.disableProperty().unbind();
        if (step == 0) {
            next.disableProperty().bind(vm.fileProperty().isNull().or(vm.targetIdProperty().isNull()));
        } else if (step == steps.length - 1) {
            next.disableProperty().bind(Bindings.createBooleanBinding(() -> true));
        } else {
            next.disableProperty().bind(vm.runningProperty().or(Bindings.isEmpty(vm.header())));
        }
        if (forward && step == 1) {
            vm.preview();
        } else if (forward && step == 2) {
            vm.check();
        }
    }

    // --- step 1: file and target -------------------------------------------------------------

    private Node fileStep() {
        TextField path = new TextField();
        path.setId("importFile");
        path.setEditable(false);
        path.setPrefColumnCount(50);
        path.textProperty().bind(Bindings.createStringBinding(
                () -> vm.fileProperty().get() == null ? "" : vm.fileProperty().get().toString(), vm.fileProperty()));
        Button choose = new Button(m.get("exchange.import.chooseFile"));
        choose.setId("importChooseFile");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("exchange.import.chooseFile"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(m.get("exchange.filter.all"), "*.csv", "*.txt", "*.xlsx", "*.geojson", "*.json"),
                    new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"),
                    new FileChooser.ExtensionFilter("Excel (XLSX)", "*.xlsx"),
                    new FileChooser.ExtensionFilter("GeoJSON", "*.geojson", "*.json"));
            File f = chooser.showOpenDialog(stage);
            if (f != null) {
                vm.fileProperty().set(f.toPath());
            }
        });
        HBox fileRow = new HBox(8, path, choose);
        HBox.setHgrow(path, Priority.ALWAYS);

        ComboBox<String> target = new ComboBox<>(FXCollections.observableArrayList(
                vm.targets().stream().map(ImportTarget::id).toList()));
        target.setId("importTarget");
        target.setConverter(converter(id -> vm.targets().stream().filter(t -> t.id().equals(id))
                .map(ImportTarget::label).findFirst().orElse(id)));
        target.valueProperty().bindBidirectional(vm.targetIdProperty());

        ComboBox<String> profiles = new ComboBox<>(vm.profileNames());
        profiles.setId("importProfile");
        profiles.setPromptText(m.get("exchange.import.noProfile"));
        profiles.setOnAction(e -> {
            if (profiles.getValue() != null) {
                vm.loadProfile(profiles.getValue());
            }
        });
        Label hint = new Label(m.get("exchange.import.fileHint"));
        hint.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(m.get("exchange.import.file")), fileRow);
        grid.addRow(1, new Label(m.get("exchange.import.target")), target);
        grid.addRow(2, new Label(m.get("exchange.import.profile")), profiles);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);
        VBox box = new VBox(16, grid, hint);
        return box;
    }

    // --- step 2: preview, read settings, mapping -------------------------------------------

    private Node previewStep() {
        ComboBox<String> charset = new ComboBox<>(FXCollections.observableArrayList(CHARSETS));
        charset.setId("importCharset");
        charset.setPrefWidth(150);
        ComboBox<Character> delimiter = new ComboBox<>(FXCollections.observableArrayList(DELIMITERS));
        delimiter.setId("importDelimiter");
        delimiter.setConverter(converter(c -> c == null ? "" : new ReadSettings(Format.CSV, null, c, false, 0, null, null)
                .delimiterLabel()));
        CheckBox decimalComma = new CheckBox(m.get("exchange.import.decimalComma"));
        decimalComma.setId("importDecimalComma");
        Spinner<Integer> headerRow = new Spinner<>(1, 1000, 1);
        headerRow.setId("importHeaderRow");
        headerRow.setPrefWidth(80);
        TextField sheet = new TextField();
        sheet.setId("importSheet");
        sheet.setPrefColumnCount(14);
        sheet.setPromptText(m.get("exchange.import.firstSheet"));
        Label csvOnly = new Label(m.get("exchange.import.encoding"));
        Label delimiterLabel = new Label(m.get("exchange.import.delimiter"));
        Label sheetLabel = new Label(m.get("exchange.import.sheet"));
        HBox settingsRow = new HBox(8, csvOnly, charset, delimiterLabel, delimiter, decimalComma,
                new Label(m.get("exchange.import.headerRow")), headerRow, sheetLabel, sheet);
        settingsRow.setAlignment(Pos.CENTER_LEFT);
        settingsRow.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        decimalComma.setMinWidth(Region.USE_PREF_SIZE);
        Label openProblems = new Label();
        openProblems.setId("importPreviewProblems");
        openProblems.setWrapText(true);
        openProblems.setStyle("-fx-text-fill: #b3261e;");
        openProblems.textProperty().bind(Bindings.createStringBinding(() -> vm.problems().stream().limit(3)
                .map(p -> (p.row() > 0 ? m.get("exchange.report.row") + " " + p.row() + ": " : "") + p.message())
                .collect(java.util.stream.Collectors.joining("\n")), vm.problems()));
        openProblems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        openProblems.managedProperty().bind(openProblems.visibleProperty());

        vm.settingsProperty().addListener((o, a, s) -> {
            if (s == null) {
                return;
            }
            updating = true;
            try {
                charset.setValue(s.charset() == null ? null : s.charset().name());
                delimiter.setValue(s.delimiter());
                decimalComma.setSelected(s.decimalComma());
                headerRow.getValueFactory().setValue(s.headerIndex() + 1);
                sheet.setText(s.sheet() == null ? "" : s.sheet());
                boolean csv = s.format() == Format.CSV;
                boolean geo = s.format() == Format.GEOJSON;
                for (Node n : List.of(csvOnly, charset, delimiterLabel, delimiter)) {
                    n.setDisable(!csv);
                }
                decimalComma.setDisable(geo);
                headerRow.setDisable(geo);
                sheet.setDisable(s.format() != Format.XLSX);
                sheetLabel.setDisable(s.format() != Format.XLSX);
            } finally {
                updating = false;
            }
        });
        charset.setOnAction(e -> edit(s -> s.withCharset(Charset.forName(charset.getValue()))));
        delimiter.setOnAction(e -> edit(s -> s.withDelimiter(delimiter.getValue())));
        decimalComma.setOnAction(e -> edit(s -> s.withDecimalComma(decimalComma.isSelected())));
        headerRow.valueProperty().addListener((o, a, v) -> edit(s -> s.withHeaderIndex(v - 1)));
        sheet.setOnAction(e -> edit(s -> s.withSheet(sheet.getText().isBlank() ? null : sheet.getText().trim())));

        TableView<SourceRow> table = new TableView<>(vm.rows());
        table.setId("importPreviewTable");
        table.setPlaceholder(new Label(m.get("exchange.import.noRows")));
        vm.header().addListener((ListChangeListener<String>) c -> previewColumns(table));
        table.setPrefHeight(260);

        mappingGrid.setId("importMapping");
        mappingGrid.setHgap(10);
        mappingGrid.setVgap(6);
        ScrollPane mappingScroll = new ScrollPane(mappingGrid);
        mappingScroll.setFitToWidth(true);
        mappingScroll.setPrefViewportHeight(200);

        TextField profileName = new TextField();
        profileName.setId("importProfileName");
        profileName.setPromptText(m.get("exchange.import.profileName"));
        Button saveProfile = new Button(m.get("exchange.import.saveProfile"));
        saveProfile.setId("importSaveProfile");
        saveProfile.disableProperty().bind(profileName.textProperty().isEmpty());
        saveProfile.setOnAction(e -> vm.saveProfile(profileName.getText()));
        HBox profileRow = new HBox(8, profileName, saveProfile);
        profileRow.setAlignment(Pos.CENTER_LEFT);

        TitledPane mappingPane = new TitledPane(m.get("exchange.import.mapping"), new VBox(8, mappingScroll, profileRow));
        mappingPane.setCollapsible(false);
        Label rowsTitle = new Label(m.get("exchange.import.previewRows"));
        rowsTitle.setStyle("-fx-font-weight: bold;");
        VBox box = new VBox(10, settingsRow, openProblems, rowsTitle, table, mappingPane);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private void edit(java.util.function.UnaryOperator<ReadSettings> change) {
        ReadSettings s = vm.settingsProperty().get();
        if (updating || s == null) {
            return;
        }
        ReadSettings corrected = change.apply(s);
        if (!corrected.equals(s)) {
            vm.changeSettings(corrected);
        }
    }

    private void previewColumns(TableView<SourceRow> table) {
        table.getColumns().clear();
        TableColumn<SourceRow, String> row = new TableColumn<>(m.get("exchange.report.row"));
        row.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().row())));
        row.setPrefWidth(60);
        table.getColumns().add(row);
        List<String> header = List.copyOf(vm.header());
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            TableColumn<SourceRow, String> col = new TableColumn<>(header.get(i));
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cell(index)));
            col.setPrefWidth(Math.max(80, Math.min(180, header.get(i).length() * 9 + 20)));
            table.getColumns().add(col);
        }
    }

    private void rebuildMapping() {
        mappingGrid.getChildren().clear();
        mappingCombos.clear();
        List<TargetField> fields = vm.fields();
        Label h1 = new Label(m.get("exchange.import.targetField"));
        Label h2 = new Label(m.get("exchange.import.sourceColumn"));
        h1.setStyle("-fx-font-weight: bold;");
        h2.setStyle("-fx-font-weight: bold;");
        mappingGrid.addRow(0, h1, h2);
        int col = 0;
        int row = 1;
        int half = (fields.size() + 1) / 2;
        for (int i = 0; i < fields.size(); i++) {
            TargetField f = fields.get(i);
            if (i == half) {
                col = 2;
                row = 1;
                Label h3 = new Label(h1.getText());
                Label h4 = new Label(h2.getText());
                h3.setStyle(h1.getStyle());
                h4.setStyle(h2.getStyle());
                mappingGrid.add(h3, 2, 0);
                mappingGrid.add(h4, 3, 0);
            }
            Label label = new Label(f.label() + (f.required() ? " *" : ""));
            label.setMinWidth(Region.USE_PREF_SIZE);
            ComboBox<String> combo = new ComboBox<>();
            combo.setId("map-" + f.key());
            combo.getItems().add("");
            combo.getItems().addAll(vm.header());
            combo.setConverter(converter(c -> c == null || c.isEmpty() ? m.get("exchange.import.unmapped") : c));
            combo.setPrefWidth(200);
            combo.setOnAction(e -> {
                if (!updating) {
                    vm.map(f.key(), combo.getValue());
                }
            });
            mappingCombos.put(f.key(), combo);
            mappingGrid.add(label, col, row);
            mappingGrid.add(combo, col + 1, row);
            row++;
        }
        syncMapping();
    }

    private void syncMapping() {
        updating = true;
        try {
            mappingCombos.forEach((key, combo) -> combo.setValue(vm.mappingProperty().get().column(key).orElse("")));
        } finally {
            updating = false;
        }
    }

    // --- step 3: check ---------------------------------------------------------------------

    private Node checkStep() {
        TableView<Problem> table = problemTable();
        Label counts = new Label();
        counts.setId("importCounts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> m.format("exchange.import.counts",
                vm.errorsProperty().get(), vm.warningsProperty().get()), vm.errorsProperty(), vm.warningsProperty()));
        Button save = new Button(m.get("exchange.import.saveReport"));
        save.setId("importSaveReport");
        save.disableProperty().bind(Bindings.isEmpty(vm.problems()).or(vm.runningProperty()));
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("exchange.import.saveReport"));
            chooser.setInitialFileName("importbericht.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File f = chooser.showSaveDialog(stage);
            if (f != null) {
                vm.saveReport(f.toPath());
            }
        });
        Button recheck = new Button(m.get("exchange.import.check"));
        recheck.setId("importCheck");
        recheck.disableProperty().bind(vm.runningProperty());
        recheck.setOnAction(e -> vm.check());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, counts, spacer, recheck, save);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, top, progressRow("importCheckProgress"), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableView<Problem> problemTable() {
        TableView<Problem> table = new TableView<>(vm.problems());
        table.setId("importProblems");
        table.setPlaceholder(new Label(m.get("exchange.import.noProblems")));
        table.getColumns().add(column(m.get("exchange.report.row"), 70, p -> String.valueOf(p.row())));
        table.getColumns().add(column(m.get("exchange.report.column"), 130, Problem::column));
        table.getColumns().add(column(m.get("exchange.report.value"), 120, p -> p.value() == null ? "" : p.value()));
        table.getColumns().add(column(m.get("exchange.report.message"), 460, Problem::message));
        table.getColumns().add(column(m.get("exchange.report.severity"), 90, p -> p.severity().label()));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setStyle(empty || p == null ? "" : p.isError() ? "-fx-background-color: #fde2e1;" : "-fx-background-color: #fff4d6;");
            }
        });
        return table;
    }

    private static TableColumn<Problem, String> column(String title, double width,
                                                       java.util.function.Function<Problem, String> value) {
        TableColumn<Problem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private HBox progressRow(String id) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId(id);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(m.get("exchange.import.cancel"));
        cancel.setId(id + "Cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        HBox row = new HBox(8, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(vm.runningProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    // --- step 4: import --------------------------------------------------------------------

    private Node importStep() {
        ToggleGroup mode = new ToggleGroup();
        RadioButton all = new RadioButton(m.get("exchange.import.allOrNothing"));
        all.setId("importAllOrNothing");
        RadioButton valid = new RadioButton(m.get("exchange.import.validOnly"));
        valid.setId("importValidOnly");
        all.setToggleGroup(mode);
        valid.setToggleGroup(mode);
        all.setSelected(!vm.validOnlyProperty().get());
        valid.setSelected(vm.validOnlyProperty().get());
        valid.selectedProperty().addListener((o, a, v) -> vm.validOnlyProperty().set(v));

        ToggleGroup existing = new ToggleGroup();
        RadioButton overwrite = new RadioButton(m.get("exchange.import.overwrite"));
        overwrite.setId("importOverwrite");
        RadioButton skip = new RadioButton(m.get("exchange.import.skip"));
        skip.setId("importSkip");
        overwrite.setToggleGroup(existing);
        skip.setToggleGroup(existing);
        overwrite.setSelected(true);
        skip.selectedProperty().addListener((o, a, v) -> vm.existingProperty().set(
                v ? ImportTarget.ExistingPolicy.SKIP : ImportTarget.ExistingPolicy.OVERWRITE));

        Label checkedHint = new Label();
        checkedHint.setWrapText(true);
        checkedHint.textProperty().bind(Bindings.createStringBinding(() -> !vm.checkedProperty().get() ? ""
                : m.format("exchange.import.counts", vm.errorsProperty().get(), vm.warningsProperty().get()),
                vm.checkedProperty(), vm.errorsProperty(), vm.warningsProperty()));

        Button run = new Button(m.get("exchange.import.run"));
        run.setId("importRun");
        run.disableProperty().bind(vm.runningProperty().or(vm.resultProperty().isNotNull()
                .and(Bindings.createBooleanBinding(() -> vm.resultProperty().get() != null
                        && vm.resultProperty().get().written(), vm.resultProperty()))));
        run.setOnAction(e -> vm.runImport());
        Button undo = new Button(m.get("exchange.import.undo"));
        undo.setId("importUndo");
        undo.disableProperty().bind(vm.undoableProperty().isNull().or(vm.runningProperty()));
        undo.setOnAction(e -> vm.undo());

        Label result = new Label();
        result.setId("importResult");
        result.setWrapText(true);
        result.setStyle("-fx-font-weight: bold;");
        result.textProperty().bind(Bindings.createStringBinding(() -> vm.resultProperty().get() == null ? ""
                : vm.statusProperty().get(), vm.resultProperty(), vm.statusProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("exchange.import.mode")), new VBox(6, all, valid));
        grid.addRow(1, new Label(m.get("exchange.import.existing")), new VBox(6, overwrite, skip));
        VBox box = new VBox(14, grid, checkedHint, new HBox(8, run, undo), progressRow("importProgress"), result,
                problemTableCompact());
        return box;
    }

    private Node problemTableCompact() {
        TableView<Problem> t = problemTable();
        t.setId("importResultProblems");
        t.setPrefHeight(220);
        return t;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
