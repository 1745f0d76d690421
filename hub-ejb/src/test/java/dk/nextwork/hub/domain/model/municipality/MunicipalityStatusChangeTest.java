package dk.nextwork.hub.domain.model.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The network admin moves a municipality's status by hand; an onboarding ends only through its activation. */
@DisplayName("A municipality's status changes")
class MunicipalityStatusChangeTest {

    private static Municipality in(MunicipalityStatus status) {
        return new Municipality("vordingborg", "Vordingborg", "390", status);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @DisplayName("by hand, every change but onboarding → active is allowed")
    @CsvSource({
        "ONBOARDING, ONBOARDING, true",
        "ONBOARDING, ACTIVE, false",
        "ONBOARDING, PAUSED, true",
        "ONBOARDING, FORMER, true",
        "ACTIVE, ONBOARDING, true",
        "ACTIVE, ACTIVE, true",
        "ACTIVE, PAUSED, true",
        "ACTIVE, FORMER, true",
        "PAUSED, ONBOARDING, true",
        "PAUSED, ACTIVE, true",
        "PAUSED, PAUSED, true",
        "PAUSED, FORMER, true",
        "FORMER, ONBOARDING, true",
        "FORMER, ACTIVE, true",
        "FORMER, PAUSED, true",
        "FORMER, FORMER, true"
    })
    void byHand(MunicipalityStatus from, MunicipalityStatus to, boolean allowed) {
        Municipality m = in(from);
        assertThat(m.mayChangeStatusTo(to)).isEqualTo(allowed);
        if (allowed) {
            m.changeStatus(to);
            assertThat(m.status()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> m.changeStatus(to)).isInstanceOf(IllegalStateException.class);
            assertThat(m.status()).isEqualTo(from);
        }
    }

    @Test
    @DisplayName("an onboarding municipality becomes active when its onboarding ends, and is onboarding no more")
    void activated() {
        Municipality m = in(MunicipalityStatus.ONBOARDING);
        assertThat(m.isOnboarding()).isTrue();
        m.activate();
        assertThat(m.status()).isEqualTo(MunicipalityStatus.ACTIVE);
        assertThat(m.isOnboarding()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MunicipalityStatus.class, names = "ONBOARDING", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("a municipality that is not onboarding is not activated, and keeps its status")
    void onlyOnboardingIsActivated(MunicipalityStatus status) {
        Municipality m = in(status);
        assertThat(m.isOnboarding()).isFalse();
        assertThatThrownBy(m::activate).isInstanceOf(IllegalStateException.class);
        assertThat(m.status()).isEqualTo(status);
    }

    @Test
    @DisplayName("a municipality paused while onboarding is active again only through a new onboarding's end")
    void pausedOnboardingRejoins() {
        Municipality m = in(MunicipalityStatus.ONBOARDING);
        m.changeStatus(MunicipalityStatus.PAUSED);
        m.changeStatus(MunicipalityStatus.ONBOARDING);
        assertThat(m.mayChangeStatusTo(MunicipalityStatus.ACTIVE)).isFalse();
        m.activate();
        assertThat(m.status()).isEqualTo(MunicipalityStatus.ACTIVE);
    }

    @Test
    @DisplayName("a status is required")
    void required() {
        assertThatThrownBy(() -> in(MunicipalityStatus.ACTIVE).changeStatus(null))
                .isInstanceOf(NullPointerException.class);
    }
}
