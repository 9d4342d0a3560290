package de.netzatlas.fibre;

/**
 * Saving a project failed because someone else saved (or deleted) it after it was loaded: the
 * stored version differs from the edited one. Nothing was written; the message is German.
 */
public final class ProjectConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ProjectConflictException(String message) {
        super(message);
    }
}
