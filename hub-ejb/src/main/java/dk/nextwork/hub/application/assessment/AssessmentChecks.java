package dk.nextwork.hub.application.assessment;

import dk.nextwork.fidelity.FidelityInputException;
import dk.nextwork.fidelity.Text;
import dk.nextwork.fidelity.instrument.ConsistencyRule;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.scoring.AssessmentResult;
import dk.nextwork.fidelity.scoring.Ratings;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.ItemEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A report's changes checked against the instrument it was filed under before anything is touched, so one answer names
 * every field at fault; and the message that tells a caller with a stale version who changed the report since.
 */
final class AssessmentChecks {

    /** Evidence, justifications, comments and reasons are short texts about the team's practice, never case notes. */
    static final int MAX_TEXT = 4000;

    private AssessmentChecks() {}

    /** @throws InvalidInputException naming every bad rating, text and key figure of the lead's change */
    static void draft(Instrument instrument, DraftChange change) {
        draft(instrument, change, Map.of());
    }

    /**
     * As {@link #draft(Instrument, DraftChange)}, and the key figures as they would stand after the change ({@code
     * reported} before it) kept to the instrument's consistency rules.
     *
     * @throws InvalidInputException naming every bad rating, text and key figure, and each rule the change would break
     *     at the figure it changed
     */
    static void draft(Instrument instrument, DraftChange change, Map<String, BigDecimal> reported) {
        List<FieldProblem> problems = new ArrayList<>();
        ratings(instrument, "ratings", change.ratings(), problems);
        texts(instrument, "evidence", change.evidence(), problems);
        texts(instrument, "justifications", change.justifications(), problems);
        change.keyFigures().forEach((code, value) -> {
            var figure = instrument.keyFigure(code);
            if (figure.isEmpty() || !figure.get().isReported()) {
                problems.add(FieldProblem.of("keyFigures." + code, "problem.keyFigure.unknown", code));
            } else if (value != null) {
                try {
                    figure.get().check(value);
                } catch (FidelityInputException e) {
                    problems.add(new FieldProblem(e.field(), new Message("problem." + e.key(), e.args())));
                }
            }
        });
        if (problems.isEmpty()) {
            consistency(instrument, change, reported, problems);
        }
        InvalidInputException.throwIfAny(problems);
    }

    /**
     * Each consistency rule the figures would break after the change and that a figure the change really changes takes
     * part in (a rule the stored figures broke already holds up no other change), named at the first such figure.
     */
    private static void consistency(
            Instrument instrument, DraftChange change, Map<String, BigDecimal> reported, List<FieldProblem> problems) {
        Map<String, BigDecimal> after = new HashMap<>(reported);
        Set<String> changed = new HashSet<>();
        change.keyFigures().forEach((code, value) -> {
            BigDecimal before = reported.get(code);
            if (value == null ? before != null : before == null || before.compareTo(value) != 0) {
                changed.add(code);
            }
            if (value == null) {
                after.remove(code);
            } else {
                after.put(code, value);
            }
        });
        for (ConsistencyRule rule : instrument.consistencyRules()) {
            List<String> named = new ArrayList<>(rule.figures());
            named.add(rule.atMost());
            Optional<String> at = named.stream().filter(changed::contains).findFirst();
            if (at.isEmpty() || !rule.brokenBy(after)) {
                continue;
            }
            List<Text> left =
                    rule.figures().stream().map(code -> label(instrument, code)).toList();
            problems.add(FieldProblem.of(
                    "keyFigures." + at.get(),
                    left.size() == 1 ? "problem.keyFigure.exceeds" : "problem.keyFigure.sumExceeds",
                    left.size() == 1 ? left.get(0) : left,
                    label(instrument, rule.atMost()),
                    rule.sum(after),
                    after.get(rule.atMost())));
        }
    }

    private static Text label(Instrument instrument, String figure) {
        return instrument.keyFigure(figure).orElseThrow().label();
    }

    /** @throws InvalidInputException naming every bad rating and comment of the supervisor's review */
    static void review(Instrument instrument, ReviewChange change) {
        List<FieldProblem> problems = new ArrayList<>();
        ratings(instrument, "supervisorRatings", change.ratings(), problems);
        texts(instrument, "comments", change.comments(), problems);
        InvalidInputException.throwIfAny(problems);
    }

    /**
     * A report is ready to submit when every item is rated and every item the evidence check finds at odds with its
     * rating is justified.
     *
     * @throws InvalidInputException naming each missing rating and justification
     */
    static void submittable(Instrument instrument, Assessment a, AssessmentResult result) {
        List<FieldProblem> problems = new ArrayList<>();
        for (var item : instrument.items()) {
            if (a.item(item.code()).map(ItemEntry::selfRating).isEmpty()) {
                problems.add(FieldProblem.of("ratings." + item.code(), "problem.rating.missing", item.code()));
            }
        }
        for (var finding : result.evidenceFindings()) {
            if (a.item(finding.itemCode()).map(ItemEntry::justification).isEmpty()) {
                problems.add(FieldProblem.of(
                        "justifications." + finding.itemCode(),
                        "problem.justification.missing",
                        finding.itemCode(),
                        finding.impliedRating(),
                        finding.selfRating()));
            }
        }
        InvalidInputException.throwIfAny(problems);
    }

    /**
     * The reason a report is returned with, stripped.
     *
     * @throws InvalidInputException naming {@code reason}
     */
    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "problem.reason.required");
        }
        if (reason.length() > MAX_TEXT) {
            throw new InvalidInputException("reason", "problem.text.tooLong", MAX_TEXT, reason.length());
        }
        return reason.strip();
    }

    /** Who changed the report since the caller's version, and where the caller's change differs from it now. */
    static Message changedSince(Assessment a, DraftChange change) {
        return changedSince(null, a, change);
    }

    /** As {@link #changedSince(Assessment, DraftChange)}, naming key figures as the report's instrument does. */
    static Message changedSince(Instrument instrument, Assessment a, DraftChange change) {
        List<Message> differs = new ArrayList<>();
        if (change != null) {
            change.ratings().forEach((code, rating) -> {
                Integer now = a.item(code).map(ItemEntry::selfRating).orElse(null);
                if (!Objects.equals(now, rating)) {
                    differs.add(Message.of("conflict.differs.rating", code, now == null ? "–" : now));
                }
            });
            change.keyFigures().forEach((figure, value) -> {
                BigDecimal now = a.keyFigures().get(figure);
                if (now == null ? value != null : value == null || now.compareTo(value) != 0) {
                    differs.add(Message.of(
                            "conflict.differs.keyFigure",
                            instrument == null
                                    ? Message.of("keyFigure." + figure)
                                    : AssessmentScoring.figureLabel(instrument, figure),
                            now == null ? "–" : now));
                }
            });
        }
        return differs.isEmpty()
                ? Message.of("conflict.assessment.changed", a.updatedBy(), a.updatedAt())
                : Message.of("conflict.assessment.changedDiffers", a.updatedBy(), a.updatedAt(), differs);
    }

    /** A rating is a score (1–5) or "cannot be assessed" (9); none clears it. */
    private static void ratings(
            Instrument instrument, String field, Map<String, Integer> ratings, List<FieldProblem> problems) {
        ratings.forEach((code, rating) -> {
            if (instrument.item(code).isEmpty()) {
                problems.add(FieldProblem.of(field + "." + code, "problem.item.unknown", code, instrument.key()));
            } else if (rating != null && !Ratings.isScore(rating) && rating != Ratings.CANNOT_BE_ASSESSED) {
                problems.add(FieldProblem.of(field + "." + code, "problem.rating.range", rating));
            }
        });
    }

    private static void texts(
            Instrument instrument, String field, Map<String, String> texts, List<FieldProblem> problems) {
        texts.forEach((code, text) -> {
            if (instrument.item(code).isEmpty()) {
                problems.add(FieldProblem.of(field + "." + code, "problem.item.unknown", code, instrument.key()));
            } else if (text != null && text.length() > MAX_TEXT) {
                problems.add(FieldProblem.of(field + "." + code, "problem.text.tooLong", MAX_TEXT, text.length()));
            }
        });
    }
}
