package dk.nextwork.hub.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervision session to log, with the actions agreed in it. Notes and agreements are about the team's practice:
 * nothing about an individual young person belongs here.
 */
public record NewSession(
        String municipality,
        LocalDate heldOn,
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
