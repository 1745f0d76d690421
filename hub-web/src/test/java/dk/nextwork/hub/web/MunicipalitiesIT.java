package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertField;
import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The network's municipalities: everyone reads them; the network admin changes their status. */
@DisplayName("Municipalities")
class MunicipalitiesIT extends HubTest {

    @Test
    @DisplayName("every role sees the six seed municipalities with kommunekode and status")
    void list() {
        Api.Answer answer = api.get("/api/municipalities", token("consultant.roskilde"));
        assertThat(answer.status()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        answer.json()
                .forEach(m -> rows.add(m.path("name").asText() + " "
                        + m.path("kommunekode").asText() + " "
                        + m.path("status").asText()));
        assertThat(rows)
                .contains(
                        "Roskilde 265 ACTIVE",
                        "Horsens 615 ACTIVE",
                        "Sønderborg 540 ACTIVE",
                        "Vejle 630 FORMER",
                        "Kalundborg 326 FORMER",
                        "København 101 FORMER");
    }

    @Test
    @DisplayName(
            "municipalities in Danish order — Odsherred, Vejle, Ærø, Aabenraa — in the API (sorted by the database),"
                    + " on the municipalities page and in the supervision form's list, which preselects none")
    void danishOrder() throws Exception {
        List<String> names =
                List.of("Testkommune Ærø", "Testkommune Aabenraa", "Testkommune Odsherred", "Testkommune Vejle");
        try (java.sql.Connection c = servers.connect();
                java.sql.PreparedStatement rename =
                        c.prepareStatement("UPDATE municipality SET name = ? WHERE slug = ?")) {
            for (String name : names) {
                rename.setString(1, name);
                rename.setString(2, servers.newMunicipality().slug());
                rename.executeUpdate();
            }
        }
        List<String> expected =
                List.of("Testkommune Odsherred", "Testkommune Vejle", "Testkommune Ærø", "Testkommune Aabenraa");
        List<String> api = new ArrayList<>();
        this.api
                .get("/api/municipalities", token("admin"))
                .json()
                .forEach(m -> api.add(m.path("name").asText()));
        assertThat(api.stream().filter(names::contains).toList()).as("the API").isEqualTo(expected);

        WebSession supervisor = WebSession.logIn(servers.hub(), "supervisor.anna");
        org.jsoup.nodes.Document page =
                org.jsoup.Jsoup.parse(supervisor.visit("/kommuner.xhtml").body());
        assertThat(page.select("#municipalities td, #municipalities th").eachText().stream()
                        .filter(names::contains)
                        .toList())
                .as("the municipalities page")
                .isEqualTo(expected);
        org.jsoup.nodes.Document form =
                org.jsoup.Jsoup.parse(supervisor.visit("/supervision-ny.xhtml").body());
        assertThat(form.getElementById("session:municipality").select("option").eachText().stream()
                        .filter(names::contains)
                        .toList())
                .as("the supervision form's list")
                .isEqualTo(expected);
        assertThat(form.getElementById("session:municipality")
                        .select("option[selected]")
                        .eachAttr("value"))
                .as("the municipality preselected")
                .allMatch(String::isEmpty);
    }

    @Test
    @DisplayName("a status change is audited with before and after; a stale version gets a 409 that explains")
    void statusChangeIsAuditedAndLocked() {
        TestMunicipality m = servers.newMunicipality();
        String admin = token("admin");
        JsonNode before = api.get("/api/municipalities/" + m.slug(), admin).json();
        long version = before.path("version").asLong();
        assertThat(before.path("status").asText()).isEqualTo("ACTIVE");
        // The list (kept under the read model's version) holds the new municipality at once.
        assertThat(listed("/api/municipalities", admin, "slug", m.slug())).isEqualTo("ACTIVE " + version);

        Api.Answer changed = api.put(
                "/api/municipalities/" + m.slug() + "/status",
                admin,
                Json.object("status", "PAUSED", "version", version));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("status").asText()).isEqualTo("PAUSED");
        assertThat(listed("/api/municipalities", admin, "slug", m.slug())).isEqualTo("PAUSED " + (version + 1));

        JsonNode events = api.get("/api/audit-events?subjectType=municipality&subjectId=" + m.slug(), admin)
                .json();
        assertThat(events.size()).isEqualTo(1);
        assertThat(events.get(0).path("actor").asText()).isEqualTo("admin");
        assertThat(events.get(0).path("action").asText()).isEqualTo("municipality.status-changed");
        assertThat(events.get(0).path("before").asText()).contains("ACTIVE");
        assertThat(events.get(0).path("after").asText()).contains("PAUSED");

        Api.Answer stale = api.put(
                "/api/municipalities/" + m.slug() + "/status",
                admin,
                Json.object("status", "FORMER", "version", version));
        assertProblem(stale, 409);
        assertThat(stale.json().path("detail").asText())
                .isEqualTo(
                        m.name() + " er ændret af en anden, efter du hentede den. Dens status er nu På pause. Intet er"
                                + " gemt.");
        assertThat(api.get("/api/municipalities/" + m.slug(), admin)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("PAUSED");
    }

    @Test
    @DisplayName("Selvevalueringer's municipality filter shows a municipality added after the page was first shown,"
            + " and keeps the one chosen")
    void filterFollowsTheMunicipalities() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.open(servers.hub() + "/selvevalueringer.xhtml");
            assertThat(options(browser)).contains("Roskilde", "Horsens");
            TestMunicipality m = servers.newMunicipality();
            browser.open(servers.hub() + "/selvevalueringer.xhtml");
            assertThat(options(browser)).contains("Roskilde", "Horsens", m.name());
            browser.open(servers.hub() + "/selvevalueringer.xhtml?kommune=" + m.slug());
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#kommune option[selected]"))
                            .getText()
                            .trim())
                    .isEqualTo(m.name());
        }
    }

    private static List<String> options(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#kommune option")).stream()
                .map(o -> o.getText().trim())
                .toList();
    }

    @Test
    @DisplayName("a municipality set to onboarding by hand begins the onboarding plan today, and is in the cohort")
    void onboardingByHand() {
        TestMunicipality m = servers.newMunicipality();
        String admin = token("admin");
        assertProblem(api.get("/api/onboarding/" + m.slug(), admin), 404);
        long version = api.get("/api/municipalities/" + m.slug(), admin)
                .json()
                .path("version")
                .asLong();
        java.time.LocalDate before = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
        Api.Answer changed = api.put(
                "/api/municipalities/" + m.slug() + "/status",
                admin,
                Json.object("status", "ONBOARDING", "version", version));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode onboarding =
                api.get("/api/onboarding/" + m.slug(), token(m.lead())).json();
        // Today in Danish time (read on both sides of the change, so midnight between them is no failure).
        assertThat(java.time.LocalDate.parse(onboarding.path("startedOn").asText()))
                .isBetween(before, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")));
        assertThat(onboarding.path("currentStage").asText()).isEqualTo("DECISION");
        assertThat(onboarding.path("activitiesDone").asInt()).isZero();
        assertThat(api.get("/api/onboarding", admin).json().findValuesAsText("municipality"))
                .contains(m.slug());
        // Out of onboarding into the network only through the onboarding's own confirmation.
        Api.Answer active = api.put(
                "/api/municipalities/" + m.slug() + "/status",
                admin,
                Json.object(
                        "status",
                        "ACTIVE",
                        "version",
                        changed.json().path("version").asLong()));
        assertProblem(active, 409);
        assertThat(active.json().path("detail").asText())
                .startsWith(m.name() + " er under opstart. Kommunen bliver aktivt medlem, når opstartsplanen er"
                        + " gennemført");
        assertThat(api.get("/api/audit-events?subjectType=municipality&subjectId=" + m.slug(), admin)
                        .json()
                        .findValuesAsText("action"))
                .contains("municipality.status-changed", "onboarding.begun");
    }

    @Test
    @DisplayName("bad input gets 400 naming the field, malformed JSON gets 400, and nothing changes")
    void badInput() {
        TestMunicipality m = servers.newMunicipality();
        String admin = token("admin");
        String path = "/api/municipalities/" + m.slug();
        JsonNode before = api.get(path, admin).json();

        assertField(api.put(path + "/status", admin, Json.object("status", "CLOSED", "version", 0)), "status");
        assertProblem(api.put(path + "/status", admin, "{\"status\": "), 400);
        assertThat(api.get(path, admin).json()).isEqualTo(before);
    }

    @Test
    @DisplayName("only the network admin changes a status")
    void onlyAdmin() {
        TestMunicipality m = servers.newMunicipality();
        assertProblem(
                api.put(
                        "/api/municipalities/" + m.slug() + "/status",
                        token(m.lead()),
                        Json.object("status", "FORMER", "version", 0)),
                403);
        assertProblem(
                api.put(
                        "/api/municipalities/" + m.slug() + "/status",
                        token("supervisor.anna"),
                        Json.object("status", "FORMER", "version", 0)),
                403);
    }
}
