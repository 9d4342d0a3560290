package de.netzatlas.store;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * One user action (an edit, an import, the initial seeding): the audit rows it writes share
 * the id, so history shows it as one step and undo can revert it as a whole.
 */
public record ChangeSet(UUID id, Instant at, String user, String description) {

    public static ChangeSet start(String user, Clock clock, String description) {
        return new ChangeSet(UUID.randomUUID(), clock.instant(), user, description);
    }
}
