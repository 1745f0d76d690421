-- Onboarding: a joining municipality's way through the onboarding plan (a versioned resource in fidelity-rules), the
-- activities done with the date they happened. Only facts about the municipality's organisation, never about people
-- it serves.

CREATE TABLE onboarding (
    id              BIGSERIAL   PRIMARY KEY,
    municipality_id BIGINT      NOT NULL UNIQUE REFERENCES municipality (id),
    plan_version    VARCHAR(20) NOT NULL,
    started_on      DATE        NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE onboarding_activity (
    onboarding_id BIGINT      NOT NULL REFERENCES onboarding (id) ON DELETE CASCADE,
    activity_code VARCHAR(40) NOT NULL,
    done_on       DATE        NOT NULL,
    PRIMARY KEY (onboarding_id, activity_code)
);
