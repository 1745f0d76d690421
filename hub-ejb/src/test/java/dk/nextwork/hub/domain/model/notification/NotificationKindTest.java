package dk.nextwork.hub.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.application.notification.Audience;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind goes to the roles whose work it is (product.md's roles); what someone must act on cannot be turned off. */
@DisplayName("What the Hub tells whom")
class NotificationKindTest {

    @ParameterizedTest(name = "{0}: must act {1}, to {2}")
    @DisplayName("each kind's audience, and whether it asks its reader to act")
    @CsvSource({
        "ASSESSMENT_SUBMITTED,     true,  supervisor",
        "ASSESSMENT_RETURNED,      true,  municipal-lead",
        "ASSESSMENT_APPROVED,      false, municipal-lead",
        "ACTION_PLAN_REQUIRED,     true,  municipal-lead supervisor",
        "ACTION_DUE_SOON,          false, municipal-lead supervisor",
        "ACTION_OVERDUE,           true,  municipal-lead supervisor",
        "PERIOD_OPENED,            false, municipal-lead",
        "PERIOD_DEADLINE_NEAR,     true,  municipal-lead",
        "DRIFT_ALERT,              false, supervisor",
        "ONBOARDING_STAGE_OVERDUE, false, supervisor network-admin",
        "ALLOCATION_LIST_LOW,      true,  researcher"
    })
    void kinds(NotificationKind kind, boolean mustAct, String roles) {
        Set<Role> audience = Arrays.stream(roles.split(" "))
                .map(name -> Role.byName(name).orElseThrow())
                .collect(Collectors.toSet());
        assertThat(kind.mustAct()).isEqualTo(mustAct);
        assertThat(Audience.of(kind)).isEqualTo(audience);
    }

    @Test
    @DisplayName("nothing goes to consultants or caseworkers, and a user who chose nothing gets a mail straight away")
    void nobodyElse() {
        assertThat(Arrays.stream(NotificationKind.values()).flatMap(k -> Audience.of(k).stream()))
                .doesNotContain(Role.CONSULTANT, Role.CASEWORKER);
        assertThat(NotificationKind.DEFAULT).isEqualTo(NotificationKind.Mode.IMMEDIATE);
    }
}
