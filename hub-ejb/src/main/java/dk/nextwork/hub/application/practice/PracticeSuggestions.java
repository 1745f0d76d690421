package dk.nextwork.hub.application.practice;

import dk.nextwork.fidelity.scoring.Ratings;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.ItemEntry;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.practice.Practice;
import dk.nextwork.hub.domain.model.practice.PracticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Practice to suggest to a municipality: for each of its {@value #SUGGESTED_ITEMS} lowest-rated principle items in its
 * latest approved report, up to {@value #PRACTICES_PER_ITEM} published practices of other municipalities tagged with
 * the item's principle, those from municipalities whose rating of the item rose between their last two reports first,
 * then the most recently updated.
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

    List<PracticeViews.Suggestion> suggestions(Municipality m) {
        // Every municipality's two latest approved reports, newest first, read once.
        Map<Municipality, List<Assessment>> lastTwo = new HashMap<>();
        for (Assessment a : assessments.latestApprovedOfEach(2)) {
            lastTwo.computeIfAbsent(a.municipality(), k -> new ArrayList<>()).add(a);
        }
        List<Assessment> own = lastTwo.getOrDefault(m, List.of());
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
        List<PracticeViews.Suggestion> suggestions = new ArrayList<>();
        for (ItemEntry item : lowest) {
            String principle = instruments
                    .principleOf(latest, item.itemCode())
                    .orElseThrow()
                    .code();
            List<Practice> candidates = practices.publishedWithPrinciple(principle, CANDIDATES).stream()
                    .filter(p -> !p.municipality().equals(m))
                    .sorted(Comparator.comparing((Practice p) -> !rose(lastTwo.get(p.municipality()), item.itemCode()))
                            .thenComparing(Practice::updatedAt, Comparator.reverseOrder()))
                    .limit(PRACTICES_PER_ITEM)
                    .toList();
            suggestions.add(new PracticeViews.Suggestion(
                    item.itemCode(),
                    principle,
                    item.selfRating(),
                    candidates.stream().map(PracticeViews::suggested).toList()));
        }
        return suggestions;
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
