package de.netzatlas.asset;

/**
 * Thrown when a change was made to an asset that is no longer as the planner saw it: changed in the
 * meantime (another version) or gone. Nothing was written; the form says so instead of marking fields.
 */
public final class AssetConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public AssetConflictException(String message) {
        super(message);
    }
}
