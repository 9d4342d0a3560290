package de.netzatlas.ui.shell;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import de.netzatlas.store.SessionUndo;
import de.netzatlas.ui.common.BackgroundExecutor;
import de.netzatlas.ui.common.TaskHandle;

/**
 * The window's one "Rückgängig": takes back the newest change of the session, whichever project or
 * register made it ({@link SessionUndo}), in the background, then hands the description to the screen
 * that shows what changed, so it reloads. A failure goes to the executor's sink (the error dialog).
 * No toolkit needed.
 */
public final class UndoViewModel {

    private final SessionUndo session;
    private final BackgroundExecutor executor;
    private final String what;
    private final Map<SessionUndo.Owner, Consumer<String>> screens = new IdentityHashMap<>();

    /** {@code what} names the task for the log and the error dialog ("Rückgängig"). */
    public UndoViewModel(SessionUndo session, BackgroundExecutor executor, String what) {
        this.session = session;
        this.executor = executor;
        this.what = what;
    }

    /** After a change of {@code owner} was taken back, {@code reload} gets its description (FX thread). */
    public UndoViewModel reloadAfter(SessionUndo.Owner owner, Consumer<String> reload) {
        screens.merge(owner, reload, Consumer::andThen);
        return this;
    }

    /** Takes back the newest change of the session; nothing happens when there is none. */
    public TaskHandle undoLast() {
        return executor.submit(what, p -> session.undoLast(), this::undone);
    }

    private void undone(Optional<SessionUndo.Undone> undone) {
        undone.ifPresent(u -> screens.getOrDefault(u.owner(), d -> { }).accept(u.description()));
    }
}
