-- Published editions of the annual CIO report (issue 13, "Published editions are frozen"). An edition
-- is written once and never changed or deleted by the application: its cut-off, when and by whom it
-- was published, the whole document model as JSON (every figure, table cell and caption), the record
-- states behind the figures (for "report diff"), the PDF as published and its SHA-256. Several
-- editions of one year are numbered; the newest is the year's report.
CREATE TABLE report_edition (
    id                  UUID           NOT NULL,
    report_year         INTEGER        NOT NULL,
    edition             INTEGER        NOT NULL,
    cut_off             DATE           NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by        VARCHAR(100)   NOT NULL,
    document_json       CHARACTER LARGE OBJECT NOT NULL,
    pdf                 BINARY LARGE OBJECT NOT NULL,
    pdf_sha256          CHAR(64)       NOT NULL,
    CONSTRAINT pk_report_edition PRIMARY KEY (id),
    CONSTRAINT uq_report_edition UNIQUE (report_year, edition),
    CONSTRAINT ck_report_edition_number CHECK (edition >= 1)
);
