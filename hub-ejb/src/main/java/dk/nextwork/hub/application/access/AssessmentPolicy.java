package dk.nextwork.hub.application.access;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;

/**
 * Who may do what with one self-assessment. Its municipality's lead edits and submits it while it is a draft or
 * returned; its lead and consultants read it; supervisors and the network admin read every report, and supervisors
 * review, return and approve submitted ones. Other municipalities read approved reports only: anything else does not
 * exist for them.
 */
public final class AssessmentPolicy {

    private AssessmentPolicy() {}

    public static boolean mayRead(Caller caller, String municipality, AssessmentState state) {
        return caller.isNetworkWide()
                || state == AssessmentState.APPROVED
                || (caller.belongsTo(municipality) && caller.isMunicipalStaff());
    }

    /**
     * Whether the caller reads the report as the municipality keeps it — evidence, justifications, the supervisor's
     * item comments, the return reason and every key figure exactly — rather than as it is published to the network
     * (scores, and key figures with small counts of young people suppressed): the municipality's own staff,
     * supervisors and the network admin.
     */
    public static boolean mayReadWorkingNotes(Caller caller, String municipality) {
        return caller.isNetworkWide() || (caller.belongsTo(municipality) && caller.isMunicipalStaff());
    }

    public static boolean mayEdit(Caller caller, String municipality, AssessmentState state) {
        return caller.leads(municipality) && state.isEditableByLead();
    }

    public static boolean mayReview(Caller caller, AssessmentState state) {
        return Access.allows(caller, Capability.REVIEW) && state == AssessmentState.SUBMITTED;
    }
}
