package de.netzatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsAuditTest {

    @Test
    void everyInsertAndUpdateIsAuditedWithOldAndNewValues(@TempDir Path dir) {
        try (Database db = Database.open(dir.resolve("a.mv.db"))) {
            AuditLog audit = new AuditLog();
            SettingsRepository settings = new SettingsRepository(db, audit, Clock.systemUTC());
            settings.put("haushalte.durchschnittsgroesse", "1.9", "planerin");
            settings.put("haushalte.durchschnittsgroesse", "2.0", "planer");
            settings.put("haushalte.durchschnittsgroesse", "2.0", "planer");

            assertEquals("2.0", settings.get("haushalte.durchschnittsgroesse").orElseThrow());
            List<AuditEntry> history = audit.history(db, "app_setting", "haushalte.durchschnittsgroesse");
            assertEquals(2, history.size(), "an unchanged value writes nothing");
            assertEquals(AuditAction.INSERT, history.get(0).action());
            assertNull(history.get(0).oldValues());
            assertEquals("planerin", history.get(0).changedBy());
            assertEquals(AuditAction.UPDATE, history.get(1).action());
            assertEquals("1.9", history.get(1).oldValues().get("setting_value"));
            assertEquals("2.0", history.get(1).newValues().get("setting_value"));
            assertEquals(2, history.get(1).rowVersion());
            assertEquals(1, audit.changeSet(db, history.get(1).changeSet()).size());
        }
    }
}
