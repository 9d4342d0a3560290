package de.netzatlas.ui.registers;

import java.util.List;
import java.util.function.Function;

import de.netzatlas.asset.LocatedAsset;
import de.netzatlas.asset.ValidationIssue;
import de.netzatlas.common.Messages;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.FormGrid;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog frame both register forms share: the form grid, a message area, and an OK button that
 * validates (and, when there is no error, saves) off the FX thread, keeping the dialog open with the
 * fields marked while there are errors. Warnings are shown and do not block.
 */
public final class RegisterForm<A extends LocatedAsset<?>> {

    /** Builds the record from the fields (FX thread); parse problems go to {@link FormGrid#problems}. */
    public interface Draft<A> {
        A read();
    }

    static <A extends LocatedAsset<?>> void show(Window owner, String title, FormGrid form, Draft<A> draft,
                                                 Function<A, A> complete, AssetListViewModel<A> vm,
                                                 BackgroundExecutor executor, Messages m, Runnable saved) {
        show(owner, title, form, draft, complete, vm.service(), executor, m, saved);
    }

    /** The same frame for any register's service (the mobile register has its own list model). */
    public static <A extends LocatedAsset<?>> void show(Window owner, String title, FormGrid form, Draft<A> draft,
                                                        Function<A, A> complete,
                                                        de.netzatlas.asset.AssetService<A> service,
                                                        BackgroundExecutor executor, Messages m, Runnable saved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Label messages = new Label();
        messages.setId("formMessages");
        messages.setWrapText(true);
        messages.getStyleClass().add("form-error");
        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(440);
        messages.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(8, scroll, messages);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(m.get("registers.save"));
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(m.get("projectForm.cancel"));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            form.problems.clear();
            A asset = draft.read();
            if (!form.problems.isEmpty() || asset == null) {
                messages.setText(form.show(form.problems));
                return;
            }
            ok.setDisable(true);
            executor.run(() -> {
                A full = complete.apply(asset);
                List<ValidationIssue> issues = service.validate(full);
                if (issues.stream().anyMatch(ValidationIssue::isError)) {
                    return issues;
                }
                if (full.version() == 0) {
                    service.create(full);
                } else {
                    service.update(full);
                }
                return (List<ValidationIssue>) null;
            }, issues -> {
                ok.setDisable(false);
                if (issues == null) {
                    dialog.close();
                    saved.run();
                } else {
                    messages.setText(form.show(issues));
                }
            }, err -> {
                ok.setDisable(false);
                messages.setText(err.getMessage());
            });
        });
        dialog.show();
    }

    private RegisterForm() {
    }
}
