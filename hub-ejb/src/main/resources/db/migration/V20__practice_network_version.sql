-- Practice suggestions are cached under the network read model's version (PracticeSuggestions), as the network
-- picture is: they depend on approved reports and municipalities, which already raise it, and on the published
-- practices and their principles, which raise it from now on.

CREATE TRIGGER practice_network_version
    AFTER INSERT OR UPDATE OR DELETE ON practice
    FOR EACH STATEMENT
EXECUTE FUNCTION hub_raise_network_version();

CREATE TRIGGER practice_principle_network_version
    AFTER INSERT OR UPDATE OR DELETE ON practice_principle
    FOR EACH STATEMENT
EXECUTE FUNCTION hub_raise_network_version();
