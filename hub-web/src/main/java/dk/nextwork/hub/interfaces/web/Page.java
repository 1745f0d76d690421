package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.access.Capability;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every page with its gate and its place in the menu, in one table: the menu shows a page exactly when its gate would
 * let the user in, because both ask the application's access policy about the same capabilities.
 */
public enum Page {
    START("/index", null, "nav.start"),
    /** The user's notifications and how they want them: everyone's own, reached from the header's count. */
    NOTIFICATIONS("/varsler", null, null),
    /** The network picture: everyone, municipal staff only their own municipality against the network. */
    NETWORK("/netvaerk", Set.of(Capability.SEE_NETWORK), "nav.network"),
    ASSESSMENTS("/selvevalueringer", Set.of(Capability.SEE_ASSESSMENTS), "nav.assessments"),
    ASSESSMENT_FORM("/selvevaluering", Set.of(Capability.SEE_ASSESSMENTS), null),
    REPORT("/rapport", Set.of(Capability.SEE_ASSESSMENTS), null),
    REVIEW_QUEUE("/gennemgang", Set.of(Capability.SEE_REVIEW_QUEUE), "nav.review"),
    REVIEW("/gennemgaa", Set.of(Capability.SEE_REVIEW_QUEUE), null),
    ACTIONS("/handlinger", Set.of(Capability.SEE_ALL_SUPERVISION), "nav.actions"),
    /** The own municipality's log in the menu; supervisors reach every municipality's from the actions overview. */
    SUPERVISION(
            "/supervision",
            Set.of(Capability.SEE_OWN_SUPERVISION, Capability.SEE_ALL_SUPERVISION),
            "nav.supervision",
            Capability.SEE_OWN_SUPERVISION),
    SESSION_FORM("/supervision-ny", Set.of(Capability.LOG_SESSIONS), null),
    PRACTICE("/praksis", Set.of(Capability.READ_PRACTICE), "nav.practice"),
    PRACTICE_VIEW("/praksis-vis", Set.of(Capability.READ_PRACTICE), null),
    PRACTICE_EDITOR("/praksis-ny", Set.of(Capability.SHARE_PRACTICE), null),
    MUNICIPALITIES("/kommuner", Set.of(Capability.SEE_MUNICIPALITIES), "nav.municipalities"),
    NEW_MUNICIPALITY("/kommune-ny", Set.of(Capability.MANAGE_MUNICIPALITIES), null),
    /** Every municipality onboarding (supervisors, admin); a municipality's staff reach their own from the start page. */
    ONBOARDING_COHORT("/opstarter", Set.of(Capability.SEE_ONBOARDING_COHORT), "nav.onboarding"),
    ONBOARDING("/opstart", Set.of(Capability.SEE_ONBOARDING), null),
    /** The team and caseload planner: anyone of the fidelity work may plan a team. */
    PLANNER("/planlaegning", Set.of(Capability.PLAN_TEAM), null),
    PERIODS("/perioder", Set.of(Capability.MANAGE_PERIODS), "nav.periods"),
    INSTRUMENTS("/instrumenter", Set.of(Capability.CHOOSE_INSTRUMENT), "nav.instruments"),
    AUDIT_LOG("/haendelser", Set.of(Capability.READ_AUDIT_LOG), "nav.audit"),
    /** The randomisation machine (a municipality's caseworkers). */
    RANDOMISATION("/lodtraekning", Set.of(Capability.ALLOCATE), "nav.randomisation"),
    /** The randomised trial's course, log and exports (researchers). */
    TRIAL("/forsoeg", Set.of(Capability.OVERSEE_TRIAL), "nav.trial");

    private final String outcome;
    private final Set<Capability> opensWith;
    private final String labelKey;
    private final Capability inMenuWith;

    Page(String outcome, Set<Capability> opensWith, String labelKey) {
        this(outcome, opensWith, labelKey, null);
    }

    Page(String outcome, Set<Capability> opensWith, String labelKey, Capability inMenuWith) {
        this.outcome = outcome;
        this.opensWith = opensWith == null ? Set.of() : EnumSet.copyOf(opensWith);
        this.labelKey = labelKey;
        this.inMenuWith = inMenuWith;
    }

    /** The Faces outcome, such as {@code /perioder}. */
    public String outcome() {
        return outcome;
    }

    /** The page's address below the context root, such as {@code /perioder.xhtml}. */
    public String path() {
        return outcome + ".xhtml";
    }

    /** Any of these lets a user in; none listed: every signed-in user. */
    public Set<Capability> opensWith() {
        return opensWith;
    }

    /** The menu label's message key, or null for a page reached from other pages. */
    public String labelKey() {
        return labelKey;
    }

    /** The capability that puts the page in the menu (by default, any that opens it). */
    public Set<Capability> inMenuWith() {
        return inMenuWith == null ? opensWith : Set.of(inMenuWith);
    }

    public static Optional<Page> byPath(String path) {
        return Arrays.stream(values()).filter(p -> p.path().equals(path)).findFirst();
    }
}
