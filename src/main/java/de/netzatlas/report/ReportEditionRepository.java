package de.netzatlas.report;

import static de.netzatlas.store.schema.Tables.REPORT_EDITION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Record;

import de.netzatlas.store.Database;
import de.netzatlas.store.Transaction;

/**
 * Published report editions ({@code report_edition}, V9): written once, never updated or deleted.
 * Lists read only the small columns; the model and the PDF are read for one edition at a time.
 */
public final class ReportEditionRepository {

    /** An edition without its payload: what lists and messages show. */
    public record Info(UUID id, int year, int edition, LocalDate cutOff, Instant publishedAt, String publishedBy,
                       String pdfSha256) {
        /** "2025/1": the year and the edition number, as `report diff --edition` takes it. */
        public String label() {
            return year + "/" + edition;
        }
    }

    private final Database db;

    public ReportEditionRepository(Database db) {
        this.db = db;
    }

    /** Every edition, newest year first, then newest edition first. */
    public List<Info> all() {
        return db.dsl().select(REPORT_EDITION.ID, REPORT_EDITION.REPORT_YEAR, REPORT_EDITION.EDITION,
                        REPORT_EDITION.CUT_OFF, REPORT_EDITION.PUBLISHED_AT, REPORT_EDITION.PUBLISHED_BY,
                        REPORT_EDITION.PDF_SHA256)
                .from(REPORT_EDITION)
                .orderBy(REPORT_EDITION.REPORT_YEAR.desc(), REPORT_EDITION.EDITION.desc())
                .fetch(ReportEditionRepository::info);
    }

    /** The highest edition number of a year (0: none), read inside the publishing transaction. */
    public int lastNumber(Transaction tx, int year) {
        Integer max = tx.dsl().select(org.jooq.impl.DSL.max(REPORT_EDITION.EDITION)).from(REPORT_EDITION)
                .where(REPORT_EDITION.REPORT_YEAR.eq(year)).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    public void insert(Transaction tx, Info info, String documentJson, byte[] pdf) {
        tx.dsl().insertInto(REPORT_EDITION)
                .set(REPORT_EDITION.ID, info.id())
                .set(REPORT_EDITION.REPORT_YEAR, info.year())
                .set(REPORT_EDITION.EDITION, info.edition())
                .set(REPORT_EDITION.CUT_OFF, info.cutOff())
                .set(REPORT_EDITION.PUBLISHED_AT, info.publishedAt().atOffset(ZoneOffset.UTC))
                .set(REPORT_EDITION.PUBLISHED_BY, info.publishedBy())
                .set(REPORT_EDITION.DOCUMENT_JSON, documentJson)
                .set(REPORT_EDITION.PDF, pdf)
                .set(REPORT_EDITION.PDF_SHA256, info.pdfSha256())
                .execute();
    }

    public Optional<String> documentJson(UUID id) {
        return db.dsl().select(REPORT_EDITION.DOCUMENT_JSON).from(REPORT_EDITION).where(REPORT_EDITION.ID.eq(id))
                .fetchOptional(REPORT_EDITION.DOCUMENT_JSON);
    }

    public Optional<byte[]> pdf(UUID id) {
        return db.dsl().select(REPORT_EDITION.PDF).from(REPORT_EDITION).where(REPORT_EDITION.ID.eq(id))
                .fetchOptional(REPORT_EDITION.PDF);
    }

    private static Info info(Record r) {
        return new Info(r.get(REPORT_EDITION.ID), r.get(REPORT_EDITION.REPORT_YEAR), r.get(REPORT_EDITION.EDITION),
                r.get(REPORT_EDITION.CUT_OFF), r.get(REPORT_EDITION.PUBLISHED_AT).toInstant(),
                r.get(REPORT_EDITION.PUBLISHED_BY), r.get(REPORT_EDITION.PDF_SHA256));
    }
}
