package dk.nextwork.hub.domain.model.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An agreed action is overdue when it is open or in progress past its due date")
class AgreedActionTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    private static AgreedAction action() {
        return new AgreedAction(
                new Municipality("horsens", "Horsens", "615", MunicipalityStatus.ACTIVE),
                "Flere virksomheder til events",
                "Virksomhedskonsulent",
                DUE,
                Set.of("MM2"),
                null,
                null,
                "supervisor.anna",
                Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    @DisplayName("on the due date it is not overdue; the day after it is")
    void dueDate() {
        AgreedAction a = action();
        assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(a.isOverdue(DUE)).isFalse();
        assertThat(a.isOverdue(DUE.plusDays(1))).isTrue();
    }

    @Test
    @DisplayName("in progress past the date is overdue; done or dropped never is")
    void byStatus() {
        AgreedAction a = action();
        a.changeStatus(ActionStatus.IN_PROGRESS, null, "lead.horsens", Instant.now());
        assertThat(a.isOverdue(DUE.plusDays(1))).isTrue();
        a.changeStatus(ActionStatus.DONE, null, "lead.horsens", Instant.now());
        assertThat(a.isOverdue(DUE.plusDays(30))).isFalse();
        a.changeStatus(ActionStatus.DROPPED, "Erstattet af en anden handling", "lead.horsens", Instant.now());
        assertThat(a.isOverdue(DUE.plusDays(30))).isFalse();
        assertThat(a.droppedReason()).isEqualTo("Erstattet af en anden handling");
    }

    @Test
    @DisplayName("dropping needs a reason")
    void dropNeedsReason() {
        assertThatThrownBy(() -> action().changeStatus(ActionStatus.DROPPED, " ", "lead.horsens", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final Instant LATER = Instant.parse("2026-11-15T10:00:00Z");

    @ParameterizedTest(name = "{0}, {1} day(s) after the due date: overdue {2}")
    @DisplayName("overdue is an action still to be done on a day after its due date; never before, never on it")
    @CsvSource({
        "OPEN,        -1,  false",
        "OPEN,         0,  false",
        "OPEN,         1,  true",
        "IN_PROGRESS, -1,  false",
        "IN_PROGRESS,  0,  false",
        "IN_PROGRESS,  1,  true",
        "DONE,         1,  false",
        "DONE,       365,  false",
        "DROPPED,      1,  false"
    })
    void overdueTable(ActionStatus status, int daysAfterDue, boolean overdue) {
        AgreedAction a = action();
        a.changeStatus(status, status == ActionStatus.DROPPED ? "Ikke længere relevant" : null, "lead.horsens", LATER);
        assertThat(a.isOverdue(DUE.plusDays(daysAfterDue))).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "reason [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"\t", "\n "})
    @DisplayName("an action is dropped only with a reason, and stays as it was without one")
    void dropReasons(String reason) {
        AgreedAction a = action();
        a.changeStatus(ActionStatus.IN_PROGRESS, null, "lead.horsens", LATER);
        assertThatThrownBy(() -> a.changeStatus(ActionStatus.DROPPED, reason, "lead.horsens", LATER.plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a reason is required to drop an action");
        assertThat(a.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(a.updatedAt()).isEqualTo(LATER);
    }

    @Test
    @DisplayName("a dropped action taken up again loses its reason for dropping")
    void reopened() {
        AgreedAction a = action();
        a.changeStatus(ActionStatus.DROPPED, "Erstattet", "supervisor.anna", LATER);
        a.changeStatus(ActionStatus.OPEN, "ignored", "supervisor.anna", LATER.plusSeconds(60));
        assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(a.droppedReason()).isNull();
        assertThat(a.isOverdue(DUE.plusDays(1))).isTrue();
    }

    @Test
    @DisplayName("a status is required to move an action on")
    void statusRequired() {
        AgreedAction a = action();
        assertThatThrownBy(() -> a.changeStatus(null, null, "lead.horsens", LATER))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("status is required");
        assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    @DisplayName("a new action is open, created and last changed by the one who agreed it; a change records who and"
            + " when, and leaves the creation as it was")
    void createdAndChanged() {
        AgreedAction a = action();
        assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(a.createdBy()).isEqualTo("supervisor.anna");
        assertThat(a.updatedBy()).isEqualTo("supervisor.anna");
        assertThat(a.createdAt()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(a.updatedAt()).isEqualTo(a.createdAt());
        assertThat(a.droppedReason()).isNull();
        a.changeStatus(ActionStatus.DONE, null, "lead.horsens", LATER);
        assertThat(a.updatedBy()).isEqualTo("lead.horsens");
        assertThat(a.updatedAt()).isEqualTo(LATER);
        assertThat(a.createdBy()).isEqualTo("supervisor.anna");
        assertThat(a.createdAt()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
    }

    @ParameterizedTest(name = "without {0}")
    @DisplayName("an action has a municipality, a title, an owner, a due date and someone who agreed it")
    @ValueSource(strings = {"municipality", "title", "owner", "dueOn", "actor"})
    void required(String missing) {
        assertThatThrownBy(() -> new AgreedAction(
                        missing.equals("municipality")
                                ? null
                                : new Municipality("horsens", "Horsens", "615", MunicipalityStatus.ACTIVE),
                        missing.equals("title") ? null : "Flere virksomheder til events",
                        missing.equals("owner") ? null : "Virksomhedskonsulent",
                        missing.equals("dueOn") ? null : DUE,
                        Set.of("MM2"),
                        null,
                        null,
                        missing.equals("actor") ? null : "supervisor.anna",
                        Instant.parse("2026-11-01T10:00:00Z")))
                .isInstanceOf(NullPointerException.class)
                .hasMessage(missing + " is required");
    }

    @Test
    @DisplayName("the items an action addresses are its own: changing the set it was made from, or the one read, does"
            + " not change them")
    void itemsAreItsOwn() {
        Set<String> items = new HashSet<>(Set.of("MS1", "MS2"));
        AgreedAction a = new AgreedAction(
                new Municipality("horsens", "Horsens", "615", MunicipalityStatus.ACTIVE),
                "Unge vælger selv praktik",
                "Teamleder",
                DUE,
                items,
                7L,
                12L,
                "supervisor.anna",
                Instant.parse("2026-11-01T10:00:00Z"));
        items.add("AI1");
        assertThat(a.items()).containsExactlyInAnyOrder("MS1", "MS2");
        assertThatThrownBy(() -> a.items().add("AI2")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(a.sessionId()).isEqualTo(7L);
        assertThat(a.assessmentId()).isEqualTo(12L);
    }
}
