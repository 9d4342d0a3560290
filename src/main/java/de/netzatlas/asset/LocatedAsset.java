package de.netzatlas.asset;

import java.util.UUID;

/**
 * The common face of a register entry: identity, display name, position, Gemeinde (AGS), current
 * status, demo flag and stored version (0 when not yet saved). Lists and map layers of all registers
 * work against this.
 */
public interface LocatedAsset<S extends Enum<S> & AssetStatus> {

    UUID id();

    String name();

    GeoPoint location();

    String gemeindeAgs();

    S status();

    boolean demo();

    int version();
}
