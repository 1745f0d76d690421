-- Notifications, after review: an event whose recipients cannot be resolved (a municipality without a Keycloak group,
-- a refusal) waits with a back-off instead of holding up the others; a mail the SMTP server refuses for good (a bad
-- address) is given up instead of retried for ever; usernames as long as Keycloak allows.

ALTER TABLE notification_event ADD COLUMN expand_attempts INT NOT NULL DEFAULT 0;
ALTER TABLE notification_event ADD COLUMN expand_after TIMESTAMPTZ;

ALTER TABLE notification_delivery ADD COLUMN given_up_at TIMESTAMPTZ;

ALTER TABLE notification_delivery ALTER COLUMN username TYPE VARCHAR(255);
ALTER TABLE user_setting ALTER COLUMN username TYPE VARCHAR(255);
ALTER TABLE notification_preference ALTER COLUMN username TYPE VARCHAR(255);
