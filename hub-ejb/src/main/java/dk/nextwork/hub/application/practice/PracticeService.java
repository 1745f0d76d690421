package dk.nextwork.hub.application.practice;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.domain.model.practice.Activity;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;

/**
 * The shared practice library. Published practice is visible to every role in every municipality; a draft only to its
 * own municipality (for anyone else it does not exist). A municipality's consultants and lead write its practice.
 */
public interface PracticeService {

    int MAX_TITLE = 200;
    int MAX_SUMMARY = 1000;
    int MAX_BODY = 50_000;
    int MAX_COMMENT = 2000;
    int MAX_NOTE = 500;

    /** The activities a practice can be tagged with, in the order pages offer them. */
    List<String> ACTIVITIES = Arrays.stream(Activity.values()).map(Enum::name).toList();

    /**
     * Searches published practice (and the reader's own drafts): Danish full text, filters, relevance or newest
     * first. Any input is accepted.
     */
    List<PracticeViews.Hit> search(
            String text,
            String principle,
            String activity,
            String municipality,
            boolean newestFirst,
            @NotNull Caller caller);

    /** @throws NotFoundException if it does not exist or the caller may not see it */
    PracticeViews.Practice get(long id, @NotNull Caller caller);

    /** @throws InvalidInputException naming every bad field; nothing is saved then */
    PracticeViews.Practice create(@NotNull PracticeInput input, @NotNull Caller caller);

    /** Rewrites (and publishes, if asked) the own municipality's practice; 409 from a stale version. */
    PracticeViews.Practice update(long id, @NotNull PracticeInput input, @NotNull Caller caller);

    /** Archives the own municipality's practice (it leaves search). */
    PracticeViews.Practice archive(long id, long version, @NotNull Caller caller);

    PracticeViews.Practice comment(long id, String text, @NotNull Caller caller);

    /**
     * Records that the caller's municipality tried the practice: when (2026-11-20 or 20-11-2026), how it went, a
     * short note.
     *
     * @throws InvalidInputException naming every bad field; nothing is saved then
     */
    PracticeViews.Practice recordTrial(long id, String triedOn, String outcome, String note, @NotNull Caller caller);

    /**
     * For the municipality's lowest-scoring items in its latest approved report, published practice tagged with the
     * item's principle — first from municipalities whose score on that item rose between their last two approved
     * reports.
     */
    List<PracticeViews.Suggestion> suggestions(@NotNull String municipality, @NotNull Caller caller);
}
