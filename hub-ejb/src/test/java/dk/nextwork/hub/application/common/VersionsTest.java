package dk.nextwork.hub.application.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.Message;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** product.md: optimistic locking with a clear message on a conflicting edit. */
@DisplayName("The version check")
class VersionsTest {

    @Test
    @DisplayName("a change made against the stored version goes through, and nobody is told anything")
    void sameVersion() {
        AtomicInteger asked = new AtomicInteger();
        assertThatCode(() -> Versions.require(4, 4L, () -> {
                    asked.incrementAndGet();
                    return Message.of("conflict.assessment");
                }))
                .doesNotThrowAnyException();
        assertThat(asked)
                .as("the explanation is only worked out for a conflict")
                .hasValue(0);
    }

    @ParameterizedTest(name = "stored {0}, sent [{1}]")
    @DisplayName("a change against an older or newer version, or without one, is a conflict that says who changed"
            + " what since")
    @CsvSource({"4, 3", "4, 5", "0, 1", "4, "})
    void conflict(long stored, Long sent) {
        Message explanation = Message.of("conflict.assessment", "supervisor.anna", "2026-11-23T10:00:00Z");
        assertThatThrownBy(() -> Versions.require(stored, sent, () -> explanation))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.message()).isEqualTo(explanation));
    }
}
