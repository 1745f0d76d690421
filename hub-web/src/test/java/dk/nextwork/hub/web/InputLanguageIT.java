package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

            // In English the point is the decimal separator, "2,5" is refused, and the stored 2.5 shows as "2.5".
            browser.waitFor(By.id("header-form:lang-en")).click();
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
            browser.waitFor(By.id("header-form:lang-da")).click();
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

            browser.waitFor(By.id("header-form:lang-en")).click();
            browser.waitFor(By.id("session:held-on"));
            browser.replaceText(By.id("session:held-on"), "31-02-2026");
            browser.waitFor(By.id("session:save")).click();
            browser.waitForText(
                    SUMMARY_LINK,
                    "Date of the session: 31-02-2026 does not exist. Enter a date that does, e.g. 28-02-2026.");
            assertThat(browser.fieldError("session:held-on"))
                    .isEqualTo("31-02-2026 does not exist. Enter a date that does, e.g. 28-02-2026.");
            browser.waitFor(By.id("header-form:lang-da")).click();
            browser.waitFor(By.id("session:held-on"));
        }
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
