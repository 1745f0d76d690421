package dk.nextwork.hub.application.practice;

import dk.nextwork.fidelity.scoring.Ratings;
import dk.nextwork.hub.application.common.KeptUnderVersion;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.ItemEntry;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import dk.nextwork.hub.domain.model.practice.Practice;
import dk.nextwork.hub.domain.model.practice.PracticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Practice to suggest to a municipality: for each of its {@value #SUGGESTED_ITEMS} lowest-rated principle items in its
 * latest approved report, up to {@value #PRACTICES_PER_ITEM} published practices of other municipalities tagged with
 * the item's principle, those from municipalities whose rating of the item rose between their last two reports first,
 * then the most recently updated.
 *
 * <p>Every start page of a municipality's staff shows them, so they are kept under the network read model's version,
 * which the database raises when a report is approved (or leaves approval), a municipality changes, or a practice or
 * its principles change (V8, V20): the next question after any of those is answered from the data.
 */
@ApplicationScoped
class PracticeSuggestions {

    static final int SUGGESTED_ITEMS = 3;
    static final int PRACTICES_PER_ITEM = 3;

    /** The published practices of a principle read as candidates. */
    private static final int CANDIDATES = 50;

    @Inject
    PracticeRepository practices;

    @Inject
    AssessmentRepository assessments;

    @Inject
    Instruments instruments;

    @Inject
    NetworkScores scores;

    private final KeptUnderVersion<List<PracticeViews.Suggestion>> kept = new KeptUnderVersion<>();

    /** The suggestions for the municipality with this id. */
    List<PracticeViews.Suggestion> suggestions(long municipality) {
        return kept.get(municipality, scores.version(), this::workedOut);
    }

    private List<PracticeViews.Suggestion> workedOut(long municipality) {
        List<Assessment> own = assessments.latestApprovedOfEach(1, List.of(municipality));
        if (own.isEmpty()) {
            return List.of();
        }
        Assessment latest = own.get(0);
        List<ItemEntry> lowest = latest.items().stream()
                .filter(e -> e.selfRating() != null && Ratings.isScore(e.selfRating()))
                .filter(e -> instruments.principleOf(latest, e.itemCode()).isPresent())
                .sorted(Comparator.comparing(ItemEntry::selfRating).thenComparing(ItemEntry::itemCode))
                .limit(SUGGESTED_ITEMS)
                .toList();
        // The candidates of every item first, then the two latest approved reports of only their municipalities, read
        // once: whether the item rose there puts a practice first.
        Map<String, List<Practice>> candidates = new LinkedHashMap<>();
        for (ItemEntry item : lowest) {
            String principle = principle(latest, item);
            candidates.computeIfAbsent(
                    principle,
                    p -> practices.publishedWithPrinciple(p, CANDIDATES).stream()
                            .filter(practice -> practice.municipality().id() != municipality)
                            .toList());
        }
        Set<Long> others = candidates.values().stream()
                .flatMap(List::stream)
                .map(p -> p.municipality().id())
                .collect(Collectors.toSet());
        Map<Municipality, List<Assessment>> lastTwo = new HashMap<>();
        for (Assessment a : assessments.latestApprovedOfEach(2, others)) {
            lastTwo.computeIfAbsent(a.municipality(), k -> new ArrayList<>()).add(a);
        }
        List<PracticeViews.Suggestion> suggestions = new ArrayList<>();
        for (ItemEntry item : lowest) {
            String principle = principle(latest, item);
            List<Practice> chosen = candidates.get(principle).stream()
                    .sorted(Comparator.comparing((Practice p) -> !rose(lastTwo.get(p.municipality()), item.itemCode()))
                            .thenComparing(Practice::updatedAt, Comparator.reverseOrder()))
                    .limit(PRACTICES_PER_ITEM)
                    .toList();
            suggestions.add(new PracticeViews.Suggestion(
                    item.itemCode(),
                    principle,
                    item.selfRating(),
                    chosen.stream().map(PracticeViews::suggested).toList()));
        }
        return List.copyOf(suggestions);
    }

    private String principle(Assessment report, ItemEntry item) {
        return instruments.principleOf(report, item.itemCode()).orElseThrow().code();
    }

    /** The rating of an item rose between a municipality's last two approved reports (newest first). */
    private static boolean rose(List<Assessment> lastTwo, String item) {
        if (lastTwo == null || lastTwo.size() < 2) {
            return false;
        }
        Integer now = rating(lastTwo.get(0), item);
        Integer before = rating(lastTwo.get(1), item);
        return now != null && before != null && now > before;
    }

    private static Integer rating(Assessment a, String item) {
        return a.item(item).map(ItemEntry::selfRating).filter(Ratings::isScore).orElse(null);
    }
}
