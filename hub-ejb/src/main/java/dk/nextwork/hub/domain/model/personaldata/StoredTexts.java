package dk.nextwork.hub.domain.model.personaldata;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Every free text the Hub stores, read for a search, and the searches' findings. */
public interface StoredTexts {

    /** One text that holds what the search looked for: where it is, never what it says. */
    record Finding(TextSource source, long recordId, String detail) {}

    /** A search's result. */
    record Search(long texts, List<Finding> findings) {
        public Search {
            findings = List.copyOf(findings);
        }
    }

    /** A stored search. */
    record Stored(Instant at, String by, Search search) {}

    /** Reads every stored free text of every source and keeps where the test finds something. */
    Search search(Predicate<String> holdsPersonalData);

    /** Stores a search as the latest. */
    void record(int ruleVersion, Instant at, String by, Search search);

    /** The latest search under this version of the rule, if any. */
    Optional<Stored> latest(int ruleVersion);
}
