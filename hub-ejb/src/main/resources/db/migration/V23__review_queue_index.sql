-- The review queue (the supervisor's start page, Gennemgang, GET /api/assessments/review-queue): the submitted reports,
-- the longest-waiting first. Without an index PostgreSQL read every report to find the few submitted ones (EXPLAIN
-- ANALYZE on the national demo data, 3 410 reports and none submitted: a sequential scan, 0.7 ms); this index holds
-- the submitted ones alone, in the queue's order.
CREATE INDEX assessment_review_queue ON assessment (submitted_at, id) WHERE state = 'SUBMITTED';
