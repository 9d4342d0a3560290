package de.netzatlas.ui.exchange;

import java.nio.charset.Charset;
import java.util.List;
import java.util.function.UnaryOperator;

import de.netzatlas.common.Messages;
import de.netzatlas.exchange.Format;
import de.netzatlas.exchange.ReadSettings;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The detected read settings above the preview (encoding, delimiter, decimal comma, header row, sheet),
 * each correctable: a correction re-reads the preview. Settings a format does not have are disabled.
 */
final class ReadSettingsBar extends HBox {

    private static final List<String> CHARSETS = List.of("UTF-8", "windows-1252", "ISO-8859-1");
    private static final List<Character> DELIMITERS = List.of(';', ',', '\t', '|');

    private final ImportViewModel vm;
    private boolean updating;

    ReadSettingsBar(ImportViewModel vm, Messages m) {
        super(8);
        this.vm = vm;
        ComboBox<String> charset = new ComboBox<>(FXCollections.observableArrayList(CHARSETS));
        charset.setId("importCharset");
        charset.setPrefWidth(150);
        ComboBox<Character> delimiter = new ComboBox<>(FXCollections.observableArrayList(DELIMITERS));
        delimiter.setId("importDelimiter");
        delimiter.setConverter(new LabelConverter<>(c -> new ReadSettings(Format.CSV, null, c, false, 0, null, null)
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
        getChildren().addAll(csvOnly, charset, delimiterLabel, delimiter, decimalComma,
                new Label(m.get("exchange.import.headerRow")), headerRow, sheetLabel, sheet);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().forEach(n -> {
            if (n instanceof Label l) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        decimalComma.setMinWidth(Region.USE_PREF_SIZE);

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
    }

    private void edit(UnaryOperator<ReadSettings> change) {
        ReadSettings s = vm.settingsProperty().get();
        if (updating || s == null) {
            return;
        }
        ReadSettings corrected = change.apply(s);
        if (!corrected.equals(s)) {
            vm.changeSettings(corrected);
        }
    }
}
