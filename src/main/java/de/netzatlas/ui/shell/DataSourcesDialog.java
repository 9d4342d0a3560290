package de.netzatlas.ui.shell;

import de.netzatlas.common.Messages;
import de.netzatlas.region.BundledGeodata;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → "Datenquellen und Lizenzen": the data attribution block and the software licences. */
final class DataSourcesDialog {

    private DataSourcesDialog() {
    }

    static String text(Messages m) {
        return BundledGeodata.text(BundledGeodata.ATTRIBUTION).strip() + "\n\n"
                + m.get("sources.software") + "\n"
                + BundledGeodata.text("/de/netzatlas/ui/shell/third-party.txt").strip() + "\n";
    }

    /** A "Schließen" button in the UI language, independent of the JVM's locale. */
    static ButtonType closeButton(Messages m) {
        return new ButtonType(m.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    static void show(Window owner, Messages m) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", closeButton(m));
        alert.initOwner(owner);
        alert.setTitle(m.get("sources.title"));
        alert.setHeaderText(m.get("sources.title"));
        Label intro = new Label(m.get("sources.header"));
        intro.setWrapText(true);
        TextArea area = new TextArea(text(m));
        area.setId("sourcesText");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefColumnCount(80);
        area.setPrefRowCount(18);
        area.getStyleClass().add("sources-text");
        VBox.setVgrow(area, Priority.ALWAYS);
        alert.getDialogPane().setContent(new VBox(8, intro, area));
        alert.setResizable(true);
        alert.showAndWait();
    }
}
