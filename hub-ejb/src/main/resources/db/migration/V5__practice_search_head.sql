-- Faster relevance on a large library. A broad word matches most practices, and ranking them all by the full
-- vector costs more than it is worth, so relevance search has two tiers:
--   1. practices whose title or summary match, ranked by this small vector (title A over summary B);
--   2. then practices that match in the body only, newest first.
-- Body matches carry weight C, so they rank below title and summary matches anyway.
ALTER TABLE practice ADD COLUMN head TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('danish'::regconfig, title), 'A')
    || setweight(to_tsvector('danish'::regconfig, summary), 'B')) STORED;
CREATE INDEX practice_head ON practice USING GIN (head);
CREATE INDEX practice_updated ON practice (updated_at DESC, id DESC);
