package dk.nextwork.hub.domain.model.practice;

import java.time.Instant;

/**
 * A search result: the practice's headline facts and a snippet of plain text in which the matched words are wrapped
 * in {@link #MARK_START} and {@link #MARK_END} (never HTML, so it can be escaped safely before marking).
 */
public record PracticeHit(
        long id,
        String title,
        String summary,
        String municipality,
        String municipalityName,
        String status,
        Instant updatedAt,
        double rank,
        String snippet) {

    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';
}
