package dk.nextwork.hub.application.assessment;

import dk.nextwork.fidelity.KeyFigures;
import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.KeyFigureDefinition;
import dk.nextwork.fidelity.instrument.Section;
import dk.nextwork.fidelity.scoring.AssessmentResult;
import dk.nextwork.fidelity.scoring.Ratings;
import dk.nextwork.fidelity.scoring.Scorer;
import dk.nextwork.fidelity.scoring.ShownScore;
import dk.nextwork.fidelity.scoring.SmallNumbers;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.access.AssessmentPolicy;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import dk.nextwork.hub.domain.model.assessment.ItemEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds fidelity-rules' inputs from a stored assessment, and the view of it with its result: the result frozen at
 * submission for a submitted or approved report, scored live for a draft.
 */
public final class AssessmentScoring {

    private AssessmentScoring() {}

    static Ratings ratings(Instrument instrument, Assessment assessment) {
        Ratings.Builder builder = Ratings.of(instrument);
        for (ItemEntry entry : assessment.items()) {
            if (entry.selfRating() != null && instrument.item(entry.itemCode()).isPresent()) {
                builder.rate(entry.itemCode(), entry.selfRating());
            }
        }
        return builder.build();
    }

    static KeyFigures keyFigures(Assessment assessment, Map<String, BigDecimal> figures) {
        KeyFigures.Builder builder = KeyFigures.builder()
                .period(assessment.period().firstDay(), assessment.period().lastDay());
        figures.forEach((code, value) -> {
            if (value != null && !code.equals(KeyFigures.WEEKS_IN_PERIOD)) {
                builder.set(code, value);
            }
        });
        return builder.build();
    }

    /** Scores the report as it is now. */
    public static AssessmentResult score(Instrument instrument, Assessment assessment) {
        return Scorer.score(ratings(instrument, assessment), keyFigures(assessment, assessment.keyFigures()));
    }

    /** The result the report is shown with: frozen once submitted, live while the lead can still change it. */
    public static FrozenResult result(Instrument instrument, Assessment a) {
        if (!a.state().isEditableByLead()) {
            var frozen = FrozenResult.parse(a.scores(), a.id());
            if (frozen.isPresent()) {
                return frozen.get();
            }
        }
        return FrozenResult.of(score(instrument, a), null);
    }

    /** The report as the caller sees it, with what the caller may do with it; a null caller may do nothing. */
    static AssessmentView view(Instrument instrument, Assessment a, Caller caller) {
        // The audit trail (no caller) keeps everything; others outside the municipality see what is published.
        boolean notes = caller == null
                || AssessmentPolicy.mayReadWorkingNotes(caller, a.municipality().slug());
        return view(
                instrument,
                a,
                result(instrument, a),
                notes,
                permissions(caller, a.municipality().slug(), a.state()));
    }

    /** What the caller may do with a report of this municipality in this state; a null caller may do nothing. */
    static AssessmentView.Permissions permissions(Caller caller, String municipality, AssessmentState state) {
        return caller == null
                ? AssessmentView.Permissions.NONE
                : new AssessmentView.Permissions(
                        AssessmentPolicy.mayEdit(caller, municipality, state),
                        AssessmentPolicy.mayReview(caller, state));
    }

    /**
     * The report with its result, with the working notes (evidence, justifications, comments, implied ratings, every
     * key figure) or as published to the network, and the given permissions.
     */
    static AssessmentView view(
            Instrument instrument, Assessment a, FrozenResult result, boolean notes, AssessmentView.Permissions may) {
        List<AssessmentView.Item> items = new ArrayList<>();
        for (var item : instrument.items()) {
            ItemEntry entry = a.item(item.code()).orElse(null);
            FrozenResult.Implied implied = result.implied(item.code()).orElse(null);
            items.add(new AssessmentView.Item(
                    item.code(),
                    item.sectionCode(),
                    entry == null ? null : entry.selfRating(),
                    entry == null || !notes ? null : entry.evidence(),
                    entry == null || !notes ? null : entry.justification(),
                    // Implied ratings and "is 0" are worked out from the exact key figures: a working note.
                    implied == null || !notes ? null : implied.rating(),
                    implied == null || !notes || implied.blockedBy() == null
                            ? null
                            : Message.of(
                                    implied.blockedByZero() ? "implied.zero" : "implied.notReported",
                                    figureLabel(instrument, implied.blockedBy())),
                    entry == null ? null : entry.supervisorRating(),
                    entry == null || !notes ? null : entry.supervisorComment()));
        }
        List<String> justificationRequired = result.evidenceFindings().stream()
                .filter(code -> a.item(code).map(e -> e.justification() == null).orElse(true))
                .toList();
        return new AssessmentView(
                a.id() == null ? 0 : a.id(),
                a.municipality().slug(),
                a.municipality().name(),
                a.period().code(),
                a.instrumentId(),
                a.instrumentVersion(),
                a.state().name(),
                notes ? a.returnReason() : null,
                a.updatedAt(),
                a.updatedBy(),
                a.submittedAt().orElse(null),
                a.approvedAt().orElse(null),
                a.version(),
                List.copyOf(items),
                // Copies that cannot be changed: a view is kept and shared by every request (KeptReports).
                Collections.unmodifiableMap(
                        notes ? new LinkedHashMap<>(a.keyFigures()) : published(a.keyFigures(), instrument)),
                notes ? List.of() : suppressed(a.keyFigures(), instrument),
                scores(instrument, result),
                justificationRequired,
                may);
    }

    /** A key figure's name as the instrument words it, in the reader's language; the bundle's for one it lacks. */
    static Object figureLabel(Instrument instrument, String figure) {
        return instrument
                .keyFigure(figure)
                .<Object>map(KeyFigureDefinition::label)
                .orElse(Message.of("keyFigure." + figure));
    }

    /** The key figures without the counts of young people under the small-number threshold. */
    private static Map<String, BigDecimal> published(Map<String, BigDecimal> figures, Instrument instrument) {
        Map<String, BigDecimal> shown = new LinkedHashMap<>(figures);
        shown.keySet().removeAll(suppressed(figures, instrument));
        return shown;
    }

    /** The counts of young people under the small-number threshold, by code, in the figures' order. */
    private static List<String> suppressed(Map<String, BigDecimal> figures, Instrument instrument) {
        return figures.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .filter(e -> instrument
                        .keyFigure(e.getKey())
                        .map(KeyFigureDefinition::countsYoungPeople)
                        .orElse(true))
                .filter(e -> SmallNumbers.isSuppressed(e.getValue().longValue(), instrument.rules()))
                .map(Map.Entry::getKey)
                .toList();
    }

    static AssessmentView.Scores scores(Instrument instrument, FrozenResult result) {
        List<AssessmentView.Section> sections = new ArrayList<>();
        for (FrozenResult.Section s : result.sections()) {
            sections.add(new AssessmentView.Section(
                    s.code(), s.score(), display(instrument, s.score()), s.band(), notScored(instrument, s)));
        }
        Message fidelityNotComputable = result.fidelityBlockedBy() == null
                ? null
                : Message.of(
                        "score.fidelityBlocked",
                        instrument
                                .section(result.fidelityBlockedBy())
                                .map(Section::name)
                                .map(Object.class::cast)
                                .orElse(result.fidelityBlockedBy()));
        return new AssessmentView.Scores(
                result.scoredWith(),
                result.scoredAt(),
                List.copyOf(sections),
                result.fidelity(),
                display(instrument, result.fidelity()),
                result.band(),
                fidelityNotComputable,
                result.actionPlan().stream()
                        .map(FrozenResult.Requirement::section)
                        .toList(),
                result.actionPlan().stream()
                        .map(r -> new AssessmentView.Requirement(r.section(), r.score(), r.lowestItems()))
                        .toList());
    }

    private static Message notScored(Instrument instrument, FrozenResult.Section s) {
        if (s.score() != null) {
            return null;
        }
        if (s.notRated() > 0) {
            return Message.of("score.notRated", s.notRated());
        }
        int allowed = instrument.rules().maxUnassessablePerSection();
        if (s.cannotBeAssessed() > allowed) {
            return Message.of("score.tooManyUnassessable", s.cannotBeAssessed(), allowed);
        }
        return Message.of("score.noneRated");
    }

    /** A score for display, by the instrument's bands ({@link ShownScore}). */
    static Double display(Instrument instrument, String fraction) {
        return fraction == null
                ? null
                : ShownScore.of(Ratio.parse(fraction), instrument.bands()).doubleValue();
    }
}
