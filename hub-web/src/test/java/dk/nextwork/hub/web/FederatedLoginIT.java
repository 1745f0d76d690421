package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.realm.RealmFile;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Municipal staff sign in with their municipality's identity provider (here the stand-in {@code kommune-idp}), brokered
 * by the Hub's realm: the Hub itself only ever sees its own realm's OpenID Connect login.
 */
@DisplayName("Federated login in the browser")
class FederatedLoginIT extends HubTest {

    @Test
    @DisplayName(
            "rikke.roskilde signs in through \"Log ind med din kommune\" and is in the Hub as Roskilde's lead, with"
                    + " Roskilde's pages")
    void throughTheLoginPage() {
        try (Browser browser = browser()) {
            browser.open(servers.hub() + "/");
            assertThat(browser.text(By.id("social-" + RealmFile.STAND_IN_IDP_ALIAS)))
                    .isEqualTo("Log ind med din kommune");
            browser.waitFor(By.id("social-" + RealmFile.STAND_IN_IDP_ALIAS)).click();
            signInAtTheMunicipality(browser, "rikke.roskilde");
            assertThat(browser.text(By.id("user-role"))).isEqualTo("Teamleder");
            assertThat(browser.text(By.id("user-municipality"))).isEqualTo("Roskilde");
            assertThat(browser.navigation()).contains("Supervision og handlinger", "Selvevalueringer");
            browser.open(servers.hub() + "/supervision.xhtml");
            assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Supervision og handlinger – Roskilde");
            browser.open(servers.hub() + "/selvevalueringer.xhtml");
            assertThat(browser.driver().getPageSource()).contains("Roskilde");
        }
    }

    @Test
    @DisplayName("a link (/?login=kommune) sends a municipality's user straight to its provider: hans.horsens lands as"
            + " Horsens' consultant")
    void straightToTheProvider() {
        try (Browser browser = browser()) {
            browser.open(servers.hub() + "/?login=" + RealmFile.STAND_IN_IDP_ALIAS);
            browser.waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/realms/kommune-idp/"));
            signInAtTheMunicipality(browser, "hans.horsens");
            assertThat(browser.text(By.id("user-role"))).isEqualTo("Konsulent");
            assertThat(browser.text(By.id("user-municipality"))).isEqualTo("Horsens");
        }
    }

    @Test
    @DisplayName("a user of a municipality outside the network is refused with a clear page and is not let into the"
            + " Hub")
    void unknownMunicipalityIsRefused() {
        refusedInTheBrowser("ukendt.kommune", "Din kommune er ikke med i NExTWORK-netværket");
    }

    @Test
    @DisplayName("a municipal user who signed in at NSIS level Low sees the refusal page naming the level and the"
            + " minimum, and is not let into the Hub")
    void lowAssuranceLevelIsRefused() {
        refusedInTheBrowser(
                "lav.sikring",
                "Dit login er sket på NSIS-sikringsniveau Lav, men NExTWORK Hub kræver mindst Betydelig");
    }

    /** Signs in at the stand-in provider as the user, sees the message on Keycloak's page, and has no Hub session. */
    private void refusedInTheBrowser(String username, String message) {
        try (Browser browser = browser()) {
            browser.open(servers.hub() + "/?login=" + RealmFile.STAND_IN_IDP_ALIAS);
            browser.waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/realms/kommune-idp/"));
            browser.waitFor(By.id("username")).sendKeys(username);
            browser.driver().findElement(By.id("password")).sendKeys(RealmFile.DEMO_PASSWORD);
            browser.driver().findElement(By.id("kc-login")).click();
            browser.waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/realms/nextwork-hub/"));
            assertThat(browser.waitFor(By.cssSelector("body")).getText()).contains(message);
            // Back to the Hub: no session there, so Keycloak's login page again.
            browser.open(servers.hub() + "/supervision.xhtml");
            browser.waitFor(By.id("username"));
            assertThat(browser.driver().getCurrentUrl())
                    .startsWith(servers.keycloak().issuer());
        }
    }

    @Test
    @DisplayName("Keycloak's login page speaks the Hub's language: Danish by default, English for a visitor who chose"
            + " English in the Hub")
    void loginPageInTheHubsLanguage() {
        try (Browser browser = browser()) {
            browser.open(servers.hub() + "/");
            browser.waitFor(By.id("username"));
            assertThat(browser.driver().getTitle()).isEqualTo("Log ind i NExTWORK Hub");
        }
        try (Browser browser = browser()) {
            browser.open(servers.hub() + "/tilgaengelighed.xhtml");
            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("hub-lang", "en"));
            browser.open(servers.hub() + "/");
            browser.waitFor(By.id("username"));
            assertThat(browser.driver().getTitle()).isEqualTo("Sign in to NExTWORK Hub");
        }
    }

    /** The stand-in provider's login page, then back through the broker to the Hub's start page. */
    private void signInAtTheMunicipality(Browser browser, String username) {
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/realms/kommune-idp/"));
        browser.waitFor(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(RealmFile.DEMO_PASSWORD);
        browser.driver().findElement(By.id("kc-login")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(servers.hub()));
        browser.waitFor(By.id("main"));
    }
}
