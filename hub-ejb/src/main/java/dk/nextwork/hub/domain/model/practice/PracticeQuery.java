package dk.nextwork.hub.domain.model.practice;

/**
 * A search of the library: free text (Danish, any input), optional filters, relevance or newest first, for a reader
 * whose own municipality's drafts are included (null for network-wide readers).
 */
public record PracticeQuery(
        String text,
        String principle,
        Activity activity,
        String municipality,
        boolean newestFirst,
        String readerMunicipality,
        int limit) {}
