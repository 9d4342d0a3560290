package de.netzatlas.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * One import that wrote something: its change set, when and by whom, the target and file, the rows
 * read and written (new + changed), and when it was undone (null: still in effect).
 */
public record ImportRun(UUID changeSet, Instant at, String user, String target, String file, long rows, long inserted,
                        long updated, Instant undoneAt) {

    public long written() {
        return inserted + updated;
    }

    public boolean undone() {
        return undoneAt != null;
    }
}
