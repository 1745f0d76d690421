package dk.nextwork.hub.domain.model.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Who took part in a session, counted by role, never named")
class ParticipantsTest {

    @ParameterizedTest(name = "{0} below 0 is refused")
    @DisplayName("no count is below 0")
    @CsvSource({
        "leads,         -1,  0,  0,  0,  0",
        "consultants,    0, -1,  0,  0,  0",
        "psychologists,  0,  0, -1,  0,  0",
        "company reps,   0,  0,  0, -1,  0",
        "young people,   0,  0,  0,  0, -1"
    })
    void negativeRefused(String role, int leads, int consultants, int psychologists, int companyReps, int young) {
        assertThatThrownBy(() -> new Participants(leads, consultants, psychologists, companyReps, young))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("participant counts are whole numbers ≥ 0");
    }

    @Test
    @DisplayName("each role's count is kept as given, and 0 is a count (a session without young people)")
    void counts() {
        Participants p = new Participants(1, 3, 0, 2, 0);
        assertThat(p.leads()).isEqualTo(1);
        assertThat(p.consultants()).isEqualTo(3);
        assertThat(p.psychologists()).isZero();
        assertThat(p.companyReps()).isEqualTo(2);
        assertThat(p.youngPeople()).isZero();
    }
}
