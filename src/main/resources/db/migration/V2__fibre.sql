-- Netzatlas schema, version 2: Glasfaser (issue 4) – coverage stands and coverage per Gemeinde,
-- rollout projects with their Gemeinden and milestones. Every editable table carries version /
-- updated_at / updated_by, a deleted tombstone and a demo flag (demo rows are removed exactly by
-- "demo remove"; real and demo data are never mixed silently).

-- A data stand (Stand) of fixed-network coverage, e.g. "Breitbandatlas 31.12.2024". A demo stand
-- is its own stand even on the same date as a real one.
CREATE TABLE coverage_stand (
    id              UUID             NOT NULL,
    stand_date      DATE             NOT NULL,
    source          VARCHAR(500)     NOT NULL,
    demo            BOOLEAN          DEFAULT FALSE NOT NULL,
    version         INTEGER          DEFAULT 1 NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)     NOT NULL,
    deleted         BOOLEAN          DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_coverage_stand PRIMARY KEY (id),
    CONSTRAINT uq_coverage_stand_date UNIQUE (stand_date, demo)
);

-- Coverage of one Gemeinde at one stand: households (and where known businesses and schools),
-- households per bandwidth class (at least n Mbit/s download), per technology, homes passed and
-- connected. Shares are never stored: they are derived in de.netzatlas.fibre.CoverageMath.
CREATE TABLE coverage (
    stand_id            UUID         NOT NULL,
    ags                 VARCHAR(8)   NOT NULL,
    households          INTEGER      NOT NULL,
    businesses          INTEGER,
    businesses_1000     INTEGER,
    schools             INTEGER,
    schools_1000        INTEGER,
    hh_30               INTEGER      NOT NULL,
    hh_50               INTEGER      NOT NULL,
    hh_100              INTEGER      NOT NULL,
    hh_200              INTEGER      NOT NULL,
    hh_400              INTEGER      NOT NULL,
    hh_1000             INTEGER      NOT NULL,
    hh_ftth             INTEGER      NOT NULL,
    hh_fttb             INTEGER      NOT NULL,
    hh_hfc              INTEGER      NOT NULL,
    hh_dsl              INTEGER      NOT NULL,
    homes_passed        INTEGER,
    homes_connected     INTEGER,
    demo                BOOLEAN      DEFAULT FALSE NOT NULL,
    version             INTEGER      DEFAULT 1 NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    deleted             BOOLEAN      DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_coverage PRIMARY KEY (stand_id, ags),
    CONSTRAINT fk_coverage_stand FOREIGN KEY (stand_id) REFERENCES coverage_stand (id),
    CONSTRAINT fk_coverage_region FOREIGN KEY (ags) REFERENCES region (ags),
    CONSTRAINT ck_coverage_households CHECK (households >= 0),
    CONSTRAINT ck_coverage_classes CHECK (hh_30 <= households AND hh_50 <= hh_30 AND hh_100 <= hh_50
        AND hh_200 <= hh_100 AND hh_400 <= hh_200 AND hh_1000 <= hh_400 AND hh_1000 >= 0),
    CONSTRAINT ck_coverage_technology CHECK (hh_ftth BETWEEN 0 AND households AND hh_fttb BETWEEN 0 AND households
        AND hh_hfc BETWEEN 0 AND households AND hh_dsl BETWEEN 0 AND households),
    CONSTRAINT ck_coverage_homes CHECK (homes_connected IS NULL OR homes_passed IS NULL
        OR homes_connected <= homes_passed)
);
CREATE INDEX ix_coverage_ags ON coverage (ags);

-- A rollout project (Ausbauprojekt). Money in euros; the area is WKB (WGS84) plus its bounding box.
CREATE TABLE fibre_project (
    id                  UUID           NOT NULL,
    name                VARCHAR(300)   NOT NULL,
    kreis_ags           VARCHAR(8)     NOT NULL,
    area_wkb            VARBINARY(16777216),
    min_lat             DOUBLE PRECISION,
    min_lon             DOUBLE PRECISION,
    max_lat             DOUBLE PRECISION,
    max_lon             DOUBLE PRECISION,
    model               VARCHAR(30)    NOT NULL,
    programme           VARCHAR(30)    NOT NULL,
    operator            VARCHAR(200),
    households          INTEGER        DEFAULT 0 NOT NULL,
    businesses          INTEGER        DEFAULT 0 NOT NULL,
    schools             INTEGER        DEFAULT 0 NOT NULL,
    cost_total          DECIMAL(15, 2),
    share_bund          DECIMAL(15, 2),
    share_land          DECIMAL(15, 2),
    share_kommune       DECIMAL(15, 2),
    share_operator      DECIMAL(15, 2),
    weak_area           BOOLEAN        DEFAULT FALSE NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    status_since        DATE,
    start_date          DATE,
    planned_completion  DATE,
    actual_completion   DATE,
    notes               VARCHAR(4000),
    demo                BOOLEAN        DEFAULT FALSE NOT NULL,
    version             INTEGER        DEFAULT 1 NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100)   NOT NULL,
    deleted             BOOLEAN        DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_fibre_project PRIMARY KEY (id),
    CONSTRAINT fk_fibre_project_kreis FOREIGN KEY (kreis_ags) REFERENCES region (ags),
    CONSTRAINT ck_fibre_project_model CHECK (model IN ('EIGENWIRTSCHAFTLICH', 'WIRTSCHAFTLICHKEITSLUECKE',
        'BETREIBERMODELL')),
    CONSTRAINT ck_fibre_project_programme CHECK (programme IN ('KEINES', 'GIGABIT_RICHTLINIE_BUND',
        'LANDESPROGRAMM', 'SONSTIGES')),
    CONSTRAINT ck_fibre_project_status CHECK (status IN ('MARKTERKUNDUNG', 'AUSWAHLVERFAHREN', 'FOERDERBESCHEID',
        'BAU', 'ABGESCHLOSSEN', 'ABGEBROCHEN')),
    CONSTRAINT ck_fibre_project_counts CHECK (households >= 0 AND businesses >= 0 AND schools >= 0)
);
CREATE INDEX ix_fibre_project_kreis ON fibre_project (kreis_ags);

-- The Gemeinden a project concerns (part of the project aggregate: written and audited with it).
CREATE TABLE fibre_project_gemeinde (
    project_id          UUID           NOT NULL,
    ags                 VARCHAR(8)     NOT NULL,
    demo                BOOLEAN        DEFAULT FALSE NOT NULL,
    version             INTEGER        DEFAULT 1 NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100)   NOT NULL,
    deleted             BOOLEAN        DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_fibre_project_gemeinde PRIMARY KEY (project_id, ags),
    CONSTRAINT fk_fibre_project_gemeinde_project FOREIGN KEY (project_id) REFERENCES fibre_project (id),
    CONSTRAINT fk_fibre_project_gemeinde_region FOREIGN KEY (ags) REFERENCES region (ags)
);
CREATE INDEX ix_fibre_project_gemeinde_ags ON fibre_project_gemeinde (ags);

-- Milestones of a project with planned and actual dates (part of the project aggregate).
CREATE TABLE fibre_milestone (
    id                  UUID           NOT NULL,
    project_id          UUID           NOT NULL,
    position            INTEGER        NOT NULL,
    name                VARCHAR(200)   NOT NULL,
    planned_date        DATE,
    actual_date         DATE,
    demo                BOOLEAN        DEFAULT FALSE NOT NULL,
    version             INTEGER        DEFAULT 1 NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100)   NOT NULL,
    deleted             BOOLEAN        DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_fibre_milestone PRIMARY KEY (id),
    CONSTRAINT fk_fibre_milestone_project FOREIGN KEY (project_id) REFERENCES fibre_project (id)
);
CREATE INDEX ix_fibre_milestone_project ON fibre_milestone (project_id);
