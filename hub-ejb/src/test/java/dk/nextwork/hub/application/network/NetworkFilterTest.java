package dk.nextwork.hub.application.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The network picture's filters")
class NetworkFilterTest {

    private static final Instrument V1 =
            InstrumentCatalog.builtIn().find("nextwork-fidelity", "1.0").orElseThrow();

    @Test
    @DisplayName("nothing asked: active and onboarding municipalities, every period and principle")
    void defaults() {
        assertThat(NetworkFilter.of(NetworkQuery.all(), V1))
                .isEqualTo(new NetworkFilter(MunicipalityStatus.IN_THE_NETWORK, null, null, null));
    }

    @Test
    @DisplayName("half-years from their first day (2024-H2 is 1 July), statuses by name, a principle of the instrument")
    void asked() {
        NetworkFilter filter =
                NetworkFilter.of(new NetworkQuery(Set.of("PAUSED"), "2024-H2", " 2025-H1 ", null, "MS"), V1);
        assertThat(filter.statuses()).containsExactly(MunicipalityStatus.PAUSED);
        assertThat(filter.from()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(filter.to()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(filter.principle()).isEqualTo("MS");
    }

    @Test
    @DisplayName("an unknown status, period and principle are each named at their field; ST is no principle")
    void unknown() {
        InvalidInputException e = catchThrowableOfType(
                () -> NetworkFilter.of(new NetworkQuery(Set.of("GONE"), "2024-X", "2024-H3", null, "ST"), V1),
                InvalidInputException.class);
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("status", "from", "to", "principle");
        assertThat(e.problems().get(3).message().args()).containsExactly("ST", "AI, MM, MS");
    }
}
