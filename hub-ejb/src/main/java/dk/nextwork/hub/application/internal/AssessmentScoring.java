package dk.nextwork.hub.application.internal;

import dk.nextwork.fidelity.FidelityInputException;
import dk.nextwork.fidelity.KeyFigure;
import dk.nextwork.fidelity.KeyFigures;
import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.scoring.AssessmentResult;
import dk.nextwork.fidelity.scoring.ImpliedRating;
import dk.nextwork.fidelity.scoring.Ratings;
import dk.nextwork.fidelity.scoring.Scorer;
import dk.nextwork.fidelity.scoring.SectionScore;
import dk.nextwork.hub.application.AssessmentView;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.ItemEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds fidelity-rules' inputs from a stored assessment, and the view of it with its scores. */
final class AssessmentScoring {

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
        figures.forEach((code, value) -> KeyFigure.byCode(code).ifPresent(figure -> builder.set(figure, value)));
        return builder.build();
    }

    static AssessmentResult score(Instrument instrument, Assessment assessment) {
        return Scorer.score(ratings(instrument, assessment), keyFigures(assessment, assessment.keyFigures()));
    }

    static AssessmentView view(Instrument instrument, Assessment a) {
        AssessmentResult result;
        try {
            result = score(instrument, a);
        } catch (FidelityInputException e) {
            throw new IllegalStateException("stored assessment " + a.id() + " does not score: " + e.getMessage(), e);
        }
        List<AssessmentView.Item> items = new ArrayList<>();
        for (var item : instrument.items()) {
            ItemEntry entry = a.item(item.code()).orElse(null);
            ImpliedRating implied = result.implied(item.code()).orElse(null);
            items.add(new AssessmentView.Item(
                    item.code(),
                    item.sectionCode(),
                    entry == null ? null : entry.selfRating(),
                    entry == null ? null : entry.evidence(),
                    entry == null ? null : entry.justification(),
                    implied == null || !implied.implied().isComputable()
                            ? null
                            : implied.implied().rating(),
                    implied == null ? null : implied.implied().notComputable(),
                    entry == null ? null : entry.supervisorRating(),
                    entry == null ? null : entry.supervisorComment()));
        }
        List<String> justificationRequired = result.evidenceFindings().stream()
                .map(f -> f.itemCode())
                .filter(code -> a.item(code).map(e -> e.justification() == null).orElse(true))
                .toList();
        return new AssessmentView(
                a.id(),
                a.municipality().slug(),
                a.municipality().name(),
                a.period().code(),
                a.instrumentId(),
                a.instrumentVersion(),
                a.state().name(),
                a.returnReason(),
                a.updatedAt(),
                a.updatedBy(),
                a.submittedAt().orElse(null),
                a.approvedAt().orElse(null),
                a.version(),
                items,
                a.keyFigures(),
                scores(result),
                justificationRequired);
    }

    static AssessmentView.Scores scores(AssessmentResult result) {
        List<AssessmentView.Section> sections = new ArrayList<>();
        for (SectionScore s : result.sections()) {
            sections.add(new AssessmentView.Section(
                    s.section().code(),
                    s.isScored() ? s.score().toString() : null,
                    s.isScored() ? display(s.score()) : null,
                    s.band() == null ? null : s.band().code(),
                    s.notScored()));
        }
        return new AssessmentView.Scores(
                result.scoredWith(),
                sections,
                result.fidelity() == null ? null : result.fidelity().toString(),
                result.fidelity() == null ? null : display(result.fidelity()),
                result.fidelityBand() == null ? null : result.fidelityBand().code(),
                result.fidelityNotComputable(),
                result.actionPlan().stream().map(r -> r.sectionCode()).toList());
    }

    private static Double display(Ratio r) {
        return r.rounded(1).doubleValue();
    }
}
