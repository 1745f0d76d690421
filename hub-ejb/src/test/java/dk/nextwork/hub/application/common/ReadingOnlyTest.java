package dk.nextwork.hub.application.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The read model's version, read once while a page is rendered and at every asking before that. */
@DisplayName("A request that only reads from a point on")
class ReadingOnlyTest {

    /** The database's version: raised by the test as a change would raise it. */
    private final AtomicLong database = new AtomicLong(7);

    private final AtomicLong readings = new AtomicLong();

    private long read() {
        readings.incrementAndGet();
        return database.get();
    }

    @Test
    @DisplayName("before the point, every asking reads the database and sees a change at once")
    void beforeThePoint() {
        ReadingOnly request = new ReadingOnly();
        assertThat(request.version(this::read)).isEqualTo(7);
        database.set(8); // the request's own action changes the data
        assertThat(request.version(this::read))
                .as("after the request's own change")
                .isEqualTo(8);
        assertThat(readings).hasValue(2);
    }

    @Test
    @DisplayName("from the point on, the database is read once, after anything the request changed before it")
    void fromThePoint() {
        ReadingOnly request = new ReadingOnly();
        request.version(this::read);
        database.set(8); // the action, before the page is rendered
        request.fromHere();
        assertThat(request.version(this::read)).isEqualTo(8);
        assertThat(request.version(this::read)).isEqualTo(8);
        assertThat(request.version(this::read)).isEqualTo(8);
        assertThat(readings).as("one reading before the point, one after").hasValue(2);
    }
}
