-- Notifications (issue 17). A change that notifies writes its event here in its own transaction (an outbox); the
-- sender resolves the recipients later (from Keycloak), one delivery per event and person, and sends the mails.
-- Nothing here is about a young person: arguments are codes, dates, municipality names and, for a returned report,
-- the supervisor's reason about the report.

CREATE TABLE notification_event (
    id              BIGSERIAL    PRIMARY KEY,
    kind            VARCHAR(40)  NOT NULL,
    municipality_id BIGINT       REFERENCES municipality (id),
    link            VARCHAR(300) NOT NULL,            -- where the work is done, below the Hub's address
    args            TEXT         NOT NULL,            -- a JSON array of strings, in the kind's message order
    dedupe_key      VARCHAR(200) NOT NULL UNIQUE,     -- the same event (a reminder above all) is recorded once
    created_at      TIMESTAMPTZ  NOT NULL,
    expanded_at     TIMESTAMPTZ                       -- when its deliveries were made; null until then
);
CREATE INDEX notification_event_unexpanded ON notification_event (id) WHERE expanded_at IS NULL;

CREATE TABLE notification_delivery (
    id           BIGSERIAL    PRIMARY KEY,
    event_id     BIGINT       NOT NULL REFERENCES notification_event (id),
    username     VARCHAR(100) NOT NULL,
    email        VARCHAR(320),
    language     VARCHAR(2)   NOT NULL CHECK (language IN ('da', 'en')),
    mode         VARCHAR(10)  NOT NULL CHECK (mode IN ('IMMEDIATE', 'WEEKLY', 'OFF')),
    next_attempt TIMESTAMPTZ,                         -- null: no mail to send (turned off, or no address)
    attempts     INT          NOT NULL DEFAULT 0,
    sent_at      TIMESTAMPTZ,
    read_at      TIMESTAMPTZ,
    UNIQUE (event_id, username)
);
CREATE INDEX notification_delivery_due ON notification_delivery (next_attempt)
    WHERE sent_at IS NULL AND next_attempt IS NOT NULL;
CREATE INDEX notification_delivery_user ON notification_delivery (username, id DESC);

-- What a user chose: the language of pages and mails, and per kind immediate, a weekly digest or off.
CREATE TABLE user_setting (
    username   VARCHAR(100) PRIMARY KEY,
    language   VARCHAR(2)   NOT NULL CHECK (language IN ('da', 'en')),
    updated_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE notification_preference (
    username VARCHAR(100) NOT NULL,
    kind     VARCHAR(40)  NOT NULL,
    mode     VARCHAR(10)  NOT NULL CHECK (mode IN ('IMMEDIATE', 'WEEKLY', 'OFF')),
    PRIMARY KEY (username, kind)
);
