-- Supervision sessions and the actions agreed in them or required by an approved report.
-- Notes and agreements are about the team's practice; nothing about an individual young person belongs here,
-- and participants are counted by role, never named.

CREATE TABLE supervision_session (
    id              BIGSERIAL PRIMARY KEY,
    municipality_id BIGINT       NOT NULL REFERENCES municipality (id),
    held_on         DATE         NOT NULL,
    supervisor      VARCHAR(100) NOT NULL,
    format          VARCHAR(20)  NOT NULL CHECK (format IN ('ON_SITE', 'VIRTUAL', 'NETWORK_WIDE')),
    leads           INTEGER      NOT NULL DEFAULT 0 CHECK (leads >= 0),
    consultants     INTEGER      NOT NULL DEFAULT 0 CHECK (consultants >= 0),
    psychologists   INTEGER      NOT NULL DEFAULT 0 CHECK (psychologists >= 0),
    company_reps    INTEGER      NOT NULL DEFAULT 0 CHECK (company_reps >= 0),
    young_people    INTEGER      NOT NULL DEFAULT 0 CHECK (young_people >= 0),
    notes           TEXT,
    agreements      TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX supervision_session_municipality ON supervision_session (municipality_id, held_on);

CREATE TABLE supervision_session_principle (
    session_id BIGINT     NOT NULL REFERENCES supervision_session (id) ON DELETE CASCADE,
    principle  VARCHAR(4) NOT NULL CHECK (principle IN ('AI', 'MM', 'MS')),
    PRIMARY KEY (session_id, principle)
);

CREATE TABLE supervision_session_item (
    session_id BIGINT      NOT NULL REFERENCES supervision_session (id) ON DELETE CASCADE,
    item_code  VARCHAR(10) NOT NULL,
    PRIMARY KEY (session_id, item_code)
);

CREATE TABLE agreed_action (
    id              BIGSERIAL PRIMARY KEY,
    municipality_id BIGINT       NOT NULL REFERENCES municipality (id),
    title           VARCHAR(200) NOT NULL,
    owner           VARCHAR(120) NOT NULL,
    due_on          DATE         NOT NULL,
    status          VARCHAR(20)  NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    dropped_reason  TEXT,
    session_id      BIGINT REFERENCES supervision_session (id),
    assessment_id   BIGINT REFERENCES assessment (id),
    created_at      TIMESTAMPTZ  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CHECK (status <> 'DROPPED' OR dropped_reason IS NOT NULL)
);
CREATE INDEX agreed_action_municipality ON agreed_action (municipality_id, due_on);

CREATE TABLE agreed_action_item (
    action_id BIGINT      NOT NULL REFERENCES agreed_action (id) ON DELETE CASCADE,
    item_code VARCHAR(10) NOT NULL,
    PRIMARY KEY (action_id, item_code)
);
