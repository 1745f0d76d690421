package dk.nextwork.hub.interfaces.supervision.rest;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Dates as the API takes them: ISO (2026-11-20) or Danish (20-11-2026), strictly (31-02-2026 is no date); a bad one
 * is named, not a parse error.
 */
final class Dates {

    private Dates() {}

    static LocalDate parse(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.matches("\\d{4}-.*") ? LocalDate.parse(text) : LocalDate.parse(text, DanishTime.DATE);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "not a date: " + text + " (use 2026-11-20 or 20-11-2026)"));
            return null;
        }
    }
}
