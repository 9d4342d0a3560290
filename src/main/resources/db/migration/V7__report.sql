-- Annual CIO report: the narrative text of each chapter, per report year, edited in the app.
-- body uses a small markup: blank line = new paragraph, **bold**, lines starting with "- " = bullets.
-- The issuing ministry and other report options are app_setting rows (keys "bericht.*").
CREATE TABLE report_text (
    report_year     INTEGER          NOT NULL,
    chapter         VARCHAR(40)      NOT NULL,
    body            CHARACTER LARGE OBJECT NOT NULL,
    version         INTEGER          DEFAULT 1 NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)     NOT NULL,
    CONSTRAINT pk_report_text PRIMARY KEY (report_year, chapter)
);
