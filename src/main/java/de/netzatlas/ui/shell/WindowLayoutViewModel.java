package de.netzatlas.ui.shell;

import java.util.function.Consumer;
import java.util.function.Supplier;

import de.netzatlas.common.Messages;
import de.netzatlas.store.SettingsRepository;
import de.netzatlas.ui.common.BackgroundExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The main window's adaptable layout: which side panels are shown, their widths, the dividers and
 * the window size. Read from and written to the settings ({@link WindowLayout#KEY}) in the
 * background; until the remembered layout has been read nothing is written, so the defaults of a
 * start never overwrite it.
 */
public final class WindowLayoutViewModel {

    private final SettingsRepository settings;
    private final Supplier<String> user;
    private final BackgroundExecutor executor;
    private final Messages messages;

    private final BooleanProperty leftShown = new SimpleBooleanProperty(true);
    private final BooleanProperty rightShown = new SimpleBooleanProperty(true);
    private final DoubleProperty leftWidth = new SimpleDoubleProperty();
    private final DoubleProperty rightWidth = new SimpleDoubleProperty();
    private final DoubleProperty leftDivider = new SimpleDoubleProperty();
    private final DoubleProperty centreDivider = new SimpleDoubleProperty();
    private final DoubleProperty windowWidth = new SimpleDoubleProperty();
    private final DoubleProperty windowHeight = new SimpleDoubleProperty();
    private final BooleanProperty maximized = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();
    private boolean loading;
    private String saved;

    public WindowLayoutViewModel(SettingsRepository settings, Supplier<String> user, BackgroundExecutor executor,
                                 Messages messages) {
        this.settings = settings;
        this.user = user;
        this.executor = executor;
        this.messages = messages;
        apply(WindowLayout.defaults());
        for (var p : new javafx.beans.Observable[] {leftShown, rightShown, leftWidth, rightWidth, leftDivider,
            centreDivider, windowWidth, windowHeight, maximized}) {
            p.addListener(o -> changes.set(changes.get() + 1));
        }
    }

    /** Reads the remembered layout once (later calls do nothing); defaults when there is none or the read fails. */
    public void load() {
        load(l -> { });
    }

    /** As {@link #load()}; {@code then} gets the layout in effect (also after a failed read) on the FX thread. */
    public void load(Consumer<WindowLayout> then) {
        if (loading || loaded.get()) {
            then.accept(current());
            return;
        }
        loading = true;
        executor.submit(messages.get("task.layoutLoad"), p -> settings.get(WindowLayout.KEY).orElse(""), text -> {
            saved = text;
            apply(WindowLayout.parse(text));
            loaded.set(true);
            then.accept(current());
        }, failure -> {
            // handled: the window opens with the default layout, which is not remembered this session; a
            // missing window layout is no reason for an error dialog, so it goes to the log
            loaded.set(true);
            saved = null;
            then.accept(current());
            System.getLogger(WindowLayoutViewModel.class.getName()).log(System.Logger.Level.WARNING,
                    "Fensteraufteilung nicht gelesen, Standard verwendet: " + failure.message());
        });
    }

    /** Writes the layout if it changed since it was read or last written (off the FX thread). */
    public void save() {
        if (!loaded.get()) {
            return;
        }
        String value = current().encode();
        if (value.equals(saved)) {
            return;
        }
        try {
            executor.submit(messages.get("task.layoutSave"), () -> settings.put(WindowLayout.KEY, value, user.get()));
            saved = value;
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the application is closing (its executor is shut down): this last change is not remembered
            System.getLogger(WindowLayoutViewModel.class.getName()).log(System.Logger.Level.DEBUG,
                    "Fensteraufteilung beim Beenden nicht gespeichert");
        }
    }

    public WindowLayout current() {
        return new WindowLayout(windowWidth.get(), windowHeight.get(), maximized.get(), leftWidth.get(),
                rightWidth.get(), leftShown.get(), rightShown.get(), leftDivider.get(), centreDivider.get());
    }

    private void apply(WindowLayout l) {
        windowWidth.set(l.width());
        windowHeight.set(l.height());
        maximized.set(l.maximized());
        leftWidth.set(l.leftWidth());
        rightWidth.set(l.rightWidth());
        leftShown.set(l.leftShown());
        rightShown.set(l.rightShown());
        leftDivider.set(l.leftDivider());
        centreDivider.set(l.centreDivider());
    }

    /** Navigator and layers (left) shown. */
    public BooleanProperty leftShownProperty() {
        return leftShown;
    }

    /** Details (right) shown. */
    public BooleanProperty rightShownProperty() {
        return rightShown;
    }

    public void toggleLeft() {
        leftShown.set(!leftShown.get());
    }

    public void toggleRight() {
        rightShown.set(!rightShown.get());
    }

    /** Width of the left panel in pixels. */
    public DoubleProperty leftWidthProperty() {
        return leftWidth;
    }

    /** Width of the right panel in pixels. */
    public DoubleProperty rightWidthProperty() {
        return rightWidth;
    }

    /** Navigator | layers divider (fraction). */
    public DoubleProperty leftDividerProperty() {
        return leftDivider;
    }

    /** Map | list below divider (fraction). */
    public DoubleProperty centreDividerProperty() {
        return centreDivider;
    }

    public DoubleProperty windowWidthProperty() {
        return windowWidth;
    }

    public DoubleProperty windowHeightProperty() {
        return windowHeight;
    }

    public BooleanProperty maximizedProperty() {
        return maximized;
    }

    /** True once the remembered layout has been read (or the read failed). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /** Counts changes of any part of the layout (the window saves a short while after the last one). */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }
}
