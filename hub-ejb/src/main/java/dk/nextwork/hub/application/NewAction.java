package dk.nextwork.hub.application;

import java.time.LocalDate;
import java.util.List;

/**
 * An action to agree: title, owner (a role or a staff member), due date, the fidelity items it addresses. Linked to an
 * approved report (for an action plan) it is due six weeks after approval unless a date is given.
 */
public record NewAction(String title, String owner, LocalDate dueOn, List<String> items, Long assessmentId) {

    public NewAction {
        items = items == null ? List.of() : items;
    }
}
