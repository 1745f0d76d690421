-- Every municipality with the status onboarding has an onboarding plan: ones set to onboarding before the Hub began a
-- plan on that change (by hand, or by the national demo data) begin plan 1.0 on the day this migration runs.
INSERT INTO onboarding (municipality_id, plan_version, started_on)
SELECT m.id, '1.0', (now() AT TIME ZONE 'Europe/Copenhagen')::date
FROM municipality m
WHERE m.status = 'ONBOARDING'
  AND NOT EXISTS (SELECT 1 FROM onboarding o WHERE o.municipality_id = m.id);
