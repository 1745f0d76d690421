package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Numbers and dates as a Danish user types them, and mistakes answered at the field in the user's language, with an
 * error summary at the top whose lines lead to the field.
 */
@DisplayName("Numbers, dates and errors in the user's language")
class InputLanguageIT extends HubTest {

    private static final By SUMMARY_LINK = By.cssSelector("#error-summary li a");

    @Test
    @DisplayName("'2,5' FTE is read as two and a half and shown as '2,5'; in English it is refused at the field, in"
            + " English, linked from the summary, and nothing is saved")
    void decimalCommaInDanishAndEnglish() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        long id = new Assessments(api).start(lead, Periods.current()).path("id").asLong();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            AssessmentFormScreen form = new AssessmentFormScreen(browser, servers.hub()).open(id, null);
            form.enterFigure("consultantFte", "2,5");
            assertThat(new Assessments(api)
                            .get(lead, id)
                            .path("keyFigures")
                            .path("consultantFte")
                            .decimalValue())
                    .isEqualByComparingTo("2.5");
            form.open(id, null);
            assertThat(form.figure("consultantFte")).isEqualTo("2,5");

            // "2,5,0" is no number in Danish either: the field says what to write, the summary names the field.
            form.typeFigure("consultantFte", "2,5,0");
            browser.waitForText(
                    SUMMARY_LINK,
                    "Konsulenter (årsværk): \"2,5,0\" er ikke et tal. Skriv et tal med komma før"
                            + " decimalerne, fx 2,5.");
            assertThat(browser.text(By.cssSelector("#figure-consultantFte .hub-field-error")))
                    .isEqualTo("\"2,5,0\" er ikke et tal. Skriv et tal med komma før decimalerne, fx 2,5.");
            assertThat(browser.text(By.id("error-summary-heading"))).isEqualTo("Der er 1 fejl");
            followSummaryLinkTo(browser, "#figure-consultantFte input");
            // Corrected back to what is stored, the error goes.
            form.typeFigure("consultantFte", "2,5");
            browser.waiting(Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.id("error-summary")).isEmpty());

            // In English the point is the decimal separator, "2,5" is refused, and the stored 2.5 shows as "2.5".
            browser.submit(By.id("lang-en"));
            browser.waitFor(By.id("form-saved"));
            assertThat(form.figure("consultantFte")).isEqualTo("2.5");
            form.typeFigure("consultantFte", "2,5");
            browser.waitForText(
                    SUMMARY_LINK,
                    "Consultants (FTE): \"2,5\" is not a number. Write a number with a point before"
                            + " the decimals, e.g. 2.5.");
            assertThat(browser.text(By.cssSelector("#figure-consultantFte .hub-field-error")))
                    .isEqualTo("\"2,5\" is not a number. Write a number with a point before the decimals, e.g. 2.5.");
            assertThat(browser.text(By.id("error-summary-heading"))).isEqualTo("There is 1 error");
            followSummaryLinkTo(browser, "#figure-consultantFte input");
            browser.submit(By.id("lang-da"));
            browser.waitFor(By.id("form-saved"));
        }
        JsonNode stored = new Assessments(api).get(lead, id).path("keyFigures");
        assertThat(stored.path("consultantFte").decimalValue()).isEqualByComparingTo("2.5");
    }

    @Test
    @DisplayName("'31-02-2026' is named as a day that does not exist, at the field and in the summary, in Danish and"
            + " then in English")
    void dayThatDoesNotExist() {
        TestMunicipality m = servers.newMunicipality();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.open(servers.hub() + "/supervision-ny.xhtml?kommune=" + m.slug());
            browser.replaceText(By.id("session:held-on"), "31-02-2026");
            browser.waitFor(By.id("session:save")).click();
            browser.waitForText(
                    SUMMARY_LINK,
                    "Dato for supervisionen: 31-02-2026 findes ikke. Skriv en dato, der findes, fx 28-02-2026.");
            assertThat(browser.fieldError("session:held-on"))
                    .isEqualTo("31-02-2026 findes ikke. Skriv en dato, der findes, fx 28-02-2026.");
            assertThat(browser.attribute(By.id("session:held-on"), "aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.attribute(By.id("session:held-on"), "value")).isEqualTo("31-02-2026");
            followSummaryLinkTo(browser, "[id='session:held-on']");

            browser.submit(By.id("lang-en"));
            browser.waitFor(By.id("session:held-on"));
            browser.replaceText(By.id("session:held-on"), "31-02-2026");
            browser.waitFor(By.id("session:save")).click();
            browser.waitForText(
                    SUMMARY_LINK,
                    "Date of the session: 31-02-2026 does not exist. Enter a date that does, e.g. 28-02-2026.");
            assertThat(browser.fieldError("session:held-on"))
                    .isEqualTo("31-02-2026 does not exist. Enter a date that does, e.g. 28-02-2026.");
            browser.submit(By.id("lang-da"));
            browser.waitFor(By.id("session:held-on"));
        }
    }

    @Test
    @DisplayName("key figures that cannot be saved ('-3', '0,333', 'abc', '2.5') are all named in the summary and at"
            + " their fields, stay as typed after Næste trin and after a reload, are listed on the other steps, and"
            + " nothing of them is saved")
    void refusedKeyFiguresStayUntilCorrected() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        long id = new Assessments(api).start(lead, Periods.current()).path("id").asLong();
        // The instrument's rules: counts are whole numbers of 0 or more, full-time equivalents have at most two
        // decimals, and a Danish number has a decimal comma ("2.5" is no number: the point groups thousands).
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("newEnrolments", "-3");
        typed.put("psychologistFte", "0,333");
        typed.put("returners", "abc");
        typed.put("eventsHeld", "2.5");
        Map<String, String> said = Map.of(
                "newEnrolments", "Skriv 0 eller mere.",
                "psychologistFte", "Skriv højst to decimaler, fx 2,5.",
                "returners", "\"abc\" er ikke et helt tal. Skriv et helt tal, fx 12.",
                "eventsHeld", "\"2.5\" er ikke et helt tal. Skriv et helt tal, fx 12.");
        List<String> summary = List.of(
                "Psykolog (årsværk): Skriv højst to decimaler, fx 2,5.",
                "Nye indskrivninger: Skriv 0 eller mere.",
                "Gengangere: \"abc\" er ikke et helt tal. Skriv et helt tal, fx 12.",
                "Events holdt: \"2.5\" er ikke et helt tal. Skriv et helt tal, fx 12.");
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            AssessmentFormScreen form = new AssessmentFormScreen(browser, servers.hub()).open(id, null);
            form.enterFigure("enrolledYouth", "12");
            typed.forEach(form::typeFigure);
            browser.waitForText(By.id("error-summary-heading"), "Der er 4 fejl");
            assertThat(summaryLines(browser)).containsExactlyInAnyOrderElementsOf(summary);
            expectKeptWithErrors(browser, form, typed, said);

            // Næste trin saves the rest but stays, and says why.
            browser.waitFor(By.id("form:next")).click();
            browser.waitForText(
                    By.cssSelector("#messages .hub-notice-warn p"),
                    "Nøgletal med fejl er ikke gemt. Ret dem, eller tøm feltet, før du går videre.");
            assertThat(form.currentStep()).isEqualTo("1. Nøgletal");
            assertThat(browser.text(By.id("error-summary-heading"))).isEqualTo("Der er 4 fejl");
            expectKeptWithErrors(browser, form, typed, said);

            // A reload shows them again, as typed, with their errors.
            form.open(id, null);
            assertThat(browser.text(By.id("error-summary-heading"))).isEqualTo("Der er 4 fejl");
            expectKeptWithErrors(browser, form, typed, said);

            // On another step the summary still lists them, each a link to its field on the key figures' step.
            form.step("2. Arbejdsidentitet");
            assertThat(browser.text(By.id("error-summary-heading"))).isEqualTo("Der er 4 fejl");
            assertThat(summaryLines(browser))
                    .contains("Trin 1, Nøgletal – Nye indskrivninger: Skriv 0 eller mere. Tallet er ikke gemt.");
            browser.waitFor(By.linkText(
                            "Trin 1, Nøgletal – Nye indskrivninger: Skriv 0 eller mere. Tallet er ikke" + " gemt."))
                    .click();
            browser.waitForText(By.cssSelector("nav.hub-steps [aria-current='step']"), "1. Nøgletal");
            browser.waiting(Duration.ofSeconds(10))
                    .withMessage("the link put the focus on the field")
                    .until(d -> (Boolean)
                            browser.script("return document.activeElement.matches('#figure-newEnrolments input')"));

            // Corrected, it is saved and its error is gone; the others stay.
            form.enterFigure("newEnrolments", "3");
            browser.waitForText(By.id("error-summary-heading"), "Der er 3 fejl");
            assertThat(browser.isPresent(By.cssSelector("#figure-newEnrolments input[aria-invalid='true']")))
                    .isFalse();
        }
        JsonNode stored = new Assessments(api).get(lead, id).path("keyFigures");
        assertThat(stored.path("enrolledYouth").asInt()).isEqualTo(12);
        assertThat(stored.path("newEnrolments").asInt()).isEqualTo(3);
        assertThat(stored.has("psychologistFte")).isFalse();
        assertThat(stored.has("returners")).isFalse();
        assertThat(stored.has("eventsHeld")).isFalse();
    }

    @Test
    @DisplayName("a period filter on Netværket that is no half-year is named at its field and in the summary, whose"
            + " line leads to the field; the municipalities stay in the chart's list")
    void networkFilterErrorAtItsField() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.open(servers.hub() + "/netvaerk.xhtml?fra=2024-X");
            String said = "Skriv et halvår som 2027-H1 (januar–juni) eller 2027-H2 (juli–december). Du skrev 2024-X.";
            assertThat(browser.text(By.id("error-summary-heading"))).isEqualTo("Der er 1 fejl");
            assertThat(summaryLines(browser)).containsExactly("Fra periode: " + said);
            assertThat(browser.text(By.id("fra-error"))).isEqualTo(said);
            assertThat(browser.attribute(By.id("fra"), "aria-invalid")).isEqualTo("true");
            assertThat(browser.attribute(By.id("fra"), "value")).isEqualTo("2024-X");
            assertThat(browser.driver().findElements(By.cssSelector("#kommune option")).stream()
                            .map(o -> o.getText().trim())
                            .toList())
                    .contains("Roskilde", "Horsens", "Sønderborg");
            followSummaryLinkTo(browser, "#fra");
        }
    }

    @Test
    @DisplayName("submitting a report with unrated items names each with its step in the summary, and its line leads"
            + " to the item on that step")
    void incompleteSubmitLeadsToTheItem() {
        TestMunicipality m = servers.newMunicipality();
        long id = new Assessments(api)
                .start(token(m.lead()), Periods.current())
                .path("id")
                .asLong();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            AssessmentFormScreen form = new AssessmentFormScreen(browser, servers.hub()).open(id, "indsend");
            // The warnings before submitting lead to the item itself, not the top of its step.
            assertThat(browser.waitFor(By.linkText("AI2: ikke vurderet endnu")).getAttribute("href"))
                    .endsWith("trin=AI#item-AI2");
            browser.waitFor(By.id("form:submit")).click();
            String line =
                    "Trin 2, Arbejdsidentitet: AI2 er ikke vurderet endnu. Vælg 1–5, eller \"kan ikke" + " vurderes\".";
            browser.waitFor(By.id("error-summary"));
            assertThat(summaryLines(browser)).contains(line).allMatch(l -> l.startsWith("Trin "), "names its step");
            assertThat(browser.waitFor(By.linkText(line)).getAttribute("href")).endsWith("trin=AI#item-AI2");
            browser.waitFor(By.linkText(line)).click();
            browser.waitForText(By.cssSelector("nav.hub-steps [aria-current='step']"), "2. Arbejdsidentitet");
            browser.waiting(Duration.ofSeconds(10))
                    .withMessage("the line put the focus on AI2's first choice")
                    .until(d -> (Boolean)
                            browser.script("return document.activeElement.matches('#item-AI2 input[type=radio]')"));
            assertThat(form.currentStep()).isEqualTo("2. Arbejdsidentitet");
        }
    }

    private static List<String> summaryLines(Browser browser) {
        List<String> lines = new ArrayList<>();
        browser.driver()
                .findElements(By.cssSelector("#error-summary li"))
                .forEach(li -> lines.add(li.getText().trim()));
        return lines;
    }

    /** Each refused figure is in its field as typed, marked invalid, with its error beside it. */
    private static void expectKeptWithErrors(
            Browser browser, AssessmentFormScreen form, Map<String, String> typed, Map<String, String> said) {
        typed.forEach((code, text) -> {
            assertThat(form.figure(code)).as(code).isEqualTo(text);
            assertThat(browser.attribute(By.cssSelector("#figure-" + code + " input"), "aria-invalid"))
                    .as(code)
                    .isEqualTo("true");
            assertThat(browser.text(By.cssSelector("#figure-" + code + " .hub-field-error")))
                    .as(code)
                    .isEqualTo(said.get(code));
        });
    }

    /** Moves to the summary's first line with Tab, follows it with Enter, and expects the field to have the focus. */
    private static void followSummaryLinkTo(Browser browser, String field) {
        browser.script("document.getElementById('error-summary').focus()");
        new Actions(browser.driver()).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        assertThat((Boolean) browser.script("return document.activeElement.matches(\"" + field + "\")"))
                .as("the summary's link put the focus on " + field)
                .isTrue();
    }
}
