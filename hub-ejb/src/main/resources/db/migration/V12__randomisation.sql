-- The randomisation machine of the effect evaluation. Nothing here identifies a young person: a study ID is a
-- pseudonym whose key stays with the municipality; the caseworker's confirmations are criteria codes, not facts.
--
-- What is written once is never changed: slots, batches, allocations, error marks and the trial's own log refuse
-- UPDATE, DELETE and TRUNCATE in the database itself (hub_refuse_change), so no code path, console or migration
-- written later can rewrite an allocation. The only rows that change are the trial's status and each stratum's
-- counter of slots used.

CREATE TABLE trial (
    id                  INT          PRIMARY KEY CHECK (id = 1),
    ratio_nextwork      INT          NOT NULL CHECK (ratio_nextwork > 0),
    ratio_control       INT          NOT NULL CHECK (ratio_control > 0),
    block_sizes         INT[]        NOT NULL,               -- concealed while the trial runs
    batch_slots         INT          NOT NULL CHECK (batch_slots > 0),   -- slots generated at a time
    low_stock           INT          NOT NULL CHECK (low_stock > 0),     -- each batch warns below low_stock to
                                                                         -- 2 × low_stock unused, drawn at random
    target              INT          NOT NULL CHECK (target > 0),        -- young people to be allocated in all
    status              VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    closed_at           TIMESTAMPTZ,
    closed_by           VARCHAR(100),
    version             BIGINT       NOT NULL DEFAULT 0
);
INSERT INTO trial (id, ratio_nextwork, ratio_control, block_sizes, batch_slots, low_stock, target, status)
VALUES (1, 1, 1, '{4,6,8}', 60, 12, 1200, 'OPEN');

CREATE TABLE trial_stratum (
    id              BIGSERIAL   PRIMARY KEY,
    municipality_id BIGINT      NOT NULL REFERENCES municipality (id),
    category        VARCHAR(20) NOT NULL CHECK (category IN ('UDDANNELSESPARAT', 'AKTIVITETSPARAT')),
    used            INT         NOT NULL DEFAULT 0 CHECK (used >= 0),    -- slots taken, in order: the next is used + 1
    generated       INT         NOT NULL DEFAULT 0 CHECK (generated >= used),
    UNIQUE (municipality_id, category)
);

CREATE TABLE allocation_batch (
    id              BIGSERIAL    PRIMARY KEY,
    stratum_id      BIGINT       NOT NULL REFERENCES trial_stratum (id),
    batch_number    INT          NOT NULL,
    first_sequence  INT          NOT NULL,
    last_sequence   INT          NOT NULL,
    salt            CHAR(64)     NOT NULL,                   -- concealed until the trial is closed
    digest          CHAR(64)     NOT NULL,                   -- SHA-256 over the previous digest, label, salt and slots
    warn_below      INT          NOT NULL CHECK (warn_below > 0),  -- concealed: researchers are warned below this
                                                             -- many unused slots, drawn at random per batch
    generated_at    TIMESTAMPTZ  NOT NULL,
    generated_by    VARCHAR(100) NOT NULL,
    reason          VARCHAR(20)  NOT NULL CHECK (reason IN ('FIRST', 'EXTENDED', 'RAN_OUT')),
    UNIQUE (stratum_id, batch_number),
    CHECK (last_sequence >= first_sequence)
);

CREATE TABLE allocation_slot (
    stratum_id BIGINT      NOT NULL REFERENCES trial_stratum (id),
    sequence   INT         NOT NULL CHECK (sequence > 0),
    arm        VARCHAR(10) NOT NULL CHECK (arm IN ('NEXTWORK', 'CONTROL')),
    block      INT         NOT NULL,
    block_size INT         NOT NULL,
    batch_id   BIGINT      NOT NULL REFERENCES allocation_batch (id),
    PRIMARY KEY (stratum_id, sequence),
    UNIQUE (stratum_id, sequence, arm)                       -- for the allocation's key: its arm is its slot's
);

CREATE TABLE allocation (
    id                BIGSERIAL    PRIMARY KEY,
    study_id          CHAR(11)     NOT NULL UNIQUE CHECK (study_id ~ '^[0-9]{3}-[0-9]{5}-[0-9X]$'),
    stratum_id        BIGINT       NOT NULL,
    sequence          INT          NOT NULL,
    arm               VARCHAR(10)  NOT NULL CHECK (arm IN ('NEXTWORK', 'CONTROL')),
    allocated_at      TIMESTAMPTZ  NOT NULL,
    allocated_by      VARCHAR(100) NOT NULL,                 -- the caseworker's username
    criteria_version  VARCHAR(10)  NOT NULL,
    confirmed         VARCHAR(40)[] NOT NULL,                -- the eligibility criteria the caseworker confirmed
    UNIQUE (stratum_id, sequence),                           -- a slot is used once
    FOREIGN KEY (stratum_id, sequence, arm) REFERENCES allocation_slot (stratum_id, sequence, arm)
);
CREATE INDEX allocation_time ON allocation (allocated_at);

CREATE TABLE allocation_error (
    allocation_id BIGINT        PRIMARY KEY REFERENCES allocation (id),
    reason        VARCHAR(30)   NOT NULL CHECK (reason IN ('INELIGIBLE', 'SAME_PERSON_TWICE', 'WRONG_CATEGORY', 'WRONG_MUNICIPALITY', 'TEST_ENTRY')),
    marked_at     TIMESTAMPTZ   NOT NULL,
    marked_by     VARCHAR(100)  NOT NULL
);

-- The trial's own log: every allocation, repeated entry, error mark, extension and closure, for the researchers.
CREATE TABLE trial_event (
    id          BIGSERIAL    PRIMARY KEY,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    study_id    CHAR(11),
    stratum_id  BIGINT       REFERENCES trial_stratum (id)
);
CREATE INDEX trial_event_time ON trial_event (occurred_at);

CREATE FUNCTION hub_refuse_change() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the trial''s % rows are final: % is refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

DO
$$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY ['allocation_batch', 'allocation_slot', 'allocation', 'allocation_error', 'trial_event']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION hub_refuse_change()',
                       t || '_final', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION hub_refuse_change()',
                       t || '_no_truncate', t);
    END LOOP;
END
$$;

-- A stratum's counter only moves forward, one slot at a time; its generated count only grows.
CREATE FUNCTION hub_stratum_forward() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.used NOT IN (OLD.used, OLD.used + 1) OR NEW.generated < OLD.generated
        OR NEW.municipality_id <> OLD.municipality_id OR NEW.category <> OLD.category THEN
        RAISE EXCEPTION 'a stratum''s list only moves forward' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER trial_stratum_forward BEFORE UPDATE ON trial_stratum FOR EACH ROW EXECUTE FUNCTION hub_stratum_forward();
CREATE TRIGGER trial_stratum_no_delete BEFORE DELETE OR TRUNCATE ON trial_stratum
    FOR EACH STATEMENT EXECUTE FUNCTION hub_refuse_change();

-- The trial's row: its design may change only while no stratum has a list, and it closes once, for good.
CREATE FUNCTION hub_trial_once() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.status = 'CLOSED' THEN
        RAISE EXCEPTION 'the trial is closed for good' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.ratio_nextwork, NEW.ratio_control, NEW.block_sizes, NEW.batch_slots, NEW.low_stock)
        IS DISTINCT FROM (OLD.ratio_nextwork, OLD.ratio_control, OLD.block_sizes, OLD.batch_slots, OLD.low_stock)
        AND EXISTS (SELECT 1 FROM allocation_batch) THEN
        RAISE EXCEPTION 'the trial''s design is final once a list is generated' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER trial_once BEFORE UPDATE ON trial FOR EACH ROW EXECUTE FUNCTION hub_trial_once();
CREATE TRIGGER trial_no_delete BEFORE DELETE OR TRUNCATE ON trial FOR EACH STATEMENT EXECUTE FUNCTION hub_refuse_change();
