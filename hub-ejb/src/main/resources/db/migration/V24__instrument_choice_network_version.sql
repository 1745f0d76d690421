-- The instrument version new reports are filed under is kept under the network read model's version (KeptChoice), as
-- the municipality and period lists are: every page asks for it, for the instrument's texts. Choosing another version
-- raises it from now on.

CREATE TRIGGER instrument_choice_network_version
    AFTER INSERT OR UPDATE OR DELETE ON instrument_choice
    FOR EACH STATEMENT
EXECUTE FUNCTION hub_raise_network_version();
