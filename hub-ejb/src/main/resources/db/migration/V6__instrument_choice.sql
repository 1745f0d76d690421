-- Which instrument version new self-assessments are filed under: the network admin chooses it (audited). One row.
-- A report keeps the version it was filed under for good; this only decides what a new draft gets.
CREATE TABLE instrument_choice (
    id                 SMALLINT     PRIMARY KEY CHECK (id = 1),
    instrument_id      VARCHAR(60)  NOT NULL,
    instrument_version VARCHAR(20)  NOT NULL,
    changed_at         TIMESTAMPTZ  NOT NULL,
    changed_by         VARCHAR(100) NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0
);
-- The network's instrument is version 1.0 (fidelity-instrument-v1.md).
INSERT INTO instrument_choice (id, instrument_id, instrument_version, changed_at, changed_by)
VALUES (1, 'nextwork-fidelity', '1.0', now(), 'system');

-- The principles are the instrument's principle sections, and a later version may have others: the database keeps
-- no fixed list of them (the services check codes against the instrument).
ALTER TABLE supervision_session_principle DROP CONSTRAINT IF EXISTS supervision_session_principle_principle_check;
ALTER TABLE supervision_session_principle ALTER COLUMN principle TYPE VARCHAR(10);
ALTER TABLE practice_principle DROP CONSTRAINT IF EXISTS practice_principle_principle_check;
ALTER TABLE practice_principle ALTER COLUMN principle TYPE VARCHAR(10);
