package dk.nextwork.hub.application.supervision;

import java.util.List;

/**
 * An action to agree: title, owner (a role or a staff member), due date (2026-11-20 or 20-11-2026, read where every
 * field is checked), the fidelity items it addresses. Linked to an approved report (for an action plan) it is due six
 * weeks after approval unless a date is given.
 */
public record NewAction(String title, String owner, String dueOn, List<String> items, Long assessmentId) {

    public NewAction {
        items = items == null ? List.of() : items;
    }
}
