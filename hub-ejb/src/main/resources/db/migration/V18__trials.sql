-- Several trials per installation (a follow-up cohort, another programme's trial), each with its own design, strata,
-- lists, log and closure; designs with a maximum tolerated imbalance besides permuted blocks; a trial set up in the
-- Hub by one researcher and confirmed by a second. The trial that existed becomes trial 1, for every municipality.

ALTER TABLE trial DROP CONSTRAINT trial_id_check;
CREATE SEQUENCE trial_id_seq START 2 OWNED BY trial.id;
ALTER TABLE trial ALTER COLUMN id SET DEFAULT nextval('trial_id_seq');

-- Columns the existing trial 1 gets by their defaults (an UPDATE would meet V12's rule, which refuses any change to a
-- closed trial); the defaults are then set for the trials to come.
ALTER TABLE trial
    ADD COLUMN name               VARCHAR(120)  NOT NULL DEFAULT 'NExTWORK-forsøget',
    ADD COLUMN design             VARCHAR(20)   NOT NULL DEFAULT 'PERMUTED_BLOCKS'
        CHECK (design IN ('PERMUTED_BLOCKS', 'BIG_STICK', 'BLOCK_URN', 'MAXIMAL_PROCEDURE')),
    ADD COLUMN mti                INT           CHECK (mti BETWEEN 1 AND 10),     -- maximum tolerated imbalance
    ADD COLUMN sequence_length    INT           CHECK (sequence_length BETWEEN 2 AND 200),  -- maximal procedure
    ADD COLUMN categories         VARCHAR(20)[] NOT NULL DEFAULT '{UDDANNELSESPARAT,AKTIVITETSPARAT}',
    ADD COLUMN every_municipality BOOLEAN       NOT NULL DEFAULT TRUE,            -- else the listed sites
    ADD COLUMN proposed_by        VARCHAR(100),
    ADD COLUMN proposed_at        TIMESTAMPTZ,
    ADD COLUMN confirmed_by       VARCHAR(100),
    ADD COLUMN confirmed_at       TIMESTAMPTZ,
    ADD CONSTRAINT trial_two_researchers CHECK (confirmed_by IS NULL OR confirmed_by <> proposed_by);
ALTER TABLE trial DROP CONSTRAINT trial_status_check;
ALTER TABLE trial ADD CONSTRAINT trial_status_check CHECK (status IN ('PROPOSED', 'OPEN', 'CLOSED', 'WITHDRAWN'));

-- Trial 1 keeps its design if a list was generated under it; a new installation's first trial takes the design with
-- the fewest determined allocations (docs/randomisation.md): the block urn design, at most 3 apart.
ALTER TABLE trial ALTER COLUMN name DROP DEFAULT;
ALTER TABLE trial ALTER COLUMN every_municipality SET DEFAULT FALSE;
UPDATE trial SET design = 'BLOCK_URN', mti = 3, block_sizes = '{}'
WHERE id = 1 AND status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM allocation_batch);
-- A trial other than the first is open or closed only once a second researcher has confirmed it.
ALTER TABLE trial ADD CONSTRAINT trial_confirmed
    CHECK (id = 1 OR status IN ('PROPOSED', 'WITHDRAWN') OR confirmed_by IS NOT NULL);

-- The trial's row: its design, strata and target are final from the moment it is proposed (set up in the Hub by one
-- researcher, confirmed by a second; never by SQL); a proposal opens or is withdrawn, an open trial closes, and that is
-- all. A new trial starts as a proposal. Replaces V12's rule, which knew one trial and allowed a change before the
-- first list.
CREATE OR REPLACE FUNCTION hub_trial_once() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'PROPOSED' OR NEW.confirmed_by IS NOT NULL OR NEW.closed_at IS NOT NULL THEN
            RAISE EXCEPTION 'a trial starts as a proposal: its row is final otherwise'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status IN ('CLOSED', 'WITHDRAWN') THEN
        RAISE EXCEPTION 'the trial is % for good: its row is final', lower(OLD.status)
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status <> OLD.status AND (OLD.status, NEW.status) NOT IN (('PROPOSED', 'OPEN'), ('PROPOSED', 'WITHDRAWN'),
                                                                    ('OPEN', 'CLOSED')) THEN
        RAISE EXCEPTION 'a trial does not go from % to %: its row is final', OLD.status, NEW.status
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.id, NEW.name, NEW.ratio_nextwork, NEW.ratio_control, NEW.block_sizes, NEW.batch_slots, NEW.low_stock,
        NEW.design, NEW.mti, NEW.sequence_length, NEW.categories, NEW.every_municipality, NEW.target, NEW.proposed_by,
        NEW.proposed_at)
        IS DISTINCT FROM (OLD.id, OLD.name, OLD.ratio_nextwork, OLD.ratio_control, OLD.block_sizes, OLD.batch_slots,
                          OLD.low_stock, OLD.design, OLD.mti, OLD.sequence_length, OLD.categories,
                          OLD.every_municipality, OLD.target, OLD.proposed_by, OLD.proposed_at)
        OR (OLD.status = 'OPEN' AND (NEW.confirmed_by, NEW.confirmed_at) IS DISTINCT FROM (OLD.confirmed_by,
                                                                                           OLD.confirmed_at)) THEN
        RAISE EXCEPTION 'the trial''s design is final once it is proposed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER trial_proposed BEFORE INSERT ON trial FOR EACH ROW EXECUTE FUNCTION hub_trial_once();

-- The municipalities taking part in a trial that is not for every municipality; written once.
CREATE TABLE trial_site (
    trial_id        INT    NOT NULL REFERENCES trial (id),
    municipality_id BIGINT NOT NULL REFERENCES municipality (id),
    PRIMARY KEY (trial_id, municipality_id)
);
CREATE TRIGGER trial_site_final BEFORE UPDATE OR DELETE ON trial_site FOR EACH ROW EXECUTE FUNCTION hub_refuse_change();
-- Sites are the proposal's: none is added to a trial once it is confirmed.
CREATE FUNCTION hub_site_proposed() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM trial WHERE id = NEW.trial_id AND status = 'PROPOSED') THEN
        RAISE EXCEPTION 'a trial''s municipalities are final once it is confirmed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER trial_site_proposed BEFORE INSERT ON trial_site FOR EACH ROW EXECUTE FUNCTION hub_site_proposed();
CREATE TRIGGER trial_site_no_truncate BEFORE TRUNCATE ON trial_site FOR EACH STATEMENT EXECUTE FUNCTION hub_refuse_change();

ALTER TABLE trial_stratum ADD COLUMN trial_id INT NOT NULL DEFAULT 1 REFERENCES trial (id);
ALTER TABLE trial_stratum ALTER COLUMN trial_id DROP DEFAULT;
ALTER TABLE trial_stratum DROP CONSTRAINT trial_stratum_municipality_id_category_key;
ALTER TABLE trial_stratum ADD CONSTRAINT trial_stratum_key UNIQUE (trial_id, municipality_id, category);
ALTER TABLE trial_stratum ADD CONSTRAINT trial_stratum_of_trial UNIQUE (id, trial_id);

CREATE OR REPLACE FUNCTION hub_stratum_forward() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.used NOT IN (OLD.used, OLD.used + 1) OR NEW.generated < OLD.generated OR NEW.trial_id <> OLD.trial_id
        OR NEW.municipality_id <> OLD.municipality_id OR NEW.category <> OLD.category THEN
        RAISE EXCEPTION 'a stratum''s list only moves forward' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

-- A study ID is allocated once per trial (a follow-up cohort's key list may start again at 00001).
ALTER TABLE allocation ADD COLUMN trial_id INT NOT NULL DEFAULT 1;
ALTER TABLE allocation ALTER COLUMN trial_id DROP DEFAULT;
ALTER TABLE allocation DROP CONSTRAINT allocation_study_id_key;
ALTER TABLE allocation ADD CONSTRAINT allocation_once_per_trial UNIQUE (trial_id, study_id);
ALTER TABLE allocation ADD CONSTRAINT allocation_stratum_of_trial
    FOREIGN KEY (stratum_id, trial_id) REFERENCES trial_stratum (id, trial_id);

ALTER TABLE trial_event ADD COLUMN trial_id INT NOT NULL DEFAULT 1 REFERENCES trial (id);
ALTER TABLE trial_event ALTER COLUMN trial_id DROP DEFAULT;
CREATE INDEX trial_event_trial ON trial_event (trial_id, id);

