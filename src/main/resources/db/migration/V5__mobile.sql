-- Netzatlas schema, version 5: 5G / Mobilfunk sites (issue 5). The status history lives in
-- asset_status_change (asset_table = 'mobile_site'); this table holds the current status for
-- filtering. Bands are a comma-separated list of MHz values ("700,1800"); radius_km NULL means the
-- default radius from band and settlement density (de.netzatlas.mobile.FrequencyBand).
CREATE TABLE mobile_site (
    id                  UUID           NOT NULL,
    identifier          VARCHAR(60)    NOT NULL,
    operator            VARCHAR(30)    NOT NULL,
    technology          VARCHAR(10)    NOT NULL,
    bands               VARCHAR(100)   NOT NULL,
    gemeinde_ags        VARCHAR(8)     NOT NULL,
    lat                 DOUBLE PRECISION NOT NULL,
    lon                 DOUBLE PRECISION NOT NULL,
    radius_km           DOUBLE PRECISION,
    funded              BOOLEAN        DEFAULT FALSE NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    application_date    DATE,
    permit_date         DATE,
    construction_start  DATE,
    on_air_date         DATE,
    planned_on_air      DATE,
    notes               VARCHAR(4000),
    demo                BOOLEAN        DEFAULT FALSE NOT NULL,
    version             INTEGER        DEFAULT 1 NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100)   NOT NULL,
    deleted             BOOLEAN        DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_mobile_site PRIMARY KEY (id),
    CONSTRAINT fk_mobile_site_gemeinde FOREIGN KEY (gemeinde_ags) REFERENCES region (ags),
    CONSTRAINT ck_mobile_site_operator CHECK (operator IN ('TELEKOM', 'VODAFONE', 'TELEFONICA', 'EINS_UND_EINS', 'MIG')),
    CONSTRAINT ck_mobile_site_technology CHECK (technology IN ('LTE', 'NR')),
    CONSTRAINT ck_mobile_site_status CHECK (status IN ('GEPLANT', 'GENEHMIGUNG', 'IM_BAU', 'IN_BETRIEB')),
    CONSTRAINT ck_mobile_site_radius CHECK (radius_km IS NULL OR radius_km > 0)
);
CREATE INDEX ix_mobile_site_gemeinde ON mobile_site (gemeinde_ags);
CREATE INDEX ix_mobile_site_identifier ON mobile_site (identifier);
