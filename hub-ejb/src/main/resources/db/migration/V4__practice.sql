-- The shared practice library: practices with principles and activities, comments, and "afprøvet i" (a
-- municipality tried it). Danish full-text search: title weighs more than summary, summary more than body.

CREATE TABLE practice (
    id              BIGSERIAL PRIMARY KEY,
    municipality_id BIGINT        NOT NULL REFERENCES municipality (id),
    author          VARCHAR(100)  NOT NULL,
    title           VARCHAR(200)  NOT NULL CHECK (length(btrim(title)) > 0),
    summary         VARCHAR(1000) NOT NULL DEFAULT '',
    body            TEXT          NOT NULL DEFAULT '',   -- sanitised HTML
    body_text       TEXT          NOT NULL DEFAULT '',   -- the body as plain text, for search and snippets
    status          VARCHAR(20)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    search          TSVECTOR GENERATED ALWAYS AS (
                        setweight(to_tsvector('danish'::regconfig, title), 'A')
                        || setweight(to_tsvector('danish'::regconfig, summary), 'B')
                        || setweight(to_tsvector('danish'::regconfig, body_text), 'C')) STORED
);
CREATE INDEX practice_search ON practice USING GIN (search);
CREATE INDEX practice_status_updated ON practice (status, updated_at DESC);

CREATE TABLE practice_principle (
    practice_id BIGINT     NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    principle   VARCHAR(4) NOT NULL CHECK (principle IN ('AI', 'MM', 'MS')),
    PRIMARY KEY (practice_id, principle)
);
CREATE INDEX practice_principle_by ON practice_principle (principle, practice_id);

CREATE TABLE practice_activity (
    practice_id BIGINT      NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    activity    VARCHAR(30) NOT NULL
        CHECK (activity IN ('PRAKTIK', 'UNGENETVAERK', 'EVENTS', 'VIRKSOMHEDSNETVAERK', 'TEAM')),
    PRIMARY KEY (practice_id, activity)
);
CREATE INDEX practice_activity_by ON practice_activity (activity, practice_id);

CREATE TABLE practice_comment (
    id              BIGSERIAL PRIMARY KEY,
    practice_id     BIGINT        NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    municipality_id BIGINT REFERENCES municipality (id),
    author          VARCHAR(100)  NOT NULL,
    text            VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX practice_comment_by ON practice_comment (practice_id, created_at);

CREATE TABLE practice_trial (
    id              BIGSERIAL PRIMARY KEY,
    practice_id     BIGINT       NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    municipality_id BIGINT       NOT NULL REFERENCES municipality (id),
    tried_on        DATE         NOT NULL,
    outcome         VARCHAR(20)  NOT NULL CHECK (outcome IN ('WORKED', 'PARTLY', 'DID_NOT_WORK')),
    note            VARCHAR(500),
    recorded_by     VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX practice_trial_by ON practice_trial (practice_id);
