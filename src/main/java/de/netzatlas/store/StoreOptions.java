package de.netzatlas.store;

import java.time.Clock;
import java.util.List;

/**
 * How a database is opened: where the migrations come from, how many backups to keep, which clock
 * names the backups. Tests add migration locations to simulate an upgrade.
 */
public record StoreOptions(List<String> migrationLocations, int backupsToKeep, Clock clock) {

    public static final String MIGRATIONS = "classpath:db/migration";

    public StoreOptions {
        migrationLocations = List.copyOf(migrationLocations);
        if (backupsToKeep < 1) {
            throw new IllegalArgumentException("backupsToKeep must be at least 1");
        }
    }

    public static StoreOptions defaults() {
        return new StoreOptions(List.of(MIGRATIONS), 5, Clock.systemDefaultZone());
    }
}
