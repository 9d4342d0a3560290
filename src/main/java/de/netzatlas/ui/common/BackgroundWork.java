package de.netzatlas.ui.common;

/**
 * Database, file, print or tile work that runs off the FX thread. It may report progress and should
 * look at {@link TaskProgress#cancelled()} between steps when it can take long.
 */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(TaskProgress progress) throws Exception;
}
