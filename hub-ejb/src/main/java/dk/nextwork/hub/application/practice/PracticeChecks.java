package dk.nextwork.hub.application.practice;

import static dk.nextwork.hub.application.practice.PracticeService.ACTIVITIES;
import static dk.nextwork.hub.application.practice.PracticeService.MAX_BODY;
import static dk.nextwork.hub.application.practice.PracticeService.MAX_COMMENT;
import static dk.nextwork.hub.application.practice.PracticeService.MAX_NOTE;
import static dk.nextwork.hub.application.practice.PracticeService.MAX_SUMMARY;
import static dk.nextwork.hub.application.practice.PracticeService.MAX_TITLE;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.domain.model.practice.Activity;
import dk.nextwork.hub.domain.model.practice.Practice;
import dk.nextwork.hub.domain.model.practice.TrialOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A practice, a comment or a trial as typed, checked before anything is saved, so one answer names every field at
 * fault; a practice's body is sanitised here, and titles and summaries lose any marks the search would add.
 */
final class PracticeChecks {

    private PracticeChecks() {}

    /** What was written, checked and sanitised. */
    record Written(
            String title, String summary, String body, String text, Set<String> principles, Set<Activity> activities) {

        void applyTo(Practice practice, Instant now) {
            practice.write(title, summary, body, text, principles, activities, now);
        }
    }

    /** A trial as checked: when, how it went and what was noted. */
    record Tried(LocalDate triedOn, TrialOutcome outcome, String note) {}

    /**
     * @param known the principle codes the instruments know
     * @throws InvalidInputException naming every bad field
     */
    static Written written(PracticeInput input, Set<String> known) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = HtmlSanitising.withoutMarks(input.title());
        if (title == null || title.isBlank()) {
            problems.add(FieldProblem.of("title", "problem.practice.title.required"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add(FieldProblem.of("title", "problem.text.tooLong", MAX_TITLE, title.length()));
        }
        String summary = HtmlSanitising.withoutMarks(input.summary());
        if (summary != null && summary.length() > MAX_SUMMARY) {
            problems.add(FieldProblem.of("summary", "problem.text.tooLong", MAX_SUMMARY, summary.length()));
        }
        if (input.body() != null && input.body().length() > MAX_BODY) {
            problems.add(FieldProblem.of(
                    "body", "problem.text.tooLong", MAX_BODY, input.body().length()));
        }
        Set<String> principles = new TreeSet<>();
        for (int i = 0; i < input.principles().size(); i++) {
            String p = input.principles().get(i);
            if (p != null && known.contains(p)) {
                principles.add(p);
            } else {
                problems.add(FieldProblem.of(
                        "principles[" + i + "]",
                        "problem.principle.unknown",
                        String.valueOf(p),
                        String.join(", ", known)));
            }
        }
        if (input.principles().isEmpty()) {
            problems.add(FieldProblem.of("principles", "problem.practice.principles.required"));
        }
        Set<Activity> activities = EnumSet.noneOf(Activity.class);
        for (int i = 0; i < input.activities().size(); i++) {
            try {
                activities.add(Activity.valueOf(input.activities().get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(FieldProblem.of(
                        "activities[" + i + "]",
                        "problem.activity.unknown",
                        String.valueOf(input.activities().get(i)),
                        String.join(", ", ACTIVITIES)));
            }
        }
        InvalidInputException.throwIfAny(problems);
        String body = HtmlSanitising.sanitise(input.body());
        return new Written(
                title.strip(),
                summary == null ? "" : summary.strip(),
                body,
                HtmlSanitising.text(body),
                principles,
                activities);
    }

    /**
     * A comment's text, stripped.
     *
     * @throws InvalidInputException naming {@code text}
     */
    static String comment(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "problem.comment.required");
        }
        if (text.length() > MAX_COMMENT) {
            throw new InvalidInputException("text", "problem.text.tooLong", MAX_COMMENT, text.length());
        }
        return text.strip();
    }

    /**
     * A trial: a date not after today, an outcome, a short note.
     *
     * @throws InvalidInputException naming every bad field
     */
    static Tried tried(String triedOnText, String outcome, String note, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate triedOn = DanishTime.parse("triedOn", triedOnText, problems);
        if (triedOn == null && (triedOnText == null || triedOnText.isBlank())) {
            problems.add(FieldProblem.of("triedOn", "problem.trial.date.required"));
        } else if (triedOn != null && triedOn.isAfter(today)) {
            problems.add(FieldProblem.of("triedOn", "problem.trial.date.future", triedOn));
        }
        TrialOutcome result = null;
        if (outcome == null || outcome.isBlank()) {
            problems.add(FieldProblem.of("outcome", "problem.trial.outcome.required"));
        } else {
            try {
                result = TrialOutcome.valueOf(outcome);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("outcome", "problem.trial.outcome", outcome));
            }
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(FieldProblem.of("note", "problem.text.tooLong", MAX_NOTE, note.length()));
        }
        InvalidInputException.throwIfAny(problems);
        return new Tried(triedOn, result, note == null || note.isBlank() ? null : note.strip());
    }
}
