package dk.nextwork.hub.interfaces.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The language of an answer without a page, by {@code Accept-Language} as RFC 9110 (12.4.2, 12.5.4) reads it: the
 * highest weight wins, no weight is 1, a weight of 0 refuses, ties go to the first; Danish unless English wins.
 */
@DisplayName("Accept-Language")
class AcceptLanguageTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @ParameterizedTest(name = "\"{0}\" is English")
    @ValueSource(
            strings = {
                "en",
                "EN",
                "en-GB",
                "en-GB,en;q=0.9",
                "en-GB,en;q=0.9,da;q=0.5",
                "en, da",
                "fr, en;q=0.5",
                "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
                "da;q=0.5, en",
                "da;q=0.4,en;q=0.5",
                "en ; Q=0.8, da;q=0.7",
                "en;q=1.000,da",
                "en;q=0.5, da;q=0.5",
                ", ,en",
                "*, en;q=0.1"
            })
    void english(String header) {
        assertThat(AcceptLanguage.of(header)).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest(name = "\"{0}\" is Danish")
    @ValueSource(
            strings = {
                "da",
                "da-DK",
                "da, en",
                "da-DK,da;q=0.9,en-US;q=0.8,en;q=0.7",
                "fr",
                "fr-FR, de",
                "*",
                "en;q=0.1,da;q=0.9",
                "da;q=0.5, en;q=0.5",
                "en;q=0",
                "en;q=0.000",
                "en;q=0, da;q=0.1",
                "english",
                "dansk, en;q=0.1, da;q=0.2"
            })
    void danish(String header) {
        assertThat(AcceptLanguage.of(header)).isEqualTo(DANISH);
    }

    @ParameterizedTest(name = "no header (\"{0}\") is Danish")
    @NullAndEmptySource
    @ValueSource(strings = {" ", ",", " , "})
    void absent(String header) {
        assertThat(AcceptLanguage.of(header)).isEqualTo(DANISH);
    }

    @ParameterizedTest(name = "malformed \"{0}\" is Danish, English in it or not")
    @ValueSource(
            strings = {
                "en_US",
                "en-",
                "-en",
                "en;q=2",
                "en;q=1.5",
                "en;q=0.1234",
                "en;q=",
                "en;q=.5",
                "en;level=1",
                "en;;q=1",
                "en da",
                "enenenenen",
                "en-GB-toolongsubtag",
                "en, fr_FR"
            })
    void malformed(String header) {
        assertThat(AcceptLanguage.of(header)).isEqualTo(DANISH);
    }

    @Test
    @DisplayName("Danish is the Hub's own Danish")
    void theHubsDanish() {
        assertThat(AcceptLanguage.of("da")).isSameAs(Languages.DANISH);
        assertThat(AcceptLanguage.of((String) null)).isSameAs(Languages.DANISH);
    }

    @Test
    @DisplayName("no request or no headers is Danish")
    void noRequest() {
        assertThat(AcceptLanguage.of((jakarta.servlet.http.HttpServletRequest) null))
                .isEqualTo(DANISH);
        assertThat(AcceptLanguage.of((jakarta.ws.rs.core.HttpHeaders) null)).isEqualTo(DANISH);
    }
}
