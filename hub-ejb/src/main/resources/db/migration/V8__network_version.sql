-- The network read model's version: one number the database raises whenever anything the network picture shows can
-- have changed (a report approved or leaving the approved state, a municipality added, renamed or given another
-- status). The Hub caches the picture under this number, so a cached picture is never older than the data, on any
-- number of Hub instances, and no cache has to be told about a change.

CREATE TABLE network_version (
    id      INT    PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO network_version (id, version) VALUES (1, 0);

CREATE FUNCTION hub_raise_network_version() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE network_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER assessment_approved_network_version
    AFTER INSERT OR UPDATE OF state, scores ON assessment
    FOR EACH ROW
    WHEN (NEW.state = 'APPROVED')
EXECUTE FUNCTION hub_raise_network_version();

CREATE TRIGGER assessment_unapproved_network_version
    AFTER UPDATE OF state OR DELETE ON assessment
    FOR EACH ROW
    WHEN (OLD.state = 'APPROVED')
EXECUTE FUNCTION hub_raise_network_version();

CREATE TRIGGER municipality_network_version
    AFTER INSERT OR UPDATE OF status, name, slug OR DELETE ON municipality
    FOR EACH STATEMENT
EXECUTE FUNCTION hub_raise_network_version();
