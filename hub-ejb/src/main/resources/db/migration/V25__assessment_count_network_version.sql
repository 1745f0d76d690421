-- The report lists' counts are kept under the network read model's version (AssessmentLists), which V8 raises when a
-- report is approved or leaves approval: a report added or removed in any state raises it from now on. A report never
-- moves to another municipality, so nothing else changes a count.

CREATE TRIGGER assessment_count_network_version
    AFTER INSERT OR DELETE ON assessment
    FOR EACH STATEMENT
EXECUTE FUNCTION hub_raise_network_version();
