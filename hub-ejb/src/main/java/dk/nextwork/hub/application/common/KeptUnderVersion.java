package dk.nextwork.hub.application.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * What pages need from the read model (one municipality's, the network's, or a list's count), worked out once and
 * kept under the read model's version ({@code NetworkScores.version()}), which the database raises whenever the data it
 * is worked out from may have changed: a value is never older than the data, on any number of Hub instances, and old
 * versions age out of the bounded cache. The network pictures are kept the same way, with keys of their own
 * ({@code NetworkPictures}). A transaction must not read through it after a change of its own that raises the version:
 * if it rolled back, the next committed change would take the same number.
 *
 * @param <V> the value kept (immutable: it is shared by every request)
 */
public final class KeptUnderVersion<V> {

    /** Whose value: a municipality's id, 0 for the network's, or a value of its own such as a list's conditions. */
    private record Key(Object subject, long version) {}

    private final Cache<Key, V> kept = Caffeine.newBuilder()
            .maximumSize(500)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** The municipality's value at this version, worked out by {@code workOut} (given the municipality) if not kept. */
    public V get(long municipality, long version, LongFunction<V> workOut) {
        return kept.get(new Key(municipality, version), k -> workOut.apply(municipality));
    }

    /** The network's value (not one municipality's) at this version, worked out by {@code workOut} if not kept. */
    public V get(long version, Supplier<V> workOut) {
        return kept.get(new Key(0L, version), k -> workOut.get());
    }

    /**
     * The value for this subject at this version, worked out by {@code workOut} if not kept. The subject is a value
     * (a record, equal when its parts are) that decides the value together with the data the version covers.
     */
    public V get(Record subject, long version, Supplier<V> workOut) {
        return kept.get(new Key(subject, version), k -> workOut.get());
    }
}
