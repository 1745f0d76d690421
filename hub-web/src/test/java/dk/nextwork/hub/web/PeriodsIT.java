package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Reporting periods: everyone reads them; the network admin opens and closes them. Each test uses its own codes. */
@DisplayName("Reporting periods")
class PeriodsIT extends HubTest {

    @Test
    @DisplayName("the network admin opens a half-year and closes it; others are refused; every change is audited")
    void openAndClose() {
        TestMunicipality m = servers.newMunicipality();
        String admin = token("admin");
        assertProblem(api.post("/api/periods", token("consultant.roskilde"), Json.object("code", "2032-H1")), 403);
        assertProblem(api.post("/api/periods", token("supervisor.anna"), Json.object("code", "2032-H1")), 403);
        assertProblem(api.post("/api/periods", admin, Json.object("code", "2032-H3")), 400);

        // The list (kept under the read model's version) is read before the period exists, and follows at once.
        assertThat(listed("/api/periods", admin, "code", "2032-H1")).isEqualTo("not listed");
        Api.Answer opened = api.post("/api/periods", admin, Json.object("code", "2032-H1"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().path("status").asText()).isEqualTo("OPEN");
        assertThat(opened.json().path("firstDay").asText()).isEqualTo("2032-01-01");
        assertThat(opened.json().path("lastDay").asText()).isEqualTo("2032-06-30");
        assertProblem(api.post("/api/periods", admin, Json.object("code", "2032-H1")), 409);
        // Every active municipality's lead is told, with the deadline; the consultant is not.
        Mailbox.Mail told = servers.mailbox()
                .await(Mailbox.test(m.lead()), 1, mail -> mail.subject().contains("2032-H1"))
                .get(0);
        assertThat(told.subject()).isEqualTo("Perioden 2032-H1 er åben for selvevaluering");
        assertThat(told.text())
                .contains("Selvevalueringen fra " + m.name() + " skal være indsendt senest 30. juni 2032.")
                .contains("Begynd selvevalueringen: " + servers.hub() + "/selvevalueringer.xhtml");
        assertThat(servers.mailbox().of(Mailbox.test(m.consultant()))).isEmpty();

        long version = opened.json().path("version").asLong();
        assertThat(listed("/api/periods", admin, "code", "2032-H1")).isEqualTo("OPEN " + version);
        Api.Answer closed =
                api.put("/api/periods/2032-H1/status", admin, Json.object("status", "CLOSED", "version", version));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(listed("/api/periods", token("consultant.roskilde"), "code", "2032-H1"))
                .isEqualTo("CLOSED " + (version + 1));
        assertProblem(
                api.put("/api/periods/2032-H1/status", admin, Json.object("status", "OPEN", "version", version)), 409);

        List<String> actions = new ArrayList<>();
        api.get("/api/audit-events?subjectType=period&subjectId=2032-H1", admin)
                .json()
                .forEach(e -> actions.add(e.path("action").asText()));
        assertThat(actions).containsExactly("period.opened", "period.status-changed");
    }

    @Test
    @DisplayName("the admin's periods page opens a half-year and closes it; a bad code is named")
    void periodsPage() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "admin");
            browser.waitFor(By.linkText("Perioder")).click();
            browser.waitFor(By.id("periods-form:code")).sendKeys("2034-H3");
            browser.waitFor(By.id("periods-form:open-new")).click();
            assertThat(browser.errorSummaryLine()).startsWith("Halvår: ");
            browser.replaceText(By.id("periods-form:code"), "2034-H1");
            browser.waitFor(By.id("periods-form:open-new")).click();
            browser.waitForText(By.cssSelector("#period-2034-H1 .period-status"), "Åben");
            browser.waitFor(By.cssSelector("#period-2034-H1 input[type='submit']"))
                    .click();
            // Closing ends reporting for the half-year: the page asks first.
            assertThat(browser.text(By.cssSelector("#period-2034-H1 .hub-confirm p")))
                    .isEqualTo("Når 2034-H1 er lukket, kan kommunerne ikke længere starte en ny selvevaluering for"
                            + " halvåret. Du kan åbne det igen senere.");
            browser.waitFor(By.cssSelector("#period-2034-H1 input[id$='close-confirmed']"))
                    .click();
            browser.waitForText(By.cssSelector("#period-2034-H1 .period-status"), "Lukket");
        }
        List<String> closed = new ArrayList<>();
        api.get("/api/periods", token("consultant.roskilde")).json().forEach(p -> {
            if (p.path("status").asText().equals("CLOSED")) {
                closed.add(p.path("code").asText());
            }
        });
        assertThat(closed).contains("2034-H1");
    }
}
