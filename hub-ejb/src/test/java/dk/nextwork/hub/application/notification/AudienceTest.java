package dk.nextwork.hub.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Whom each kind of notification goes to")
class AudienceTest {

    @Test
    @DisplayName("the supervisors review and watch drift, the lead submits, both see to action plans and actions")
    void theWorkDecides() {
        assertThat(Audience.of(NotificationKind.ASSESSMENT_SUBMITTED)).containsExactly(Role.SUPERVISOR);
        assertThat(Audience.of(NotificationKind.DRIFT_ALERT)).containsExactly(Role.SUPERVISOR);
        assertThat(Audience.of(NotificationKind.ASSESSMENT_RETURNED)).containsExactly(Role.MUNICIPAL_LEAD);
        assertThat(Audience.of(NotificationKind.ASSESSMENT_APPROVED)).containsExactly(Role.MUNICIPAL_LEAD);
        assertThat(Audience.of(NotificationKind.PERIOD_OPENED)).containsExactly(Role.MUNICIPAL_LEAD);
        assertThat(Audience.of(NotificationKind.PERIOD_DEADLINE_NEAR)).containsExactly(Role.MUNICIPAL_LEAD);
        for (NotificationKind kind : Set.of(
                NotificationKind.ACTION_PLAN_REQUIRED,
                NotificationKind.ACTION_DUE_SOON,
                NotificationKind.ACTION_OVERDUE)) {
            assertThat(Audience.of(kind))
                    .as(kind.name())
                    .containsExactlyInAnyOrder(Role.MUNICIPAL_LEAD, Role.SUPERVISOR);
        }
        assertThat(Audience.of(NotificationKind.ONBOARDING_STAGE_OVERDUE))
                .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.NETWORK_ADMIN);
        assertThat(Audience.of(NotificationKind.ALLOCATION_LIST_LOW)).containsExactly(Role.RESEARCHER);
    }

    @Test
    @DisplayName("no consultant or caseworker is ever told, and every kind reaches someone")
    void everyKindReachesSomeone() {
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(Audience.of(kind)).as(kind.name()).isNotEmpty().doesNotContain(Role.CONSULTANT, Role.CASEWORKER);
        }
    }
}
