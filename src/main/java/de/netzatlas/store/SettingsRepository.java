package de.netzatlas.store;

import static de.netzatlas.store.schema.Tables.APP_SETTING;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/** Key/value settings kept in the database, so they travel with the data file. Audited like any row. */
public final class SettingsRepository {

    private static final String TABLE = "app_setting";

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;

    public SettingsRepository(Database db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<String> get(String key) {
        return db.dsl().select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value, String user) {
        db.inTransaction(tx -> {
            ChangeSet cs = ChangeSet.start(user, clock, "Einstellung „" + key + "“ geändert");
            var existing = tx.dsl().selectFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key)).fetchOne();
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (existing == null) {
                tx.dsl().insertInto(APP_SETTING)
                        .set(APP_SETTING.SETTING_KEY, key).set(APP_SETTING.SETTING_VALUE, value)
                        .set(APP_SETTING.VERSION, 1).set(APP_SETTING.UPDATED_AT, now)
                        .set(APP_SETTING.UPDATED_BY, user).execute();
                audit.recordInsert(tx, cs, TABLE, key, 1, Map.of("setting_value", value));
            } else if (!existing.getSettingValue().equals(value)) {
                int version = existing.getVersion() + 1;
                tx.dsl().update(APP_SETTING)
                        .set(APP_SETTING.SETTING_VALUE, value).set(APP_SETTING.VERSION, version)
                        .set(APP_SETTING.UPDATED_AT, now).set(APP_SETTING.UPDATED_BY, user)
                        .where(APP_SETTING.SETTING_KEY.eq(key)).execute();
                audit.recordUpdate(tx, cs, TABLE, key, version,
                        Map.of("setting_value", existing.getSettingValue()), Map.of("setting_value", value));
            }
        });
    }
}
