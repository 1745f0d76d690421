-- The onboarding cohort is kept under the network read model's version (KeptCohort), as the municipality and
-- period lists are: an onboarding started or changed (its commitment, its version) and an activity marked done or
-- undone raise it from now on. A municipality's status, name and slug raise it already.

CREATE TRIGGER onboarding_network_version
    AFTER INSERT OR UPDATE OR DELETE ON onboarding
    FOR EACH STATEMENT
EXECUTE FUNCTION hub_raise_network_version();

CREATE TRIGGER onboarding_activity_network_version
    AFTER INSERT OR UPDATE OR DELETE ON onboarding_activity
    FOR EACH STATEMENT
EXECUTE FUNCTION hub_raise_network_version();
