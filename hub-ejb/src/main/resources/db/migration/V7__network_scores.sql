-- The network picture's read model: every approved report's section scores, one row per section, kept by the
-- database itself so it can never disagree with the reports. Approved reports are locked; a row changes only when a
-- report is approved or its frozen result is stored whole once (LegacyResults). Network views aggregate these rows in
-- SQL (medians, quartiles, trends) instead of loading reports.

CREATE TABLE approved_section_score (
    assessment_id   BIGINT        NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    municipality_id BIGINT        NOT NULL REFERENCES municipality (id),
    period_id       BIGINT        NOT NULL REFERENCES reporting_period (id),
    section         VARCHAR(10)   NOT NULL,
    score           NUMERIC(12, 8),          -- the exact fraction as a decimal, for ordering and medians; null: no score
    exact           VARCHAR(40),             -- the fraction as frozen with the report ("59/18"), for exact comparisons
    PRIMARY KEY (assessment_id, section)
);
CREATE INDEX approved_section_score_section_period ON approved_section_score (section, period_id);
CREATE INDEX approved_section_score_municipality ON approved_section_score (municipality_id, period_id);

CREATE FUNCTION hub_fraction(text) RETURNS NUMERIC
    LANGUAGE sql IMMUTABLE AS
$$
SELECT CASE
           WHEN $1 IS NULL THEN NULL
           WHEN position('/' IN $1) > 0
               THEN round(split_part($1, '/', 1)::NUMERIC / split_part($1, '/', 2)::NUMERIC, 8)
           ELSE $1::NUMERIC
           END
$$;

CREATE FUNCTION hub_keep_approved_section_scores() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM approved_section_score WHERE assessment_id = NEW.id;
    IF NEW.state = 'APPROVED' AND NEW.scores IS NOT NULL AND jsonb_typeof(NEW.scores::jsonb -> 'sections') = 'array' THEN
        INSERT INTO approved_section_score (assessment_id, municipality_id, period_id, section, score, exact)
        SELECT NEW.id, NEW.municipality_id, NEW.period_id, s ->> 'code', hub_fraction(s ->> 'score'), s ->> 'score'
        FROM jsonb_array_elements(NEW.scores::jsonb -> 'sections') s;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER assessment_approved_section_scores
    AFTER INSERT OR UPDATE OF state, scores ON assessment
    FOR EACH ROW
EXECUTE FUNCTION hub_keep_approved_section_scores();

INSERT INTO approved_section_score (assessment_id, municipality_id, period_id, section, score, exact)
SELECT a.id, a.municipality_id, a.period_id, s ->> 'code', hub_fraction(s ->> 'score'), s ->> 'score'
FROM assessment a,
     jsonb_array_elements(a.scores::jsonb -> 'sections') s
WHERE a.state = 'APPROVED'
  AND a.scores IS NOT NULL
  AND jsonb_typeof(a.scores::jsonb -> 'sections') = 'array';
