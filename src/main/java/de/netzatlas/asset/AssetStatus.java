package de.netzatlas.asset;

/**
 * A status of an asset register's workflow; implemented by each register's status enum. The label
 * is the German text the UI, CLI and messages show.
 */
public interface AssetStatus {

    /** The constant's name as stored in the database and written to CSV. */
    String name();

    String label();
}
