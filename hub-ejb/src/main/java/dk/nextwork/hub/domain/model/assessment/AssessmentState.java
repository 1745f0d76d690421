package dk.nextwork.hub.domain.model.assessment;

/** draft → submitted → returned → submitted … → approved; approval locks the report. */
public enum AssessmentState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED;

    /** Whether the municipality's lead may still change ratings, evidence and key figures. */
    public boolean isEditableByLead() {
        return this == DRAFT || this == RETURNED;
    }
}
