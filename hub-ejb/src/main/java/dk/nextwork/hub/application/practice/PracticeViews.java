package dk.nextwork.hub.application.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The practice library as the pages and the API show it. */
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
            String status,
            List<String> principles,
            List<String> activities,
            Instant createdAt,
            Instant updatedAt,
            long version,
            List<Comment> comments,
            List<Trial> trials,
            boolean mayEdit,
            boolean mayRecordTrial) {}

    public record Comment(long id, String author, String municipalityName, String text, Instant createdAt) {}

    public record Trial(
            long id, String municipality, String municipalityName, LocalDate triedOn, String outcome, String note) {}

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
            String status,
            Instant updatedAt,
            double rank,
            String snippet) {}

    /** For one of a municipality's lowest-scoring items: practice tagged with its principle. */
    public record Suggestion(String item, String principle, Integer rating, List<Hit> practices) {}
}
