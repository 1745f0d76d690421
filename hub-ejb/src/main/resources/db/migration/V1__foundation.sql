-- Foundation: municipalities, reporting periods and the audit trail.

CREATE TABLE municipality (
    id          BIGSERIAL PRIMARY KEY,
    slug        VARCHAR(40)  NOT NULL UNIQUE,           -- the token's 'municipality' claim, e.g. 'soenderborg'
    name        VARCHAR(100) NOT NULL,
    kommunekode CHAR(3)      NOT NULL UNIQUE CHECK (kommunekode ~ '^[0-9]{3}$'),
    status      VARCHAR(20)  NOT NULL CHECK (status IN ('ONBOARDING', 'ACTIVE', 'PAUSED', 'FORMER')),
    version     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE reporting_period (
    id         BIGSERIAL PRIMARY KEY,
    code       VARCHAR(20) NOT NULL UNIQUE,              -- e.g. '2026-H2'
    first_day  DATE        NOT NULL,
    last_day   DATE        NOT NULL,
    status     VARCHAR(20) NOT NULL CHECK (status IN ('PLANNED', 'OPEN', 'CLOSED')),
    version    BIGINT      NOT NULL DEFAULT 0,
    CHECK (last_day >= first_day)
);

CREATE TABLE audit_event (
    id           BIGSERIAL PRIMARY KEY,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(100) NOT NULL,                  -- the staff member's username, never a young person
    action       VARCHAR(60)  NOT NULL,
    subject_type VARCHAR(60)  NOT NULL,
    subject_id   VARCHAR(60)  NOT NULL,
    before_state TEXT,
    after_state  TEXT
);
CREATE INDEX audit_event_subject ON audit_event (subject_type, subject_id, occurred_at);

-- The network's municipalities (public facts, not demo data).
INSERT INTO municipality (slug, name, kommunekode, status) VALUES
    ('roskilde',    'Roskilde',   '265', 'ACTIVE'),
    ('horsens',     'Horsens',    '615', 'ACTIVE'),
    ('soenderborg', 'Sønderborg', '540', 'ACTIVE'),
    ('vejle',       'Vejle',      '630', 'FORMER'),
    ('kalundborg',  'Kalundborg', '326', 'FORMER'),
    ('koebenhavn',  'København',  '101', 'FORMER');
