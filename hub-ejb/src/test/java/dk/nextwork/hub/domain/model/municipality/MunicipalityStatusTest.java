package dk.nextwork.hub.domain.model.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Where a municipality stands in the network")
class MunicipalityStatusTest {

    @ParameterizedTest(name = "{0}: in the network now {1}")
    @DisplayName("the network as it is now is the municipalities joining and active; paused and former ones are not"
            + " in its picture by default")
    @CsvSource({"ONBOARDING, true", "ACTIVE, true", "PAUSED, false", "FORMER, false"})
    void inTheNetwork(MunicipalityStatus status, boolean inTheNetwork) {
        assertThat(MunicipalityStatus.IN_THE_NETWORK.contains(status)).isEqualTo(inTheNetwork);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MunicipalityStatus.class)
    @DisplayName("a status is read back from the name a query or a stored row writes")
    void byName(MunicipalityStatus status) {
        assertThat(MunicipalityStatus.byName(status.name())).contains(status);
    }

    @ParameterizedTest(name = "[{0}] is no status")
    @NullAndEmptySource
    @ValueSource(strings = {"active", "AKTIV"})
    @DisplayName("a name written otherwise is no status, not an error")
    void unknownName(String name) {
        assertThat(MunicipalityStatus.byName(name)).isEmpty();
    }
}
