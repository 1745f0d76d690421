-- The list of reporting periods is kept under the network read model's version (PeriodList), as the municipality list
-- is: a period opened, closed or changed in any way raises it from now on.

CREATE TRIGGER reporting_period_network_version
    AFTER INSERT OR UPDATE OR DELETE ON reporting_period
    FOR EACH STATEMENT
EXECUTE FUNCTION hub_raise_network_version();
