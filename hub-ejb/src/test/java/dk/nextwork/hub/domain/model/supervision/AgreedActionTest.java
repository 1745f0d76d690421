package dk.nextwork.hub.domain.model.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
}
