package de.netzatlas.asset;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Describes one register to the shared {@link AssetService}: its audit table, how it is called in
 * messages, how an asset turns into audit values and back (for undo), and its validation.
 */
public interface AssetKind<A extends LocatedAsset<?>> extends de.netzatlas.store.AuditRevert.Values<A> {

    /** The table name used in the audit log and in {@code asset_status_change} (e.g. {@code school}). */
    String table();

    /** The German noun for messages ("Schule", "Standort"). */
    String noun();

    /** All field values for the audit log (JSON-friendly: strings, numbers, booleans, ISO dates, lists). */
    Map<String, Object> values(A asset);

    /** The asset from audit values (inverse of {@link #values}), with the given version. */
    A fromValues(Map<String, Object> values, int version);

    A withVersion(A asset, int version);

    /** The asset at another position, the Gemeinde re-derived from it by the caller. */
    A moved(A asset, GeoPoint location, String gemeindeAgs);

    /** Issues of {@code asset} as it would be saved; {@code previous} is the stored state for an update. */
    List<ValidationIssue> validate(A asset, Optional<A> previous);

    /**
     * As {@link #validate}, for a record of a bulk import that was matched to {@code previous} by its
     * natural key (and checked for that key twice in the file): a register may skip the check that
     * the key is unique among the stored records – the match guarantees it – when that check reads
     * the whole register, which per row would make an import quadratic.
     */
    default List<ValidationIssue> validateMatched(A asset, Optional<A> previous) {
        return validate(asset, previous);
    }
}
