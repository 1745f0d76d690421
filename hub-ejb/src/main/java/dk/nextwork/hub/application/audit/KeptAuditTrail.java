package dk.nextwork.hub.application.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * The newest audit events, worked out once and kept while no event is appended: the same immutable list for every
 * reader who may see the same events (the practices hidden from them), so the API writes its JSON once. Events are
 * never changed or deleted, and ids are given out as they are appended, so a kept list is checked against the tail of
 * the ids: the newest id and how many events come after a point {@value #WINDOW} ids below it, which an event
 * committed late, below the newest, changes too. The tail is read before the events, so a list is never kept under a
 * tail newer than itself.
 */
@ApplicationScoped
class KeptAuditTrail {

    /** How far below the newest id a late commit is still noticed: more events than are appended at once. */
    static final long WINDOW = 1_000;

    private record Key(int limit, List<String> hidden) {}

    private record Kept(long after, AuditEventRepository.Tail tail, List<AuditEventView> events) {}

    @Inject
    AuditEventRepository events;

    private final Cache<Key, Kept> kept = Caffeine.newBuilder()
            .maximumSize(100)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** The newest events but those of the hidden practices (the caller may read the audit log: the trail has asked). */
    List<AuditEventView> latest(int limit, List<String> hiddenPractices) {
        Key key = new Key(limit, hiddenPractices.stream().sorted().toList());
        Kept before = kept.getIfPresent(key);
        if (before != null && events.tail(before.after()).equals(before.tail())) {
            return before.events();
        }
        long after = events.newestId() - WINDOW;
        AuditEventRepository.Tail tail = events.tail(after);
        List<AuditEventView> latest = events.latest(limit, "practice", key.hidden()).stream()
                .map(AuditEventView::of)
                .toList();
        kept.put(key, new Kept(after, tail, latest));
        return latest;
    }
}
