package dk.nextwork.hub.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.domain.model.notification.NotificationKind;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The notifications' words in the reader's language")
class NotificationTextsTest {

    /** Three arguments of the kinds' shapes: a municipality, something named, a day. */
    private static final List<String> ARGS = List.of("Roskilde", "2026-H2", "2026-12-03");

    @ParameterizedTest(name = "{0}")
    @EnumSource(NotificationKind.class)
    @DisplayName("every kind's subject, text and reason are whole sentences in both languages: no placeholder left"
            + " unfilled, no quote swallowing one, the municipality named")
    void wholeSentences(NotificationKind kind) {
        for (String language : List.of("da", "en")) {
            NotificationTexts texts = NotificationTexts.in(language);
            for (String part : List.of(
                    texts.subject(kind, ARGS),
                    texts.text(kind, ARGS),
                    texts.text(kind, ARGS, true),
                    texts.why(kind, ARGS))) {
                assertThat(part)
                        .as(kind + " in " + language)
                        .doesNotContain("{", "}")
                        .isNotBlank();
            }
            assertThat(texts.subject(kind, ARGS) + texts.text(kind, ARGS))
                    .as(kind + " in " + language)
                    .contains("Roskilde");
            assertThat(texts.linkLabel(kind)).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @DisplayName("a day is written as the language writes it, with the month in words")
    @CsvSource({
        "2026-12-03, da, 3. december 2026",
        "2026-12-03, en, 3 December 2026",
        "2027-05-17, da, 17. maj 2027",
        "2027-05-17, en, 17 May 2027"
    })
    void days(String day, String language, String written) {
        assertThat(NotificationTexts.in(language)
                        .text(NotificationKind.ACTION_DUE_SOON, List.of("Vejle", "Flere events", day)))
                .endsWith(written + ".");
    }

    @Test
    @DisplayName("something shaped like a day that is none is left as written")
    void notADay() {
        assertThat(NotificationTexts.in("en")
                        .text(NotificationKind.ACTION_DUE_SOON, List.of("Vejle", "Flere events", "2026-13-45")))
                .isEqualTo("The action \"Flere events\" in Vejle is due by 2026-13-45.");
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @DisplayName("the trial's categories are named in words, not codes")
    @CsvSource({
        "UDDANNELSESPARAT, da, Listen for Roskilde (uddannelsesparate) har få pladser tilbage.",
        "AKTIVITETSPARAT,  en, The list for Roskilde (activity-ready) has few places left."
    })
    void categories(String category, String language, String sentence) {
        assertThat(NotificationTexts.in(language)
                        .text(NotificationKind.ALLOCATION_LIST_LOW, List.of("Roskilde", category)))
                .startsWith(sentence);
    }

    @ParameterizedTest(name = "{0}: done text [{1}]")
    @DisplayName("once the work it asked for is done, a notification says what it is now; news that asked for"
            + " nothing keeps its text")
    @CsvSource(
            delimiter = '|',
            value = {
                "ASSESSMENT_SUBMITTED | Roskilde submitted its self-assessment for 2026-H2. It has been reviewed, so it"
                        + " no longer waits for you.",
                "PERIOD_DEADLINE_NEAR | The self-assessment of Roskilde for 2026-H2 has been submitted.",
                "ASSESSMENT_APPROVED  | The supervisor has approved the self-assessment of Roskilde for 2026-H2.",
                "ACTION_PLAN_REQUIRED | The approved self-assessment for 2026-H2 required an action plan for Roskilde."
                        + " The actions are now agreed."
            })
    void doneTexts(NotificationKind kind, String text) {
        assertThat(NotificationTexts.in("en").text(kind, List.of("Roskilde", "2026-H2", "2026-12-03"), true))
                .isEqualTo(text);
    }

    @ParameterizedTest(name = "[{0}] reads Danish")
    @CsvSource({"da", "de", "sv", "''"})
    @DisplayName("Danish unless the reader chose English")
    void danishByDefault(String language) {
        assertThat(NotificationTexts.in(language).text("mail.greeting")).isEqualTo("Hej");
        assertThat(NotificationTexts.in("en").text("mail.greeting")).isEqualTo("Hello");
    }

    @Test
    @DisplayName("a weekly digest's subject counts its items")
    void digestSubject() {
        assertThat(NotificationTexts.in("da").text("digest.subject", 3)).isEqualTo("Ugens nyt fra NExTWORK Hub (3)");
        assertThat(NotificationTexts.in("en").text("digest.subject", 1)).isEqualTo("This week in NExTWORK Hub (1)");
    }
}
