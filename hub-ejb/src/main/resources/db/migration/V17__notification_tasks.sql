-- Notifications that follow the work (issue 27). A notification that asks someone to act names its task; the change
-- that does the task (a report approved or returned, a report submitted, an action done or dropped, an action plan
-- agreed, an onboarding stage completed) closes every notification of that task for everyone it went to, in the
-- change's own transaction. A closed notification no longer counts as unread and is shown as done.
--
-- Tasks: review:<assessment id> (the supervisors review a submitted report), submit:<municipality slug>:<period code>
-- (the lead fills in and submits the period's report, also after a return), action:<action id>, plan:<assessment id>
-- (the action plan an approved report requires), onboarding:<municipality slug>:<stage code>.

ALTER TABLE notification_event ADD COLUMN task VARCHAR(200);
CREATE INDEX notification_event_task ON notification_event (task) WHERE task IS NOT NULL;

-- Which events are done, and when. A table of its own without a foreign key, so closing an event takes no lock on a row
-- the sender may hold while it asks Keycloak for the recipients (events are never deleted).
CREATE TABLE notification_done (
    event_id BIGINT      PRIMARY KEY,
    done_at  TIMESTAMPTZ NOT NULL
);

-- The tasks of the notifications recorded before this change, read from their dedupe keys (KIND:...) and arguments.
UPDATE notification_event SET task = 'review:' || split_part(dedupe_key, ':', 2)
 WHERE kind = 'ASSESSMENT_SUBMITTED' AND dedupe_key LIKE 'ASSESSMENT_SUBMITTED:%';
UPDATE notification_event e SET task = 'submit:' || m.slug || ':' || (e.args::jsonb ->> 1)
  FROM municipality m
 WHERE m.id = e.municipality_id AND e.kind = 'ASSESSMENT_RETURNED' AND (e.args::jsonb ->> 1) IS NOT NULL;
UPDATE notification_event SET task = 'submit:' || split_part(dedupe_key, ':', 3) || ':' || split_part(dedupe_key, ':', 2)
 WHERE kind IN ('PERIOD_OPENED', 'PERIOD_DEADLINE_NEAR') AND dedupe_key LIKE kind || ':%:%';
UPDATE notification_event SET task = 'action:' || split_part(dedupe_key, ':', 2)
 WHERE kind IN ('ACTION_DUE_SOON', 'ACTION_OVERDUE') AND dedupe_key LIKE kind || ':%';
UPDATE notification_event SET task = 'plan:' || split_part(dedupe_key, ':', 2)
 WHERE kind = 'ACTION_PLAN_REQUIRED' AND dedupe_key LIKE 'ACTION_PLAN_REQUIRED:%';
UPDATE notification_event SET task = 'onboarding:' || split_part(dedupe_key, ':', 2) || ':' || split_part(dedupe_key, ':', 3)
 WHERE kind = 'ONBOARDING_STAGE_OVERDUE' AND dedupe_key LIKE 'ONBOARDING_STAGE_OVERDUE:%:%';

-- Close what was done before this change: the stale "… venter på din gennemgang" of reports already approved or
-- returned (or submitted again since), and the rest of the same kind.
INSERT INTO notification_done (event_id, done_at)
SELECT e.id, now() FROM notification_event e
 WHERE e.task LIKE 'review:%'
   AND NOT EXISTS (SELECT 1 FROM assessment a
                    WHERE a.id::text = substring(e.task FROM 8)
                      AND a.state = 'SUBMITTED' AND a.submitted_at <= e.created_at);

INSERT INTO notification_done (event_id, done_at)
SELECT e.id, now() FROM notification_event e
  JOIN municipality m ON e.task = 'submit:' || m.slug || ':' || split_part(e.task, ':', 3)
  JOIN reporting_period p ON p.code = split_part(e.task, ':', 3)
  JOIN assessment a ON a.municipality_id = m.id AND a.period_id = p.id
 WHERE e.task LIKE 'submit:%'
   AND (a.state IN ('SUBMITTED', 'APPROVED') OR a.submitted_at > e.created_at)
ON CONFLICT (event_id) DO NOTHING;

INSERT INTO notification_done (event_id, done_at)
SELECT e.id, now() FROM notification_event e
 WHERE e.task LIKE 'action:%'
   AND NOT EXISTS (SELECT 1 FROM agreed_action a
                    WHERE a.id::text = substring(e.task FROM 8) AND a.status IN ('OPEN', 'IN_PROGRESS'))
ON CONFLICT (event_id) DO NOTHING;

-- An onboarding that is over (the municipality active or former) has no stage left to finish.
INSERT INTO notification_done (event_id, done_at)
SELECT e.id, now() FROM notification_event e
  JOIN municipality m ON m.slug = split_part(e.task, ':', 2)
 WHERE e.task LIKE 'onboarding:%' AND m.status <> 'ONBOARDING'
ON CONFLICT (event_id) DO NOTHING;
