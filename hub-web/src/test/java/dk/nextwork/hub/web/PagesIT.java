package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** What every page shares: the login, the header, the language switch, logout and the footer. */
@DisplayName("Pages in a real browser")
class PagesIT extends HubTest {

    @Test
    @DisplayName("a lead logs in through Keycloak and sees the municipality and the role, in Danish")
    void leadSeesOwnMunicipality() {
        TestMunicipality m = servers.newMunicipality();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            assertThat(browser.text(By.id("user-municipality"))).isEqualTo(m.name());
            assertThat(browser.text(By.id("user-role"))).isEqualTo("Teamleder");
            assertThat(browser.text(By.id("start-municipality")))
                    .contains(m.name())
                    .contains(m.kommunekode());
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("da");
        }
    }

    @Test
    @DisplayName("the language switch turns the pages English, and the municipalities page shows the seed six")
    void languageSwitch() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "consultant.horsens");
            browser.submit(By.id("lang-en"));
            browser.waitFor(By.cssSelector("html[lang='en']"));
            assertThat(browser.text(By.id("user-role"))).isEqualTo("Consultant");
            browser.open(servers.hub() + "/kommuner.xhtml");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Municipalities");
            String table = browser.text(By.id("municipalities"));
            assertThat(table).contains("Horsens", "615", "Active", "København", "Former");
        }
    }

    @Test
    @DisplayName("logout ends the Keycloak session too: the next visit asks for the password again")
    void logoutEndsKeycloakSession() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "consultant.roskilde");
            browser.waitFor(By.id("logout")).click();
            browser.open(servers.hub() + "/");
            assertThat(browser.waitFor(By.id("username")).isDisplayed()).isTrue();
            assertThat(browser.driver().getCurrentUrl()).contains("/realms/nextwork-hub/");
        }
    }

    @Test
    @DisplayName("a page that does not exist or may not be seen is the Hub's own error page, in its language, with a"
            + " way back")
    void errorPages() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "consultant.roskilde");
            browser.open(servers.hub() + "/rapport.xhtml?id=99999999");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Siden findes ikke (404)");
            assertThat(browser.isPresent(By.id("error-back"))).isTrue();
            assertThat(browser.driver().getPageSource()).doesNotContain("Payara");
            browser.open(servers.hub() + "/haendelser.xhtml");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Ingen adgang (403)");
            // The language switch on an error page tells the same error in the other language, where the user is.
            browser.submit(By.id("lang-en"));
            browser.waitFor(By.cssSelector("html[lang='en']"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("No access (403)");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/haendelser.xhtml");
            browser.open(servers.hub() + "/ikke-en-side.xhtml?x=1");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Page not found (404)");
            browser.submit(By.id("lang-da"));
            browser.waitFor(By.cssSelector("html[lang='da']"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Siden findes ikke (404)");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/ikke-en-side.xhtml?x=1");
        }
    }

    @Test
    @DisplayName(
            "a form sent after the session ended (Ajax or not) leads to the Hub's page saying so and what was kept,"
                    + " in Danish and English, with a way to log in again")
    void sessionEnded() {
        TestMunicipality m = servers.newMunicipality();
        long id = new Assessments(api)
                .start(token(m.lead()), Periods.current())
                .path("id")
                .asLong();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            AssessmentFormScreen form = new AssessmentFormScreen(browser, servers.hub()).open(id, "AI");
            endSession(browser);
            browser.waitFor(By.cssSelector("#item-AI1 input[type='radio'][value='3']"))
                    .click();
            browser.waitForText(By.tagName("h1"), "Du er blevet logget ud");
            assertThat(browser.text(By.id("error-text")))
                    .contains("60 minutter")
                    .contains("er gemt");
            browser.waitFor(By.id("error-back")).click();
            browser.waitFor(By.id("start-tasks"));

            form.open(id, "AI");
            browser.submit(By.id("lang-en"));
            browser.waitFor(By.cssSelector("html[lang='en']"));
            endSession(browser);
            browser.waitFor(By.id("form:next")).click();
            browser.waitForText(By.tagName("h1"), "You have been logged out");
        }
    }

    /** What 60 minutes without use leave behind: the browser names a session the server no longer has. */
    private static void endSession(Browser browser) {
        org.openqa.selenium.Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver()
                .manage()
                .addCookie(new org.openqa.selenium.Cookie.Builder("JSESSIONID", "ended" + session.getValue())
                        .path(session.getPath())
                        .isHttpOnly(true)
                        .build());
    }

    @Test
    @DisplayName("the footer's Tilgængelighedserklæring opens the accessibility statement")
    void accessibilityStatement() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "researcher.ifs");
            browser.waitFor(By.linkText("Tilgængelighedserklæring")).click();
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Tilgængelighedserklæring");
            assertThat(browser.text(By.id("main"))).contains("WCAG 2.1");
            // The status the suite can stand behind: partially compliant, never "fully" or "all pages by keyboard".
            assertThat(browser.text(By.id("compliance-da"))).contains("delvist i overensstemmelse");
            assertThat(browser.text(By.id("main")))
                    .contains("Håndhævelsesprocedure")
                    .contains("Digitaliseringsstyrelsen")
                    .doesNotContain("Alle sider kan bruges med tastatur");
        }
    }
}
