-- Free text stored before the Hub refused CPR numbers at the edge (#26), searched for anything written like one. A
-- finding says where (the kind of text, its record, an item code), never the number: the text itself stays where it is.
CREATE TABLE personal_data_scan (
    id           BIGSERIAL PRIMARY KEY,
    rule_version INTEGER      NOT NULL,
    scanned_at   TIMESTAMPTZ  NOT NULL,
    scanned_by   VARCHAR(100) NOT NULL,   -- the admin who asked, or 'hub' for the scan at start-up
    texts        BIGINT       NOT NULL    -- how many stored texts were read
);

CREATE TABLE personal_data_finding (
    id        BIGSERIAL PRIMARY KEY,
    scan_id   BIGINT      NOT NULL REFERENCES personal_data_scan (id) ON DELETE CASCADE,
    source    VARCHAR(40) NOT NULL,       -- the kind of text, such as PRACTICE_COMMENT
    record_id BIGINT      NOT NULL,       -- the record a person opens to see it: the report, practice, session, action
    detail    VARCHAR(40)                 -- an item code, where the text belongs to one
);
CREATE INDEX personal_data_finding_by_scan ON personal_data_finding (scan_id, source, record_id);
