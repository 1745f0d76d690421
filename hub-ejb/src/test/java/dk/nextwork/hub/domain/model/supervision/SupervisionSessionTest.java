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
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A supervision session, logged once")
class SupervisionSessionTest {

    private static final Municipality SOENDERBORG =
            new Municipality("soenderborg", "Sønderborg", "540", MunicipalityStatus.ACTIVE);
    private static final Instant NOW = Instant.parse("2026-11-20T14:00:00Z");

    @ParameterizedTest(name = "without {0}")
    @DisplayName("a session has a municipality, a day, a supervisor, a format and its participants")
    @ValueSource(strings = {"municipality", "heldOn", "supervisor", "format", "participants"})
    void required(String missing) {
        assertThatThrownBy(() -> new SupervisionSession(
                        missing.equals("municipality") ? null : SOENDERBORG,
                        missing.equals("heldOn") ? null : LocalDate.of(2026, 11, 19),
                        missing.equals("supervisor") ? null : "supervisor.anna",
                        missing.equals("format") ? null : SessionFormat.ON_SITE,
                        missing.equals("participants") ? null : new Participants(1, 3, 1, 0, 0),
                        Set.of("MS"),
                        Set.of("MS1"),
                        null,
                        null,
                        NOW))
                .isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith(missing + " ");
    }

    @Test
    @DisplayName("the principles and items discussed are the session's own; notes and agreements may be left out")
    void discussed() {
        Set<String> principles = new HashSet<>(Set.of("MS"));
        Set<String> items = new HashSet<>(Set.of("MS1", "MS3"));
        SupervisionSession s = new SupervisionSession(
                SOENDERBORG,
                LocalDate.of(2026, 11, 19),
                "supervisor.anna",
                SessionFormat.VIRTUAL,
                new Participants(1, 2, 0, 0, 0),
                principles,
                items,
                null,
                null,
                NOW);
        principles.add("AI");
        items.clear();
        assertThat(s.principles()).containsExactly("MS");
        assertThat(s.items()).containsExactlyInAnyOrder("MS1", "MS3");
        assertThatThrownBy(() -> s.items().add("AI1")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(s.notes()).isNull();
        assertThat(s.agreements()).isNull();
        assertThat(s.createdAt()).isEqualTo(NOW);
    }
}
