package de.netzatlas.report;

import static de.netzatlas.store.schema.Tables.REPORT_TEXT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import de.netzatlas.store.AuditLog;
import de.netzatlas.store.ChangeSet;
import de.netzatlas.store.Database;

/**
 * The narrative text of each report chapter per year ({@code report_text}, V7). Saving is audited;
 * an empty text deletes the row. The only class of the report package that touches SQL.
 */
public final class ReportTextRepository {

    static final String TABLE = "report_text";

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;

    public ReportTextRepository(Database db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Chapter id → text of one year (chapters without text are absent). */
    public Map<String, String> texts(int year) {
        Map<String, String> out = new LinkedHashMap<>();
        db.dsl().selectFrom(REPORT_TEXT).where(REPORT_TEXT.REPORT_YEAR.eq(year)).orderBy(REPORT_TEXT.CHAPTER)
                .forEach(r -> out.put(r.getChapter(), r.getBody()));
        return out;
    }

    public Optional<String> text(int year, String chapter) {
        return Optional.ofNullable(texts(year).get(chapter));
    }

    /** Stores (or, when blank, removes) the text of one chapter of one year. */
    public void save(int year, String chapter, String body, String user) {
        String key = year + "/" + chapter;
        String value = body == null ? "" : body.strip();
        db.inTransaction(tx -> {
            ChangeSet cs = ChangeSet.start(user, clock, "Berichtstext " + key + " geändert");
            var existing = tx.dsl().selectFrom(REPORT_TEXT)
                    .where(REPORT_TEXT.REPORT_YEAR.eq(year).and(REPORT_TEXT.CHAPTER.eq(chapter))).fetchOne();
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (existing == null) {
                if (value.isEmpty()) {
                    return;
                }
                tx.dsl().insertInto(REPORT_TEXT).set(REPORT_TEXT.REPORT_YEAR, year).set(REPORT_TEXT.CHAPTER, chapter)
                        .set(REPORT_TEXT.BODY, value).set(REPORT_TEXT.VERSION, 1).set(REPORT_TEXT.UPDATED_AT, now)
                        .set(REPORT_TEXT.UPDATED_BY, user).execute();
                audit.recordInsert(tx, cs, TABLE, key, 1, Map.of("body", value));
            } else if (value.isEmpty()) {
                tx.dsl().deleteFrom(REPORT_TEXT)
                        .where(REPORT_TEXT.REPORT_YEAR.eq(year).and(REPORT_TEXT.CHAPTER.eq(chapter))).execute();
                audit.recordDelete(tx, cs, TABLE, key, existing.getVersion(), Map.of("body", existing.getBody()));
            } else if (!existing.getBody().equals(value)) {
                int version = existing.getVersion() + 1;
                tx.dsl().update(REPORT_TEXT).set(REPORT_TEXT.BODY, value).set(REPORT_TEXT.VERSION, version)
                        .set(REPORT_TEXT.UPDATED_AT, now).set(REPORT_TEXT.UPDATED_BY, user)
                        .where(REPORT_TEXT.REPORT_YEAR.eq(year).and(REPORT_TEXT.CHAPTER.eq(chapter))).execute();
                audit.recordUpdate(tx, cs, TABLE, key, version, Map.of("body", existing.getBody()),
                        Map.of("body", value));
            }
        });
    }
}
