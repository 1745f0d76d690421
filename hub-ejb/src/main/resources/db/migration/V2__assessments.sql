-- Fidelity self-assessments: one per municipality and period, under one instrument version.
-- Ratings, evidence and key figures are aggregate facts about the team's work, never about individual young people.

CREATE TABLE assessment (
    id                 BIGSERIAL PRIMARY KEY,
    municipality_id    BIGINT      NOT NULL REFERENCES municipality (id),
    period_id          BIGINT      NOT NULL REFERENCES reporting_period (id),
    instrument_id      VARCHAR(60) NOT NULL,
    instrument_version VARCHAR(20) NOT NULL,
    state              VARCHAR(20) NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    return_reason      TEXT,
    updated_at         TIMESTAMPTZ NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    submitted_at       TIMESTAMPTZ,
    approved_at        TIMESTAMPTZ,
    scores             TEXT,                    -- the exact scores fidelity-rules computed at submit/approve (JSON)
    version            BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (municipality_id, period_id)
);

CREATE TABLE assessment_item (
    assessment_id      BIGINT      NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    item_code          VARCHAR(10) NOT NULL,
    self_rating        SMALLINT    CHECK (self_rating BETWEEN 1 AND 5 OR self_rating = 9),
    evidence           TEXT,
    justification      TEXT,
    supervisor_rating  SMALLINT    CHECK (supervisor_rating BETWEEN 1 AND 5 OR supervisor_rating = 9),
    supervisor_comment TEXT,
    PRIMARY KEY (assessment_id, item_code)
);

CREATE TABLE assessment_key_figure (
    assessment_id BIGINT         NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    figure        VARCHAR(40)    NOT NULL,
    value         NUMERIC(12, 2) NOT NULL CHECK (value >= 0),
    PRIMARY KEY (assessment_id, figure)
);
