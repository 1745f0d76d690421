package dk.nextwork.hub.application.supervision;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The supervision log and agreed actions. A municipality's log and actions are visible to its own people and to
 * supervisors and admins; to other municipalities they do not exist (not found). Supervisors log sessions; the
 * municipality's lead (and supervisors) move actions on.
 */
public interface SupervisionService {

    /** @throws NotFoundException for an unknown municipality or one the caller may not see */
    List<SupervisionViews.Session> sessions(@NotNull String municipality, @NotNull Caller caller);

    /** @throws NotFoundException if it does not exist or the caller may not see it */
    SupervisionViews.Session session(long id, @NotNull Caller caller);

    /**
     * Logs a session and the actions agreed in it (supervisors).
     *
     * @throws InvalidInputException naming every bad field; nothing is saved then
     */
    SupervisionViews.Session logSession(@NotNull NewSession session, @NotNull Caller caller);

    /** @throws NotFoundException for an unknown municipality or one the caller may not see */
    List<SupervisionViews.Action> actions(@NotNull String municipality, @NotNull Caller caller);

    /** @throws NotFoundException if it does not exist or the caller may not see it */
    SupervisionViews.Action action(long id, @NotNull Caller caller);

    /**
     * Adds an action outside a session, typically to an approved report's action plan (supervisors, and the
     * municipality's lead).
     *
     * @throws InvalidInputException naming every bad field; nothing is saved then
     */
    SupervisionViews.Action addAction(@NotNull String municipality, @NotNull NewAction action, @NotNull Caller caller);

    /**
     * Moves an action on (the municipality's lead, supervisors); dropping needs a reason.
     *
     * @throws ConflictException from a stale version, saying who changed it
     */
    SupervisionViews.Action changeStatus(
            long id, long version, @NotNull String status, String reason, @NotNull Caller caller);

    /** Open and overdue actions across all municipalities (supervisors and admins), overdue first. */
    List<SupervisionViews.Action> outstanding(@NotNull Caller caller);

    /**
     * Whether the municipality's latest approved report still requires an action plan.
     *
     * @throws NotFoundException for an unknown municipality or one the caller may not see
     */
    SupervisionViews.ActionPlan actionPlan(@NotNull String municipality, @NotNull Caller caller);

    /**
     * The municipality's actions and its action plan, the actions read once for both (the start page and the log show
     * both).
     *
     * @throws NotFoundException for an unknown municipality or one the caller may not see
     */
    SupervisionViews.ActionsWithPlan actionsWithPlan(@NotNull String municipality, @NotNull Caller caller);

    /**
     * What the caller may do with the municipality's log and actions: log sessions, move actions on.
     *
     * @throws NotFoundException for an unknown municipality or one the caller may not see
     */
    SupervisionViews.Permissions permissions(@NotNull String municipality, @NotNull Caller caller);

    /**
     * For a report, every item that had actions since the previous approved report: rating before, after, actions.
     * Empty for callers who may read the report but not the municipality's actions.
     */
    List<SupervisionViews.LoopRow> closedLoop(long assessmentId, @NotNull Caller caller);
}
