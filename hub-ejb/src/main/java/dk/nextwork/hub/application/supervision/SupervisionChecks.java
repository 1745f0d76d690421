package dk.nextwork.hub.application.supervision;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.supervision.ActionStatus;
import dk.nextwork.hub.domain.model.supervision.Participants;
import dk.nextwork.hub.domain.model.supervision.SessionFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A session or an action as typed, checked field by field before anything is saved, so one answer names every field at
 * fault: dates as typed, texts within their lengths, principles and items the instruments know.
 */
@ApplicationScoped
class SupervisionChecks {

    static final int MAX_TEXT = 4000;
    static final int MAX_TITLE = 200;
    static final int MAX_OWNER = 120;
    /** More people of one role than this in one session is a typing mistake. */
    static final int MAX_PARTICIPANTS = 1000;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    Instruments instruments;

    @Inject
    AssessmentRepository assessments;

    @Inject
    Clock clock;

    /** A session as checked: its municipality, date, format and participants, and each agreed action's due date. */
    record CheckedSession(
            Municipality municipality,
            LocalDate heldOn,
            SessionFormat format,
            Participants participants,
            List<LocalDate> dues) {}

    /** @throws InvalidInputException naming every bad field */
    CheckedSession session(NewSession input) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Municipality> municipality =
                input.municipality() == null ? Optional.empty() : municipalities.findBySlug(input.municipality());
        if (input.municipality() == null || input.municipality().isBlank()) {
            problems.add(FieldProblem.of("municipality", "problem.municipality.required"));
        } else if (municipality.isEmpty()) {
            problems.add(FieldProblem.of(
                    "municipality", "problem.municipality.unknown", String.valueOf(input.municipality())));
        }
        LocalDate heldOn = DanishTime.parse("heldOn", input.heldOn(), problems);
        if (heldOn == null && (input.heldOn() == null || input.heldOn().isBlank())) {
            problems.add(FieldProblem.of("heldOn", "problem.session.date.required"));
        } else if (heldOn != null && heldOn.isAfter(DanishTime.today(clock))) {
            problems.add(FieldProblem.of("heldOn", "problem.session.date.future", heldOn));
        }
        SessionFormat format = null;
        try {
            format = SessionFormat.valueOf(String.valueOf(input.format()));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("format", "problem.session.format", String.valueOf(input.format())));
        }
        SupervisionViews.Participants p =
                input.participants() == null ? new SupervisionViews.Participants(0, 0, 0, 0, 0) : input.participants();
        count("participants.leads", p.leads(), problems);
        count("participants.consultants", p.consultants(), problems);
        count("participants.psychologists", p.psychologists(), problems);
        count("participants.companyReps", p.companyReps(), problems);
        count("participants.youngPeople", p.youngPeople(), problems);
        Set<String> principles = instruments.principleCodes();
        for (int i = 0; i < input.principles().size(); i++) {
            if (!principles.contains(input.principles().get(i))) {
                problems.add(FieldProblem.of(
                        "principles[" + i + "]",
                        "problem.principle.unknown",
                        String.valueOf(input.principles().get(i)),
                        String.join(", ", principles)));
            }
        }
        items("items", input.items(), problems);
        text("notes", input.notes(), MAX_TEXT, problems);
        text("agreements", input.agreements(), MAX_TEXT, problems);
        List<LocalDate> dues = new ArrayList<>();
        for (int i = 0; i < input.actions().size(); i++) {
            dues.add(agreedAction(i, input.actions().get(i), heldOn, problems));
        }
        InvalidInputException.throwIfAny(problems);
        return new CheckedSession(
                municipality.get(),
                heldOn,
                format,
                new Participants(p.leads(), p.consultants(), p.psychologists(), p.companyReps(), p.youngPeople()),
                dues);
    }

    /** An action agreed in a session: due on or after the session, and not linked to a report. */
    private LocalDate agreedAction(int i, NewAction a, LocalDate heldOn, List<FieldProblem> problems) {
        String prefix = "actions[" + i + "].";
        if (a == null) {
            problems.add(FieldProblem.of("actions[" + i + "]", "problem.action.missing"));
            return null;
        }
        action(prefix, a, problems);
        LocalDate due = DanishTime.parse(prefix + "dueOn", a.dueOn(), problems);
        if (due == null && (a.dueOn() == null || a.dueOn().isBlank())) {
            problems.add(FieldProblem.of(prefix + "dueOn", "problem.action.due.required"));
        } else if (due != null && heldOn != null && due.isBefore(heldOn)) {
            problems.add(FieldProblem.of(prefix + "dueOn", "problem.action.due.beforeSession", due, heldOn));
        }
        if (a.assessmentId() != null) {
            problems.add(FieldProblem.of(prefix + "assessmentId", "problem.action.sessionLinked"));
        }
        return due;
    }

    /** An action's title, owner and items, its fields named after {@code prefix}. */
    void action(String prefix, NewAction a, List<FieldProblem> problems) {
        if (a.title() == null || a.title().isBlank()) {
            problems.add(FieldProblem.of(prefix + "title", "problem.action.title.required"));
        } else {
            text(prefix + "title", a.title(), MAX_TITLE, problems);
        }
        if (a.owner() == null || a.owner().isBlank()) {
            problems.add(FieldProblem.of(prefix + "owner", "problem.action.owner.required"));
        } else {
            text(prefix + "owner", a.owner(), MAX_OWNER, problems);
        }
        items(prefix + "items", a.items(), problems);
    }

    /**
     * The day an action added to an approved report's action plan is due unless another is typed: the plan's; null,
     * with a problem naming {@code assessmentId}, if the municipality has no such approved report.
     */
    LocalDate planDue(Municipality m, long assessmentId, List<FieldProblem> problems) {
        Optional<Assessment> report = assessments
                .find(assessmentId)
                .filter(a -> a.municipality().equals(m) && a.state() == AssessmentState.APPROVED);
        if (report.isEmpty()) {
            problems.add(FieldProblem.of("assessmentId", "problem.action.report", assessmentId, m.name()));
            return null;
        }
        return report.get().actionPlanDue(DanishTime.ZONE).orElseThrow();
    }

    /**
     * The status an action is moved to; dropping it needs a reason.
     *
     * @throws InvalidInputException naming {@code status} or {@code reason}
     */
    static ActionStatus status(String status, String reason) {
        ActionStatus newStatus;
        try {
            newStatus = ActionStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "problem.action.status", status);
        }
        if (newStatus == ActionStatus.DROPPED && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "problem.action.dropReason");
        }
        if (reason != null && reason.length() > MAX_TEXT) {
            throw new InvalidInputException("reason", "problem.text.tooLong", MAX_TEXT, reason.length());
        }
        return newStatus;
    }

    private void items(String field, List<String> items, List<FieldProblem> problems) {
        Set<String> known = instruments.itemCodes();
        for (int i = 0; i < items.size(); i++) {
            if (!known.contains(items.get(i))) {
                problems.add(FieldProblem.of(
                        field + "[" + i + "]", "problem.item.unknownAny", String.valueOf(items.get(i))));
            }
        }
    }

    private static void count(String field, int count, List<FieldProblem> problems) {
        if (count < 0 || count > MAX_PARTICIPANTS) {
            problems.add(FieldProblem.of(field, "problem.count.range", MAX_PARTICIPANTS, count));
        }
    }

    private static void text(String field, String text, int max, List<FieldProblem> problems) {
        if (text != null && text.length() > max) {
            problems.add(FieldProblem.of(field, "problem.text.tooLong", max, text.length()));
        }
    }
}
