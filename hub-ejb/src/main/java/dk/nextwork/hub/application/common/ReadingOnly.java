package dk.nextwork.hub.application.common;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.LongSupplier;

/**
 * A request that from a point on only reads: a page being rendered. From there the read model's version
 * ({@code NetworkScores.version()}) is read from the database once for the rest of the request, not once for every
 * kept value the page shows (a lead's start page read it six times: its municipality in the header and in the facts,
 * the periods, the action plan, practice suggestions, the drift alerts). What was committed before the point is in
 * that one reading; a later change is seen by the next request, as it would be had the page been rendered a moment
 * sooner. Outside a request (a timer, a task of its own) and before the point, every reading goes to the database,
 * as does every reading inside a transaction. So nothing may change data after the point: a page's getters only read,
 * and its actions and view actions have all run before it is rendered.
 */
@RequestScoped
public class ReadingOnly {

    private boolean from;

    /** The version read after the point; null until then. */
    private Long version;

    /** Marks the rest of this request as reading only (the web layer: before a page is rendered). */
    public void fromHere() {
        from = true;
        version = null;
    }

    /** The version this request read, reading it with {@code read} the first time after {@link #fromHere()}. */
    public long version(LongSupplier read) {
        if (!from) {
            return read.getAsLong();
        }
        if (version == null) {
            version = read.getAsLong();
        }
        return version;
    }
}
