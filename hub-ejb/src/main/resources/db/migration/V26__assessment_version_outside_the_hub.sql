-- A report as it is read is kept under its version (KeptReports): the Hub raises the version with every change it makes
-- (@Version), and a change made in the database by anyone else (the network's operator correcting an approved, locked
-- report) raises it here, so a kept report is never shown after its data changed. The Hub's own connections are told
-- apart by their application name (ApplicationName in DatabaseMigration's data source, checked when the Hub starts):
-- raising the version under the Hub's own writes would make its next save look stale. A migration of the Hub's own that
-- changes reports runs under that name, so it raises their version itself. TRUNCATE is not a correction: it raises
-- nothing.

CREATE FUNCTION hub_outside_the_hub() RETURNS BOOLEAN
    LANGUAGE sql STABLE AS
$$
SELECT current_setting('application_name', true) IS DISTINCT FROM 'nextwork-hub'
$$;

-- The report's own row changed without a higher version: raise it with the change.
CREATE FUNCTION hub_raise_own_assessment_version() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.version <= OLD.version AND hub_outside_the_hub() THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER assessment_version_outside_the_hub
    BEFORE UPDATE ON assessment
    FOR EACH ROW
EXECUTE FUNCTION hub_raise_own_assessment_version();

-- One of its items or key figures changed: raise the version of the report it belongs to, and of one it left.
CREATE FUNCTION hub_raise_parent_assessment_version() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF hub_outside_the_hub() THEN
        UPDATE assessment
        SET version = version + 1
        WHERE id IN (CASE WHEN TG_OP <> 'DELETE' THEN NEW.assessment_id END,
                     CASE WHEN TG_OP <> 'INSERT' THEN OLD.assessment_id END);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER assessment_item_version_outside_the_hub
    AFTER INSERT OR UPDATE OR DELETE ON assessment_item
    FOR EACH ROW
EXECUTE FUNCTION hub_raise_parent_assessment_version();

CREATE TRIGGER assessment_key_figure_version_outside_the_hub
    AFTER INSERT OR UPDATE OR DELETE ON assessment_key_figure
    FOR EACH ROW
EXECUTE FUNCTION hub_raise_parent_assessment_version();
