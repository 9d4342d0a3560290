package de.netzatlas.ui.shell;

import java.util.function.Supplier;

import de.netzatlas.common.Messages;

import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;

/**
 * Bearbeiten → Rückgängig (Ctrl+Z): in a text field it undoes the typing there (the field's own
 * undo), anywhere else the newest change of the session ({@link UndoViewModel}).
 */
final class UndoAction {

    private final UndoViewModel vm;
    private final Supplier<Scene> scene;

    UndoAction(UndoViewModel vm, Supplier<Scene> scene) {
        this.vm = vm;
        this.scene = scene;
    }

    MenuItem menuItem(Messages m) {
        MenuItem undo = new MenuItem(m.get("menu.edit.undo"));
        undo.setId("menuUndo");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> undo());
        return undo;
    }

    private void undo() {
        Scene s = scene.get();
        if (s != null && s.getFocusOwner() instanceof TextInputControl text) {
            if (text.isUndoable()) {
                text.undo();
            }
            return;
        }
        vm.undoLast();
    }
}
