-- Netzatlas schema, version 4: asset registers (issue 5) – Schulen ans Netz (school), ITN-XT
-- Standorte (itn_site) and the status history every located asset shares (asset_status_change,
-- also used by the 5G/Mobilfunk register). Points are lat/lon columns (WGS84). Every editable
-- table carries version / updated_at / updated_by, a deleted tombstone and a demo flag.

-- The dated status history of a located asset: one row per status reached, in order. The
-- asset's table name (e.g. 'school', 'itn_site', 'mobile_site') and id identify the asset; the
-- asset table itself also holds the current status for filtering.
CREATE TABLE asset_status_change (
    asset_table         VARCHAR(40)    NOT NULL,
    asset_id            UUID           NOT NULL,
    position            INTEGER        NOT NULL,
    status              VARCHAR(40)    NOT NULL,
    since               DATE,
    demo                BOOLEAN        DEFAULT FALSE NOT NULL,
    version             INTEGER        DEFAULT 1 NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100)   NOT NULL,
    deleted             BOOLEAN        DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_asset_status_change PRIMARY KEY (asset_table, asset_id, position),
    CONSTRAINT ck_asset_status_change_position CHECK (position >= 0)
);
CREATE INDEX ix_asset_status_change_asset ON asset_status_change (asset_id);

-- A school of "Schulen ans Netz" and its connection. Bandwidths in Mbit/s, cost in euros. The
-- Schulnummer is unique among live rows (checked by the service; tombstones keep theirs).
CREATE TABLE school (
    id                  UUID           NOT NULL,
    schulnummer         VARCHAR(20)    NOT NULL,
    name                VARCHAR(300)   NOT NULL,
    school_type         VARCHAR(40)    NOT NULL,
    traeger             VARCHAR(200),
    address             VARCHAR(300),
    gemeinde_ags        VARCHAR(8)     NOT NULL,
    lat                 DOUBLE PRECISION NOT NULL,
    lon                 DOUBLE PRECISION NOT NULL,
    pupils              INTEGER,
    down_mbit           INTEGER,
    up_mbit             INTEGER,
    target_down_mbit    INTEGER        DEFAULT 1000 NOT NULL,
    target_up_mbit      INTEGER        DEFAULT 200 NOT NULL,
    status              VARCHAR(40)    NOT NULL,
    technology          VARCHAR(40),
    planned_date        DATE,
    actual_date         DATE,
    cost                DECIMAL(15, 2),
    funding_source      VARCHAR(20),
    wlan_status         VARCHAR(20),
    notes               VARCHAR(4000),
    demo                BOOLEAN        DEFAULT FALSE NOT NULL,
    version             INTEGER        DEFAULT 1 NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100)   NOT NULL,
    deleted             BOOLEAN        DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_school PRIMARY KEY (id),
    CONSTRAINT fk_school_gemeinde FOREIGN KEY (gemeinde_ags) REFERENCES region (ags),
    CONSTRAINT ck_school_status CHECK (status IN ('NICHT_ANGESCHLOSSEN', 'GEPLANT', 'BEAUFTRAGT', 'IM_BAU',
        'ANGESCHLOSSEN')),
    CONSTRAINT ck_school_counts CHECK ((pupils IS NULL OR pupils >= 0) AND (down_mbit IS NULL OR down_mbit >= 0)
        AND (up_mbit IS NULL OR up_mbit >= 0) AND target_down_mbit >= 0 AND target_up_mbit >= 0)
);
CREATE INDEX ix_school_gemeinde ON school (gemeinde_ags);
CREATE INDEX ix_school_schulnummer ON school (schulnummer);

-- A site (Standort) of the Landesdatennetz ITN-XT and its migration from the old network.
CREATE TABLE itn_site (
    id                  UUID           NOT NULL,
    name                VARCHAR(300)   NOT NULL,
    authority           VARCHAR(300),
    site_class          VARCHAR(40)    NOT NULL,
    address             VARCHAR(300),
    gemeinde_ags        VARCHAR(8)     NOT NULL,
    lat                 DOUBLE PRECISION NOT NULL,
    lon                 DOUBLE PRECISION NOT NULL,
    bandwidth_class     VARCHAR(20)    NOT NULL,
    redundancy          VARCHAR(20)    NOT NULL,
    status              VARCHAR(40)    NOT NULL,
    planned_migration   DATE,
    migration_start     DATE,
    migrated_date       DATE,
    decommissioned_date DATE,
    telephony_migrated  BOOLEAN        DEFAULT FALSE NOT NULL,
    notes               VARCHAR(4000),
    demo                BOOLEAN        DEFAULT FALSE NOT NULL,
    version             INTEGER        DEFAULT 1 NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100)   NOT NULL,
    deleted             BOOLEAN        DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_itn_site PRIMARY KEY (id),
    CONSTRAINT fk_itn_site_gemeinde FOREIGN KEY (gemeinde_ags) REFERENCES region (ags),
    CONSTRAINT ck_itn_site_status CHECK (status IN ('ALTNETZ', 'GEPLANT', 'IN_MIGRATION', 'AKTIV', 'ZURUECKGEBAUT')),
    CONSTRAINT ck_itn_site_redundancy CHECK (redundancy IN ('KEINE', 'ZWEITE_LEITUNG', 'ZWEITER_CARRIER'))
);
CREATE INDEX ix_itn_site_gemeinde ON itn_site (gemeinde_ags);
