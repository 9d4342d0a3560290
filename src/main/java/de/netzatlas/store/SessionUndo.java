package de.netzatlas.store;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one undo history of a session, shared by every service that edits (projects, schools, ITN-XT
 * sites, mobile sites): each pushes its change sets here, so the window's "Rückgängig" takes back the
 * newest change of the session whichever register made it, and a register's own "Rückgängig" its
 * newest one. What is taken back is read from the audit log, not kept in memory (decision 0008): the
 * owner reverts the change set's entries, newest first, as a new audited change set "Rückgängig: …".
 * Thread-safe; undos run one at a time, outside the history's own lock, so an owner may push while
 * another undo waits.
 */
public final class SessionUndo {

    /** A service whose change sets can be taken back. */
    public interface Owner {

        /** Reverts {@code entriesNewestFirst} in one transaction, audited under {@code undo}. */
        void takeBack(List<AuditEntry> entriesNewestFirst, ChangeSet undo);

        /** The history this owner pushes its change sets to. */
        SessionUndo session();

        /** Takes back this owner's newest change of the session; its description, or empty if none is left. */
        default Optional<String> undo() {
            return session().undoLast(this).map(Undone::description);
        }

        default boolean canUndo() {
            return session().canUndo(this);
        }
    }

    /** A change set that was taken back: its description and the service that had made it. */
    public record Undone(String description, Owner owner) {
    }

    private record Entry(ChangeSet changeSet, Owner owner) {
    }

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<String> user;
    private final Deque<Entry> history = new ArrayDeque<>();
    private final ReentrantLock undoing = new ReentrantLock();

    public SessionUndo(Database db, AuditLog audit, Clock clock, Supplier<String> user) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.user = user;
    }

    /** {@code owner} has written {@code changeSet}; it becomes the newest change to take back. */
    public synchronized void push(Owner owner, ChangeSet changeSet) {
        history.push(new Entry(changeSet, owner));
    }

    /** Takes back the newest change of the session, whoever made it; empty if there is none. */
    public Optional<Undone> undoLast() {
        return undo(e -> true);
    }

    /** Takes back the newest change {@code owner} made; empty if it made none (left). */
    public Optional<Undone> undoLast(Owner owner) {
        return undo(e -> e.owner() == owner);
    }

    public synchronized boolean canUndo() {
        return !history.isEmpty();
    }

    public synchronized boolean canUndo(Owner owner) {
        return history.stream().anyMatch(e -> e.owner() == owner);
    }


    private Optional<Undone> undo(Predicate<Entry> whose) {
        undoing.lock();
        try {
            Optional<Entry> taken = take(whose);
            if (taken.isEmpty()) {
                return Optional.empty();
            }
            ChangeSet done = taken.get().changeSet();
            List<AuditEntry> entries = new ArrayList<>(audit.changeSet(db, done.id()));
            Collections.reverse(entries);
            taken.get().owner().takeBack(entries, ChangeSet.start(user.get(), clock, "Rückgängig: " + done.description()));
            return Optional.of(new Undone(done.description(), taken.get().owner()));
        } finally {
            undoing.unlock();
        }
    }

    private synchronized Optional<Entry> take(Predicate<Entry> whose) {
        for (Iterator<Entry> it = history.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (whose.test(e)) {
                it.remove();
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
