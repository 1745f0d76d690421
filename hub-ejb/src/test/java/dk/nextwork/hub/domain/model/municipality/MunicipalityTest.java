package dk.nextwork.hub.domain.model.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A municipality is known by its three-digit kommunekode")
class MunicipalityTest {

    @ParameterizedTest(name = "{0} is a kommunekode")
    @ValueSource(strings = {"101", "265", "860", "000"})
    @DisplayName("three digits are a kommunekode")
    void kommunekode(String code) {
        assertThat(new Municipality("x", "X", code, MunicipalityStatus.ONBOARDING).kommunekode())
                .isEqualTo(code);
    }

    @ParameterizedTest(name = "[{0}] is refused")
    @ValueSource(strings = {"1", "26", "2651", "abc", "26a", " 265", "265 ", "\u0662\u0666\u0665"})
    @DisplayName("anything but exactly three digits 0–9 is refused, naming what was given")
    void notAKommunekode(String code) {
        assertThatThrownBy(() -> new Municipality("x", "X", code, MunicipalityStatus.ONBOARDING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kommunekode must be three digits, was " + code);
    }

    @ParameterizedTest(name = "without {0}: [{1}]")
    @DisplayName("a municipality has a slug, a name and a kommunekode")
    @CsvSource({"slug, ''", "slug, ' '", "name, ''", "name, ' '", "kommunekode, ''", "kommunekode, ' '"})
    void required(String part, String value) {
        assertThatThrownBy(() -> new Municipality(
                        part.equals("slug") ? value : "roskilde",
                        part.equals("name") ? value : "Roskilde",
                        part.equals("kommunekode") ? value : "265",
                        MunicipalityStatus.ACTIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(part + " is required");
    }

    @Test
    @DisplayName("a municipality has a status, and keeps one")
    void status() {
        assertThatThrownBy(() -> new Municipality("roskilde", "Roskilde", "265", null))
                .hasMessage("status is required");
        Municipality m = new Municipality("vordingborg", "Vordingborg", "390", MunicipalityStatus.ONBOARDING);
        m.activate();
        assertThat(m.status()).isEqualTo(MunicipalityStatus.ACTIVE);
        assertThatThrownBy(() -> m.changeStatus(null)).isInstanceOf(NullPointerException.class);
        assertThat(m.status()).isEqualTo(MunicipalityStatus.ACTIVE);
    }

    @Test
    @DisplayName("the same kommunekode is the same municipality, whatever its slug, name or status")
    void identity() {
        Municipality one = new Municipality("koebenhavn", "København", "101", MunicipalityStatus.FORMER);
        Municipality renamed = new Municipality("kobenhavn", "Københavns Kommune", "101", MunicipalityStatus.ACTIVE);
        assertThat(one).isEqualTo(renamed).hasSameHashCodeAs(renamed);
        assertThat(one).isNotEqualTo(new Municipality("koebenhavn", "København", "147", MunicipalityStatus.FORMER));
    }
}
