package de.netzatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One undo history for every service: newest first across owners, or newest of one owner. */
class SessionUndoTest {

    /** A service that writes one audit row per change and records what it is asked to take back. */
    private static final class Recorder implements SessionUndo.Owner {
        final List<String> takenBack = new ArrayList<>();
        final List<String> undoDescriptions = new ArrayList<>();
        private final Database db;
        private final AuditLog audit;
        private final SessionUndo session;
        private final String table;

        Recorder(Database db, AuditLog audit, SessionUndo session, String table) {
            this.db = db;
            this.audit = audit;
            this.session = session;
            this.table = table;
        }

        void change(String key) {
            ChangeSet cs = ChangeSet.start("planerin", Clock.systemUTC(), table + " geändert: " + key);
            db.inTransaction(tx -> audit.recordInsert(tx, cs, table, key, 1, Map.of("name", key)));
            session.push(this, cs);
        }

        @Override
        public SessionUndo session() {
            return session;
        }

        @Override
        public void takeBack(List<AuditEntry> entriesNewestFirst, ChangeSet undo) {
            entriesNewestFirst.forEach(e -> takenBack.add(e.rowKey()));
            undoDescriptions.add(undo.description());
        }
    }

    @Test
    void undoLastTakesBackTheNewestChangeWhoeverMadeItAndUndoOfOneOwnerSkipsTheOthers(@TempDir Path dir) {
        try (Database db = Database.open(dir.resolve("u.mv.db"))) {
            AuditLog audit = new AuditLog();
            SessionUndo session = new SessionUndo(db, audit, Clock.systemUTC(), () -> "planerin");
            Recorder projects = new Recorder(db, audit, session, "fibre_project");
            Recorder schools = new Recorder(db, audit, session, "school");
            projects.change("p1");
            schools.change("s1");
            projects.change("p2");

            assertTrue(schools.canUndo());
            Optional<SessionUndo.Undone> undone = session.undoLast();
            assertEquals("fibre_project geändert: p2", undone.orElseThrow().description());
            assertSame(projects, undone.get().owner());
            assertEquals(List.of("p2"), projects.takenBack);
            assertEquals(List.of("Rückgängig: fibre_project geändert: p2"), projects.undoDescriptions);

            assertEquals(Optional.of("fibre_project geändert: p1"), projects.undo());
            assertFalse(projects.canUndo());
            assertTrue(projects.undo().isEmpty());
            assertTrue(session.canUndo());

            assertEquals("school geändert: s1", session.undoLast().orElseThrow().description());
            assertEquals(List.of("s1"), schools.takenBack);
            assertFalse(session.canUndo());
            assertTrue(session.undoLast().isEmpty());
        }
    }
}
