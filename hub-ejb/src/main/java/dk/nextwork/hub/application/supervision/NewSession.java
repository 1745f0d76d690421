package dk.nextwork.hub.application.supervision;

import java.util.List;

/**
 * A supervision session to log, with the actions agreed in it. Notes and agreements are about the team's practice:
 * nothing about an individual young person belongs here. The date is as typed (2026-11-20 or 20-11-2026) and read
 * where every field is checked, so one answer names every field at fault.
 */
public record NewSession(
        String municipality,
        String heldOn,
        String format,
        SupervisionViews.Participants participants,
        List<String> principles,
        List<String> items,
        String notes,
        String agreements,
        List<NewAction> actions) {

    public NewSession {
        principles = principles == null ? List.of() : principles;
        items = items == null ? List.of() : items;
        actions = actions == null ? List.of() : actions;
    }
}
