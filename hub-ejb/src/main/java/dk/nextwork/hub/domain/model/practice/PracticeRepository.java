package dk.nextwork.hub.domain.model.practice;

import java.util.List;
import java.util.Optional;

/** Where practices, their comments and trials are kept, and how they are searched. */
public interface PracticeRepository {

    Optional<Practice> find(long id);

    void add(Practice practice);

    /** The ids of the practices not published (drafts, archived) of every municipality but the given one (or all). */
    List<Long> unpublishedOutside(String municipalitySlug);

    void flush();

    List<PracticeHit> search(PracticeQuery query);

    /** Published practices tagged with a principle, newest first. */
    List<Practice> publishedWithPrinciple(String principle, int limit);

    List<PracticeComment> comments(long practiceId);

    void add(PracticeComment comment);

    List<PracticeTrial> trials(long practiceId);

    void add(PracticeTrial trial);
}
