-- The co-ownership commitment a joining municipality's lead accepts: which version of the document, who and when.
ALTER TABLE onboarding
    ADD COLUMN commitment_version     VARCHAR(20),
    ADD COLUMN commitment_accepted_by VARCHAR(100),
    ADD COLUMN commitment_accepted_at TIMESTAMPTZ;
