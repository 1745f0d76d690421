package dk.nextwork.hub.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.notification.NotificationKind.Mode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Notifications: the digest's day, what cannot be off, and the texts in both languages")
class NotificationRulesTest {

    @Test
    @DisplayName("a weekly digest waits for the next Monday 07:00 Danish time")
    void digestDay() {
        // Thursday 3 December 2026, 14:00 in Copenhagen (UTC+1): Monday 7 December, 07:00 = 06:00 UTC.
        assertThat(NotificationSender.nextDigest(Instant.parse("2026-12-03T13:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
        // Monday at 07:00 itself: the week after.
        assertThat(NotificationSender.nextDigest(Instant.parse("2026-12-07T06:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-14T06:00:00Z"));
        // Monday 06:59: the same morning. Summer time (UTC+2) in June.
        assertThat(NotificationSender.nextDigest(Instant.parse("2026-12-07T05:59:00Z")))
                .isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
        assertThat(NotificationSender.nextDigest(Instant.parse("2027-06-02T10:00:00Z")))
                .isEqualTo(Instant.parse("2027-06-07T05:00:00Z"));
    }

    @Test
    @DisplayName("what a user must act on comes even if they chose off; the rest as chosen, immediate by default")
    void mustActIsNeverOff() {
        assertThat(NotificationSender.mode(
                        NotificationKind.ASSESSMENT_RETURNED, Map.of(NotificationKind.ASSESSMENT_RETURNED, Mode.OFF)))
                .isEqualTo(Mode.IMMEDIATE);
        assertThat(NotificationSender.mode(
                        NotificationKind.ASSESSMENT_RETURNED,
                        Map.of(NotificationKind.ASSESSMENT_RETURNED, Mode.WEEKLY)))
                .isEqualTo(Mode.WEEKLY);
        assertThat(NotificationSender.mode(
                        NotificationKind.ASSESSMENT_APPROVED, Map.of(NotificationKind.ASSESSMENT_APPROVED, Mode.OFF)))
                .isEqualTo(Mode.OFF);
        assertThat(NotificationSender.mode(NotificationKind.ACTION_DUE_SOON, null))
                .isEqualTo(Mode.IMMEDIATE);
    }

    @Test
    @DisplayName("every kind has a subject, a text, a link and a why in Danish and English, the same keys in both")
    void textsInBothLanguages() throws Exception {
        Properties da = bundle("da");
        Properties en = bundle("en");
        assertThat(en.stringPropertyNames()).isEqualTo(da.stringPropertyNames());
        for (NotificationKind kind : NotificationKind.values()) {
            for (String part : List.of("subject", "text", "link", "why")) {
                assertThat(da.getProperty(kind.name() + "." + part))
                        .as(kind + "." + part)
                        .isNotBlank();
            }
        }
        assertThat(NotificationTexts.in("en")
                        .text(NotificationKind.ACTION_OVERDUE, List.of("Roskilde", "Ugentlige møder", "2026-11-19")))
                .isEqualTo("The action \"Ugentlige møder\" in Roskilde was due 19 November 2026. Finish it, or agree a"
                        + " new date.");
        assertThat(NotificationTexts.in("da")
                        .text(NotificationKind.ACTION_OVERDUE, List.of("Roskilde", "Ugentlige møder", "2026-11-19")))
                .isEqualTo("Handlingen »Ugentlige møder« i Roskilde skulle have været færdig 19. november 2026. Gør den"
                        + " færdig, eller aftal en ny frist.");
    }

    @Test
    @DisplayName("principles and onboarding stages are named in the reader's language, from codes and from the Danish"
            + " names of notifications recorded before codes were stored")
    void namesInTheReadersLanguage() {
        assertThat(NotificationTexts.in("en").text(NotificationKind.DRIFT_ALERT, List.of("Testkommune 01", "MS")))
                .isEqualTo("The latest approved self-assessment shows that Testkommune 01 has dropped on Power shift.");
        assertThat(NotificationTexts.in("da").subject(NotificationKind.DRIFT_ALERT, List.of("Testkommune 01", "AI,MS")))
                .isEqualTo("Testkommune 01 er gået tilbage på Arbejdsidentitet, Magtskifte");
        // Recorded before: the Danish names, joined by a comma.
        assertThat(NotificationTexts.in("en")
                        .subject(NotificationKind.DRIFT_ALERT, List.of("Roskilde", "Mange til mange, Magtskifte")))
                .isEqualTo("Roskilde has dropped on Many-to-many, Power shift");
        assertThat(NotificationTexts.in("en")
                        .text(NotificationKind.ONBOARDING_STAGE_OVERDUE, List.of("Testkommune 02", "TEAM_HIRED")))
                .isEqualTo("The onboarding stage Team hired in Testkommune 02 has lasted longer than planned.");
        assertThat(NotificationTexts.in("en")
                        .text(NotificationKind.ONBOARDING_STAGE_OVERDUE, List.of("Testkommune 02", "Teamet ansat")))
                .isEqualTo("The onboarding stage Team hired in Testkommune 02 has lasted longer than planned.");
        assertThat(NotificationTexts.in("da")
                        .text(NotificationKind.ONBOARDING_STAGE_OVERDUE, List.of("Testkommune 02", "TEAM_HIRED")))
                .isEqualTo("Opstartstrinnet Teamet ansat i Testkommune 02 har varet længere end planlagt.");
        // Anything else as it is: a municipality named like a principle is not renamed.
        assertThat(NotificationTexts.in("en")
                        .text(NotificationKind.ASSESSMENT_APPROVED, List.of("Magtskifte", "2026-H2")))
                .isEqualTo("The supervisor has approved the self-assessment of Magtskifte for 2026-H2.");
    }

    @ParameterizedTest(name = "at {0} the digest waits for {1}")
    @DisplayName("the digest's Monday 07:00 is Danish time across the changes to and from summer time, and a minute"
            + " past it is next week's")
    @CsvSource({
        "2026-12-06T22:59:00Z, 2026-12-07T06:00:00Z",
        "2026-12-07T06:01:00Z, 2026-12-14T06:00:00Z",
        "2027-03-27T12:00:00Z, 2027-03-29T05:00:00Z",
        "2026-10-25T12:00:00Z, 2026-10-26T06:00:00Z"
    })
    void digestAcrossSummerTime(Instant now, Instant digest) {
        assertThat(NotificationSender.nextDigest(now)).isEqualTo(digest);
    }

    @ParameterizedTest(name = "{0}, chosen [{1}]: {2}")
    @DisplayName("a kind that asks its reader to act is never off; news is as chosen; nothing chosen is straight away")
    @CsvSource({
        "ASSESSMENT_SUBMITTED,     OFF,    IMMEDIATE",
        "PERIOD_DEADLINE_NEAR,     OFF,    IMMEDIATE",
        "ALLOCATION_LIST_LOW,      OFF,    IMMEDIATE",
        "ACTION_PLAN_REQUIRED,     WEEKLY, WEEKLY",
        "DRIFT_ALERT,              OFF,    OFF",
        "ONBOARDING_STAGE_OVERDUE, WEEKLY, WEEKLY",
        "PERIOD_OPENED,                  , IMMEDIATE"
    })
    void modes(NotificationKind kind, Mode chosen, Mode mode) {
        Map<NotificationKind, Mode> choices = chosen == null ? Map.of() : Map.of(kind, chosen);
        assertThat(NotificationSender.mode(kind, choices)).isEqualTo(mode);
    }

    @Test
    @DisplayName("a choice for one kind does not change another")
    void choicePerKind() {
        assertThat(NotificationSender.mode(
                        NotificationKind.DRIFT_ALERT, Map.of(NotificationKind.ASSESSMENT_APPROVED, Mode.OFF)))
                .isEqualTo(Mode.IMMEDIATE);
    }

    private static Properties bundle(String language) throws Exception {
        Properties p = new Properties();
        try (var in = NotificationRulesTest.class.getResourceAsStream("notifications_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
