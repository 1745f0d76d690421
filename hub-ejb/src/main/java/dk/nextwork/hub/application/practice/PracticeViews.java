package dk.nextwork.hub.application.practice;

import dk.nextwork.hub.application.Xml;
import dk.nextwork.hub.application.common.Json;
import dk.nextwork.hub.domain.model.practice.Activity;
import dk.nextwork.hub.domain.model.practice.PracticeComment;
import dk.nextwork.hub.domain.model.practice.PracticeHit;
import dk.nextwork.hub.domain.model.practice.PracticeStatus;
import dk.nextwork.hub.domain.model.practice.PracticeTrial;
import dk.nextwork.hub.domain.model.practice.TrialOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The practice library as the pages and the API show it, and the one place its views are made from the entities. */
public final class PracticeViews {

    private PracticeViews() {}

    /**
     * A practice with its sanitised body, comments and where it has been tried.
     *
     * @param mayEdit the caller may rewrite, publish and archive it (its municipality's lead and consultants)
     * @param mayRecordTrial the caller may record that their municipality tried it
     */
    public record Practice(
            long id,
            String municipality,
            String municipalityName,
            String author,
            String title,
            String summary,
            String body,
            @Schema(implementation = PracticeStatus.class) String status,
            List<String> principles,
            @Schema(implementation = Activity.class) List<String> activities,
            Instant createdAt,
            Instant updatedAt,
            long version,
            List<Comment> comments,
            List<Trial> trials,
            boolean mayEdit,
            boolean mayRecordTrial) {}

    public record Comment(long id, String author, String municipalityName, String text, Instant createdAt) {}

    public record Trial(
            long id,
            String municipality,
            String municipalityName,
            LocalDate triedOn,
            @Schema(implementation = TrialOutcome.class) String outcome,
            String note) {}

    /**
     * A search hit. {@code snippet} is HTML: the text is escaped and only the matched words are wrapped in
     * {@code <mark>}.
     */
    public record Hit(
            long id,
            String title,
            String summary,
            String municipality,
            String municipalityName,
            @Schema(implementation = PracticeStatus.class) String status,
            Instant updatedAt,
            double rank,
            String snippet) {}

    /** For one of a municipality's lowest-scoring items: practice tagged with its principle. */
    public record Suggestion(String item, String principle, Integer rating, List<Hit> practices) {}

    /** A practice with its comments and trials, and what the caller may do with it. */
    static Practice practice(
            dk.nextwork.hub.domain.model.practice.Practice p,
            List<PracticeComment> comments,
            List<PracticeTrial> trials,
            boolean mayEdit,
            boolean mayRecordTrial) {
        return new Practice(
                p.id(),
                p.municipality().slug(),
                p.municipality().name(),
                p.author(),
                p.title(),
                p.summary(),
                p.body(),
                p.status().name(),
                List.copyOf(new TreeSet<>(p.principles())),
                p.activities().stream().sorted().map(Activity::name).toList(),
                p.createdAt(),
                p.updatedAt(),
                p.version(),
                comments.stream()
                        .map(c -> new Comment(
                                c.id(),
                                c.author(),
                                c.municipality() == null
                                        ? null
                                        : c.municipality().name(),
                                c.text(),
                                c.createdAt()))
                        .toList(),
                trials.stream()
                        .map(t -> new Trial(
                                t.id(),
                                t.municipality().slug(),
                                t.municipality().name(),
                                t.triedOn(),
                                t.outcome().name(),
                                t.note()))
                        .toList(),
                mayEdit,
                mayRecordTrial);
    }

    /** The audit trail keeps the practice's facts, not its whole body. */
    static String audited(Practice p) {
        return Json.of(new Hit(
                p.id(),
                p.title(),
                p.summary(),
                p.municipality(),
                p.municipalityName(),
                p.status(),
                p.updatedAt(),
                0,
                null));
    }

    static Hit hit(PracticeHit h) {
        return new Hit(
                h.id(),
                h.title(),
                h.summary(),
                h.municipality(),
                h.municipalityName(),
                h.status(),
                h.updatedAt(),
                h.rank(),
                snippetHtml(h.snippet()));
    }

    /** A practice suggested for an item: its summary as the snippet. */
    static Hit suggested(dk.nextwork.hub.domain.model.practice.Practice p) {
        return new Hit(
                p.id(),
                p.title(),
                p.summary(),
                p.municipality().slug(),
                p.municipality().name(),
                p.status().name(),
                p.updatedAt(),
                0,
                snippetHtml(p.summary()));
    }

    /** The snippet as HTML: its text escaped, then the search's markers turned into {@code <mark>}. */
    static String snippetHtml(String snippet) {
        return Xml.escape(snippet)
                .replace(String.valueOf(PracticeHit.MARK_START), "<mark>")
                .replace(String.valueOf(PracticeHit.MARK_END), "</mark>");
    }
}
