package dk.nextwork.hub.application.internal;

import dk.nextwork.fidelity.FidelityInputException;
import dk.nextwork.fidelity.KeyFigure;
import dk.nextwork.fidelity.KeyFigures;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.scoring.AssessmentResult;
import dk.nextwork.fidelity.scoring.Ratings;
import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.AssessmentService;
import dk.nextwork.hub.application.AssessmentView;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.DraftChange;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.ReviewChange;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import dk.nextwork.hub.domain.model.assessment.ItemEntry;
import dk.nextwork.hub.domain.model.audit.AuditEvent;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import dk.nextwork.hub.domain.model.period.ReportingPeriodRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

@Stateless
public class DefaultAssessmentService implements AssessmentService {

    /** Evidence and justifications are short texts about the team's practice, never case notes. */
    static final int MAX_TEXT = 4000;

    static final String INSTRUMENT = "nextwork-fidelity";

    @Inject
    AssessmentRepository assessments;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    ReportingPeriodRepository periods;

    @Inject
    AuditEventRepository audit;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    Clock clock;

    @Override
    public List<AssessmentView.Summary> visibleTo(Caller caller) {
        return assessments.findAll().stream()
                .filter(a -> canRead(a, caller))
                .map(DefaultAssessmentService::summary)
                .toList();
    }

    @Override
    public List<AssessmentView.Summary> reviewQueue(Caller caller) {
        if (!caller.isNetworkWide()) {
            throw new AccessDeniedException("only supervisors and network admins see the review queue");
        }
        return assessments.inState(AssessmentState.SUBMITTED).stream()
                .map(DefaultAssessmentService::summary)
                .toList();
    }

    @Override
    public Optional<AssessmentView> previousApproved(long id, Caller caller) {
        Assessment current = readable(id, caller);
        return assessments.approved(current.municipality().slug()).stream()
                .filter(a -> a.period().firstDay().isBefore(current.period().firstDay()))
                .findFirst()
                .map(a -> AssessmentScoring.view(instrumentOf(a), a));
    }

    private static AssessmentView.Summary summary(Assessment a) {
        return new AssessmentView.Summary(
                a.id(),
                a.municipality().slug(),
                a.municipality().name(),
                a.period().code(),
                a.state().name(),
                a.submittedAt().orElse(null),
                a.version());
    }

    @Override
    public AssessmentView get(long id, Caller caller) {
        Assessment a = readable(id, caller);
        return AssessmentScoring.view(instrumentOf(a), a);
    }

    @Override
    public AssessmentView startDraft(String periodCode, Caller caller) {
        if (!caller.is("municipal-lead") || caller.municipality() == null) {
            throw new AccessDeniedException("only a municipality's lead starts its self-assessment");
        }
        Municipality municipality = municipalities
                .findBySlug(caller.municipality())
                .orElseThrow(() -> new NotFoundException("no municipality " + caller.municipality()));
        ReportingPeriod period = periods.findByCode(periodCode)
                .orElseThrow(() -> new InvalidInputException("period", "no reporting period " + periodCode));
        if (assessments.find(municipality.slug(), period.code()).isPresent()) {
            throw new ConflictException(municipality.name() + " already has a self-assessment for " + period.code());
        }
        Instrument instrument = catalog.latest(INSTRUMENT).orElseThrow();
        Assessment a =
                new Assessment(municipality, period, instrument.id(), instrument.version(), caller.username(), now());
        assessments.add(a);
        return record(caller, "assessment.draft-started", a, null);
    }

    @Override
    public AssessmentView saveDraft(long id, DraftChange change, Caller caller) {
        Assessment a = editable(id, caller);
        Instrument instrument = instrumentOf(a);
        checkVersion(a, change.version(), change);
        validate(instrument, a, change);
        String before = snapshot(instrument, a);
        change.ratings().forEach((code, rating) -> a.recordItem(code, rating, rating == null, null, null));
        change.evidence().forEach((code, text) -> a.recordItem(code, null, false, text, null));
        change.justifications().forEach((code, text) -> a.recordItem(code, null, false, null, text));
        change.keyFigures().forEach(a::recordKeyFigure);
        a.touch(caller.username(), now());
        return record(caller, "assessment.draft-saved", a, before);
    }

    @Override
    public AssessmentView submit(long id, long version, Caller caller) {
        Assessment a = editable(id, caller);
        Instrument instrument = instrumentOf(a);
        checkVersion(a, version, null);
        AssessmentResult result = AssessmentScoring.score(instrument, a);
        List<FieldProblem> problems = new ArrayList<>();
        for (var item : instrument.items()) {
            if (a.item(item.code()).map(ItemEntry::selfRating).isEmpty()) {
                problems.add(new FieldProblem("ratings." + item.code(), "not rated yet (1–5, or 9)"));
            }
        }
        for (var finding : result.evidenceFindings()) {
            if (a.item(finding.itemCode()).map(ItemEntry::justification).isEmpty()) {
                problems.add(new FieldProblem(
                        "justifications." + finding.itemCode(),
                        "the key figures imply " + finding.impliedRating() + " but the rating is "
                                + finding.selfRating() + ": write why"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String before = snapshot(instrument, a);
        a.submit(caller.username(), now(), Json.of(AssessmentScoring.scores(result)));
        return record(caller, "assessment.submitted", a, before);
    }

    @Override
    public AssessmentView review(long id, ReviewChange change, Caller caller) {
        Assessment a = reviewable(id, caller);
        if (a.state() != AssessmentState.SUBMITTED) {
            throw new ConflictException("only a submitted report can be reviewed; this one is "
                    + a.state().name().toLowerCase());
        }
        checkVersion(a, change.version(), null);
        Instrument instrument = instrumentOf(a);
        List<FieldProblem> problems = new ArrayList<>();
        checkRatings(instrument, "supervisorRatings", change.ratings(), problems);
        checkTexts(instrument, "comments", change.comments(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String before = snapshot(instrument, a);
        change.ratings().forEach((code, rating) -> a.review(code, rating, rating == null, null));
        change.comments().forEach((code, text) -> a.review(code, null, false, text));
        a.touch(caller.username(), now());
        return record(caller, "assessment.reviewed", a, before);
    }

    @Override
    public AssessmentView returnToLead(long id, long version, String reason, Caller caller) {
        Assessment a = reviewable(id, caller);
        checkVersion(a, version, null);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a reason is required to return a report");
        }
        if (reason.length() > MAX_TEXT) {
            throw new InvalidInputException("reason", "at most " + MAX_TEXT + " characters");
        }
        Instrument instrument = instrumentOf(a);
        String before = snapshot(instrument, a);
        transition(() -> a.returnToLead(reason, caller.username(), now()));
        return record(caller, "assessment.returned", a, before);
    }

    @Override
    public AssessmentView approve(long id, long version, Caller caller) {
        Assessment a = reviewable(id, caller);
        checkVersion(a, version, null);
        Instrument instrument = instrumentOf(a);
        String before = snapshot(instrument, a);
        AssessmentResult result = AssessmentScoring.score(instrument, a);
        transition(() -> a.approve(caller.username(), now(), Json.of(AssessmentScoring.scores(result))));
        return record(caller, "assessment.approved", a, before);
    }

    private static void transition(Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    private Assessment readable(long id, Caller caller) {
        Assessment a = assessments.find(id).orElseThrow(() -> new NotFoundException("no assessment " + id));
        if (!canRead(a, caller)) {
            throw new NotFoundException("no assessment " + id);
        }
        return a;
    }

    private Assessment editable(long id, Caller caller) {
        Assessment a = readable(id, caller);
        if (!caller.is("municipal-lead") || !caller.belongsTo(a.municipality().slug())) {
            throw new AccessDeniedException("only " + a.municipality().name() + "'s lead edits and submits this");
        }
        if (!a.state().isEditableByLead()) {
            throw new ConflictException(
                    a.state() == AssessmentState.APPROVED
                            ? "the report is approved and locked: nobody can change it"
                            : "the report is " + a.state().name().toLowerCase() + " and cannot be edited now");
        }
        return a;
    }

    private Assessment reviewable(long id, Caller caller) {
        Assessment a = readable(id, caller);
        if (!caller.is("supervisor")) {
            throw new AccessDeniedException("only a supervisor reviews, returns and approves");
        }
        return a;
    }

    private static boolean canRead(Assessment a, Caller caller) {
        if (caller.isNetworkWide() || a.state() == AssessmentState.APPROVED) {
            return true;
        }
        return caller.belongsTo(a.municipality().slug()) && (caller.is("municipal-lead") || caller.is("consultant"));
    }

    /** A stale version is refused, saying who changed what since. */
    private static void checkVersion(Assessment a, Long expected, DraftChange change) {
        if (expected != null && expected == a.version()) {
            return;
        }
        StringBuilder message = new StringBuilder("The report was changed by ")
                .append(a.updatedBy())
                .append(" at ")
                .append(a.updatedAt())
                .append(" (version ")
                .append(a.version())
                .append(", you sent ")
                .append(expected)
                .append("). Nothing was saved; reload it and make your changes again.");
        if (change != null) {
            List<String> differs = new ArrayList<>();
            change.ratings().forEach((code, rating) -> {
                Integer now = a.item(code).map(ItemEntry::selfRating).orElse(null);
                if (!Objects.equals(now, rating)) {
                    differs.add("ratings." + code + " is now " + now);
                }
            });
            change.keyFigures().forEach((figure, value) -> {
                BigDecimal now = a.keyFigures().get(figure);
                if (now == null ? value != null : value == null || now.compareTo(value) != 0) {
                    differs.add("keyFigures." + figure + " is now " + (now == null ? null : now.toPlainString()));
                }
            });
            if (!differs.isEmpty()) {
                message.append(" Where yours differs: ")
                        .append(String.join(", ", differs))
                        .append('.');
            }
        }
        throw new ConflictException(message.toString());
    }

    /** Every problem in the change, before anything is touched. */
    private static void validate(Instrument instrument, Assessment a, DraftChange change) {
        List<FieldProblem> problems = new ArrayList<>();
        checkRatings(instrument, "ratings", change.ratings(), problems);
        checkTexts(instrument, "evidence", change.evidence(), problems);
        checkTexts(instrument, "justifications", change.justifications(), problems);
        change.keyFigures().forEach((code, value) -> {
            var figure = KeyFigure.byCode(code);
            if (figure.isEmpty() || figure.get().kind() == KeyFigure.Kind.DERIVED) {
                problems.add(new FieldProblem("keyFigures." + code, "unknown key figure"));
            } else if (value != null) {
                try {
                    KeyFigures.builder().set(figure.get(), value);
                } catch (FidelityInputException e) {
                    problems.add(new FieldProblem(e.field(), e.reason()));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void checkRatings(
            Instrument instrument, String field, Map<String, Integer> ratings, List<FieldProblem> problems) {
        ratings.forEach((code, rating) -> {
            if (instrument.item(code).isEmpty()) {
                problems.add(new FieldProblem(field + "." + code, "unknown item code in " + instrument.key()));
            } else if (rating != null && (rating < 1 || rating > 5) && rating != Ratings.CANNOT_BE_ASSESSED) {
                problems.add(
                        new FieldProblem(field + "." + code, "must be 1–5, or 9 (cannot be assessed); was " + rating));
            }
        });
    }

    private static void checkTexts(
            Instrument instrument, String field, Map<String, String> texts, List<FieldProblem> problems) {
        texts.forEach((code, text) -> {
            if (instrument.item(code).isEmpty()) {
                problems.add(new FieldProblem(field + "." + code, "unknown item code in " + instrument.key()));
            } else if (text != null && text.length() > MAX_TEXT) {
                problems.add(new FieldProblem(
                        field + "." + code, "at most " + MAX_TEXT + " characters; was " + text.length()));
            }
        });
    }

    private Instrument instrumentOf(Assessment a) {
        return catalog.find(a.instrumentId(), a.instrumentVersion())
                .orElseThrow(() -> new IllegalStateException(
                        "instrument " + a.instrumentId() + "@" + a.instrumentVersion() + " is not shipped"));
    }

    private static String snapshot(Instrument instrument, Assessment a) {
        return Json.of(AssessmentScoring.view(instrument, a));
    }

    /** Writes the change and its audit event (the state after, new version included), and returns that state. */
    private AssessmentView record(Caller caller, String action, Assessment a, String before) {
        assessments.flush();
        AssessmentView after = AssessmentScoring.view(instrumentOf(a), a);
        audit.append(new AuditEvent(
                now(), caller.username(), action, "assessment", String.valueOf(a.id()), before, Json.of(after)));
        return after;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
