package dk.nextwork.hub.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Who may do what, as product.md's roles say")
class AccessTest {

    private static final Caller ADMIN = Caller.of("admin", null, Role.NETWORK_ADMIN);
    private static final Caller SUPERVISOR = Caller.of("supervisor.anna", null, Role.SUPERVISOR);
    private static final Caller LEAD = Caller.of("lead.roskilde", "roskilde", Role.MUNICIPAL_LEAD);
    private static final Caller CONSULTANT = Caller.of("consultant.roskilde", "roskilde", Role.CONSULTANT);
    private static final Caller RESEARCHER = Caller.of("researcher.ifs", null, Role.RESEARCHER);
    private static final Caller CASEWORKER = Caller.of("caseworker.roskilde", "roskilde", Role.CASEWORKER);

    private static Set<Capability> of(Caller caller) {
        Set<Capability> allowed = EnumSet.noneOf(Capability.class);
        for (Capability c : Capability.values()) {
            if (Access.allows(caller, c)) {
                allowed.add(c);
            }
        }
        return allowed;
    }

    @Test
    @DisplayName("each role's capabilities")
    void capabilities() {
        Set<Capability> everyone = EnumSet.of(
                Capability.SEE_ASSESSMENTS,
                Capability.READ_PRACTICE,
                Capability.SEE_MUNICIPALITIES,
                Capability.PLAN_TEAM,
                Capability.SEE_NETWORK);
        assertThat(of(RESEARCHER))
                .isEqualTo(union(
                        everyone,
                        Capability.OVERSEE_TRIAL,
                        Capability.SEE_EVERY_MUNICIPALITY,
                        Capability.DOWNLOAD_ANALYSIS_EXTRACT));
        // A job centre's caseworker takes part in the trial only: nothing of the fidelity work.
        assertThat(of(CASEWORKER)).containsExactly(Capability.ALLOCATE);
        assertThat(of(Caller.of("caseworker.nowhere", null, Role.CASEWORKER))).isEmpty();
        assertThat(of(CONSULTANT))
                .containsExactlyInAnyOrderElementsOf(union(
                        everyone,
                        Capability.SEE_OWN_SUPERVISION,
                        Capability.SHARE_PRACTICE,
                        Capability.SEE_ONBOARDING));
        assertThat(of(LEAD))
                .containsExactlyInAnyOrderElementsOf(union(
                        everyone,
                        Capability.SEE_OWN_SUPERVISION,
                        Capability.SHARE_PRACTICE,
                        Capability.START_ASSESSMENT,
                        Capability.CHANGE_ACTIONS,
                        Capability.MARK_ONBOARDING,
                        Capability.ACCEPT_COMMITMENT,
                        Capability.SEE_ONBOARDING));
        assertThat(of(SUPERVISOR))
                .containsExactlyInAnyOrderElementsOf(union(
                        everyone,
                        Capability.SEE_EVERY_MUNICIPALITY,
                        Capability.DOWNLOAD_ANALYSIS_EXTRACT,
                        Capability.SEE_REVIEW_QUEUE,
                        Capability.REVIEW,
                        Capability.SEE_ALL_SUPERVISION,
                        Capability.LOG_SESSIONS,
                        Capability.CHANGE_ACTIONS,
                        Capability.MARK_ONBOARDING,
                        Capability.READ_AUDIT_LOG,
                        Capability.SEE_ONBOARDING,
                        Capability.SEE_ONBOARDING_COHORT));
        assertThat(of(ADMIN))
                .containsExactlyInAnyOrderElementsOf(union(
                        everyone,
                        Capability.SEE_EVERY_MUNICIPALITY,
                        Capability.DOWNLOAD_ANALYSIS_EXTRACT,
                        Capability.READ_DATA_USE_LOG,
                        Capability.SEE_REVIEW_QUEUE,
                        Capability.SEE_ALL_SUPERVISION,
                        Capability.READ_AUDIT_LOG,
                        Capability.MANAGE_MUNICIPALITIES,
                        Capability.MANAGE_PERIODS,
                        Capability.CHOOSE_INSTRUMENT,
                        Capability.SEE_NOTIFICATION_RECIPIENTS,
                        Capability.SEE_PERSONAL_DATA_FINDINGS,
                        Capability.SEE_ONBOARDING,
                        Capability.SEE_ONBOARDING_COHORT));
        assertThat(of(Caller.of(null, null))).isEmpty();
    }

    @Test
    @DisplayName("a report: its lead edits a draft; its consultant and other municipalities' people read it only once"
            + " approved; a supervisor reviews only a submitted one")
    void assessments() {
        assertThat(AssessmentPolicy.mayEdit(LEAD, "roskilde", AssessmentState.DRAFT))
                .isTrue();
        assertThat(AssessmentPolicy.mayEdit(LEAD, "roskilde", AssessmentState.RETURNED))
                .isTrue();
        assertThat(AssessmentPolicy.mayEdit(LEAD, "roskilde", AssessmentState.SUBMITTED))
                .isFalse();
        assertThat(AssessmentPolicy.mayEdit(LEAD, "horsens", AssessmentState.DRAFT))
                .isFalse();
        assertThat(AssessmentPolicy.mayEdit(CONSULTANT, "roskilde", AssessmentState.DRAFT))
                .isFalse();
        assertThat(AssessmentPolicy.mayRead(CONSULTANT, "roskilde", AssessmentState.DRAFT))
                .isTrue();
        assertThat(AssessmentPolicy.mayRead(LEAD, "horsens", AssessmentState.SUBMITTED))
                .isFalse();
        assertThat(AssessmentPolicy.mayRead(LEAD, "horsens", AssessmentState.APPROVED))
                .isTrue();
        assertThat(AssessmentPolicy.mayRead(RESEARCHER, "horsens", AssessmentState.DRAFT))
                .isFalse();
        assertThat(AssessmentPolicy.mayReview(SUPERVISOR, AssessmentState.SUBMITTED))
                .isTrue();
        assertThat(AssessmentPolicy.mayReview(SUPERVISOR, AssessmentState.APPROVED))
                .isFalse();
        assertThat(AssessmentPolicy.mayReview(ADMIN, AssessmentState.SUBMITTED)).isFalse();
    }

    @Test
    @DisplayName("an onboarding: its own people and the network-wide roles see it, others not; its lead and"
            + " supervisors mark activities; only its lead accepts the commitment; only the admin activates")
    void onboarding() {
        assertThat(OnboardingPolicy.maySee(CONSULTANT, "roskilde")).isTrue();
        assertThat(OnboardingPolicy.maySee(LEAD, "horsens")).isFalse();
        assertThat(OnboardingPolicy.maySee(RESEARCHER, "roskilde")).isFalse();
        assertThat(OnboardingPolicy.maySee(SUPERVISOR, "horsens")).isTrue();
        assertThat(OnboardingPolicy.mayMarkActivities(LEAD, "roskilde")).isTrue();
        assertThat(OnboardingPolicy.mayMarkActivities(CONSULTANT, "roskilde")).isFalse();
        assertThat(OnboardingPolicy.mayMarkActivities(SUPERVISOR, "roskilde")).isTrue();
        assertThat(OnboardingPolicy.mayMarkActivities(ADMIN, "roskilde")).isFalse();
        assertThat(OnboardingPolicy.mayAcceptCommitment(LEAD, "roskilde")).isTrue();
        assertThat(OnboardingPolicy.mayAcceptCommitment(SUPERVISOR, "roskilde")).isFalse();
        assertThat(OnboardingPolicy.mayActivate(ADMIN)).isTrue();
        assertThat(OnboardingPolicy.mayActivate(SUPERVISOR)).isFalse();
    }

    @Test
    @DisplayName("a refusal names the capability the role lacks, so the message can say what is not allowed")
    void refusalNamesTheCapability() {
        assertThatThrownBy(() -> Access.require(LEAD, Capability.REVIEW))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.message().key()).isEqualTo("access.denied.REVIEW"));
        assertThatCode(() -> Access.require(SUPERVISOR, Capability.REVIEW)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a caller holding two roles may do what either role may")
    void twoRoles() {
        Caller both = Caller.of("anna", null, Role.SUPERVISOR, Role.RESEARCHER);
        assertThat(of(both)).contains(Capability.REVIEW, Capability.OVERSEE_TRIAL, Capability.LOG_SESSIONS);
        assertThat(of(both)).doesNotContain(Capability.MANAGE_MUNICIPALITIES, Capability.ALLOCATE);
    }

    @Test
    @DisplayName("a lead or caseworker whose token names no municipality may do nothing that is done for one")
    void municipalRoleWithoutMunicipality() {
        Caller lead = Caller.of("lead.nowhere", null, Role.MUNICIPAL_LEAD);
        assertThat(of(lead))
                .doesNotContain(
                        Capability.START_ASSESSMENT,
                        Capability.ACCEPT_COMMITMENT,
                        Capability.CHANGE_ACTIONS,
                        Capability.MARK_ONBOARDING,
                        Capability.SHARE_PRACTICE,
                        Capability.SEE_OWN_SUPERVISION,
                        Capability.SEE_NETWORK)
                .contains(Capability.SEE_ASSESSMENTS, Capability.READ_PRACTICE);
    }

    @Test
    @DisplayName("no caller, or a caller without a username, may do nothing at all, whatever roles it claims")
    void noCaller() {
        for (Capability c : Capability.values()) {
            assertThat(Access.allows(null, c)).as(c.name()).isFalse();
            assertThat(Access.allows(Caller.of(null, null, Role.NETWORK_ADMIN, Role.SUPERVISOR), c))
                    .as(c.name())
                    .isFalse();
        }
    }

    private static Set<Capability> union(Set<Capability> base, Capability... more) {
        Set<Capability> all = EnumSet.copyOf(base);
        all.addAll(Set.of(more));
        return all;
    }
}
