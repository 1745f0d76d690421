package dk.nextwork.hub.application.supervision;

import dk.nextwork.hub.domain.model.supervision.ActionStatus;
import dk.nextwork.hub.domain.model.supervision.AgreedAction;
import dk.nextwork.hub.domain.model.supervision.SessionFormat;
import dk.nextwork.hub.domain.model.supervision.SupervisionSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Supervision sessions, agreed actions and action plans as the pages and the API show them, and the one place they are
 * made from the entities.
 */
public final class SupervisionViews {

    private SupervisionViews() {}

    /** Participants counted by role. */
    public record Participants(int leads, int consultants, int psychologists, int companyReps, int youngPeople) {}

    /** A logged supervision session with the actions agreed in it. */
    public record Session(
            long id,
            String municipality,
            String municipalityName,
            LocalDate heldOn,
            String supervisor,
            @Schema(implementation = SessionFormat.class) String format,
            Participants participants,
            List<String> principles,
            List<String> items,
            String notes,
            String agreements,
            List<Action> actions) {}

    /** An agreed action; overdue when open or in progress past its due date. */
    public record Action(
            long id,
            String municipality,
            String municipalityName,
            String title,
            String owner,
            LocalDate dueOn,
            @Schema(implementation = ActionStatus.class) String status,
            String droppedReason,
            List<String> items,
            Long sessionId,
            Long assessmentId,
            boolean overdue,
            Instant updatedAt,
            String updatedBy,
            long version) {}

    /**
     * Whether a municipality's latest approved report requires an action plan that is not in place yet: one line per
     * principle below the threshold, with its lowest items and the actions linked to them.
     */
    public record ActionPlan(
            String municipality, Long assessmentId, String period, LocalDate dueOn, List<Requirement> requirements) {

        /** At least one principle's lowest items have no action yet. */
        public boolean required() {
            return requirements.stream().anyMatch(r -> !r.met());
        }
    }

    /** A municipality's actions, due first, and its action plan. */
    public record ActionsWithPlan(List<Action> actions, ActionPlan plan) {}

    /** One principle below the threshold: its score, lowest items, and whether an action addresses them. */
    public record Requirement(String principle, String score, List<String> lowestItems, boolean met) {}

    /** What the caller may do with a municipality's supervision log and actions. */
    public record Permissions(boolean logSessions, boolean changeActions) {}

    /** For an item that had actions: its rating in the previous report and in this one, and the actions taken. */
    public record LoopRow(String item, Integer before, Integer after, List<Action> actions) {}

    /** A session with the actions agreed in it, picked from the municipality's actions. */
    static Session session(SupervisionSession s, List<AgreedAction> municipalityActions, LocalDate today) {
        dk.nextwork.hub.domain.model.supervision.Participants p = s.participants();
        return new Session(
                s.id(),
                s.municipality().slug(),
                s.municipality().name(),
                s.heldOn(),
                s.supervisor(),
                s.format().name(),
                new Participants(p.leads(), p.consultants(), p.psychologists(), p.companyReps(), p.youngPeople()),
                s.principles().stream().sorted().toList(),
                s.items().stream().sorted().toList(),
                s.notes(),
                s.agreements(),
                municipalityActions.stream()
                        .filter(a -> s.id().equals(a.sessionId()))
                        .map(a -> action(a, today))
                        .toList());
    }

    /** An action as it stands today (overdue or not). */
    static Action action(AgreedAction a, LocalDate today) {
        return new Action(
                a.id(),
                a.municipality().slug(),
                a.municipality().name(),
                a.title(),
                a.owner(),
                a.dueOn(),
                a.status().name(),
                a.droppedReason(),
                a.items().stream().sorted().toList(),
                a.sessionId(),
                a.assessmentId(),
                a.isOverdue(today),
                a.updatedAt(),
                a.updatedBy(),
                a.version());
    }
}
