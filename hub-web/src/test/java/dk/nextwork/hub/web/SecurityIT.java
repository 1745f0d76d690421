package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Who the caller is and what the role allows: tokens, 401/403/404, navigation and page gates. */
@DisplayName("Security")
class SecurityIT extends HubTest {

    @Test
    @DisplayName("a lead's token gives role municipal-lead and the municipality from the Keycloak group")
    void leadToken() {
        TestMunicipality m = servers.newMunicipality();
        Api.Answer answer = api.get("/api/me", token(m.lead()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode me = answer.json();
        assertThat(me.path("username").asText()).isEqualTo(m.lead());
        assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("municipal-lead");
        assertThat(me.path("municipality").asText()).isEqualTo(m.slug());
    }

    @Test
    @DisplayName("a supervisor belongs to no municipality")
    void supervisor() {
        JsonNode me = api.get("/api/me", token("supervisor.anna")).json();
        assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("supervisor");
        assertThat(me.hasNonNull("municipality")).isFalse();
    }

    @Test
    @DisplayName("no token gives 401 as problem+json, in Danish unless English is asked for")
    void noToken() {
        Api.Answer answer = api.get("/api/me", null);
        assertProblem(answer, 401);
        assertThat(answer.json().path("detail").asText()).isEqualTo("Der kræves et bearer-token fra Keycloak.");
        Api.Answer english = api.inLanguage("en-GB,en;q=0.9,da;q=0.5").get("/api/me", null);
        assertThat(english.json().path("detail").asText()).isEqualTo("A Keycloak bearer token is required.");
        assertThat(english.json().path("title").asText()).isEqualTo("Not signed in");
    }

    @Test
    @DisplayName("a tampered token gives 401 as problem+json")
    void tamperedToken() {
        String token = token("consultant.roskilde");
        String tampered = token.substring(0, token.length() - 4) + "AAAA";
        Api.Answer answer = api.get("/api/me", tampered);
        assertProblem(answer, 401);
        assertThat(answer.json().path("detail").asText()).contains("ugyldigt eller udløbet");
    }

    @Test
    @DisplayName("a role without access gives 403 as problem+json: a lead and a consultant may not read the audit log")
    void wrongRole() {
        TestMunicipality m = servers.newMunicipality();
        assertProblem(api.get("/api/audit-events", token(m.lead())), 403);
        assertProblem(api.get("/api/audit-events", token(m.consultant())), 403);
        assertThat(api.get("/api/audit-events", token("supervisor.anna")).status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("whoever may not read a practice (another municipality's draft) may not read its audit events either")
    void auditTrailDoesNotLeakDrafts() {
        TestMunicipality m = servers.newMunicipality();
        String title = "Hemmelig kladde " + m.slug();
        Api.Answer draft = api.post(
                "/api/practices",
                token(m.consultant()),
                Json.object(
                        "title", title, "principles", List.of("MM"), "activities", List.of("TEAM"), "publish", false));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long id = draft.json().path("id").asLong();
        for (String reader : List.of("supervisor.anna", "admin")) {
            String token = token(reader);
            assertProblem(api.get("/api/practices/" + id, token), 404);
            assertThat(api.get("/api/audit-events?subjectType=practice&subjectId=" + id, token)
                            .json()
                            .size())
                    .as(reader)
                    .isZero();
            assertThat(api.get("/api/audit-events?limit=500", token).body())
                    .as(reader)
                    .doesNotContain(title);
        }
    }

    @Test
    @DisplayName("no WADL: the resource tree is not shown to anyone, and OPTIONS shows no Jersey internals")
    void noWadl() {
        Api.Answer wadl = api.get("/api/application.wadl", null);
        assertThat(wadl.status()).isIn(401, 404);
        assertThat(wadl.body())
                .doesNotContain("<application")
                .doesNotContain("Jersey")
                .doesNotContain("test-clock");
        assertThat(api.get("/api/application.wadl", token("admin")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("an ID token is refused as a bearer token: only access tokens issued for the Hub's API are accepted")
    void idTokenRefused() {
        var response =
                servers.tokens().passwordGrant("consultant.roskilde", dk.nextwork.hub.realm.RealmFile.DEMO_PASSWORD);
        String idToken = response.body().path("id_token").asText();
        assertThat(idToken).isNotBlank();
        assertProblem(api.get("/api/me", idToken), 401);
        assertThat(api.get("/api/me", response.accessToken()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("pages and API answers carry nosniff, a referrer policy and a content security policy (pages: scripts"
            + " only from the Hub or with the answer's nonce); the session cookie is HttpOnly and SameSite=Lax")
    void headersAndCookie() {
        Api.Answer apiAnswer = api.get("/api/me", token("consultant.roskilde"));
        assertThat(apiAnswer.raw().headers().firstValue("X-Content-Type-Options"))
                .contains("nosniff");
        assertThat(apiAnswer.raw().headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(apiAnswer.raw().headers().firstValue("Server"))
                .as("no product name")
                .isEmpty();
        assertThat(apiAnswer.raw().headers().allValues("Content-Security-Policy"))
                .anyMatch(p -> p.contains("default-src 'none'"));
        Api.Answer page = api.get("/tilgaengelighed.xhtml", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.raw().headers().firstValue("Server"))
                .as("no product name")
                .isEmpty();
        // One policy, scripts only from the Hub or with this answer's nonce: nothing inline an attacker could add.
        assertThat(page.raw().headers().allValues("Content-Security-Policy"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p).contains("frame-ancestors 'none'", "object-src 'none'");
                    assertThat(directive(p, "script-src")).matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'");
                });
        assertThat(page.body()).containsPattern("<script nonce=\"[^\"]+\">");
        Api.Answer missing = api.get("/tilgaengelighed.xhtml?q=%00", null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.raw().headers().allValues("Content-Security-Policy"))
                .as("the Hub's error page, too, has one policy with a nonce")
                .singleElement()
                .satisfies(p -> assertThat(p).contains("'nonce-"));
        assertThat(api.get("/", null).raw().headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID"))
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    @DisplayName("an unknown address gives 404 as problem+json")
    void unknownPath() {
        assertProblem(api.get("/api/nothing-here", token("admin")), 404);
    }

    @Test
    @DisplayName("an anonymous visit to / is sent to the Keycloak login")
    void anonymousIsRedirected() {
        Api.Answer answer = api.get("/", null);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.raw().headers().firstValue("Location").orElseThrow())
                .contains("/realms/nextwork-hub/protocol/openid-connect/auth")
                .contains("client_id=hub-web");
        assertThat(api.get("/haendelser.xhtml", null).status()).isEqualTo(302);
    }

    @Test
    @DisplayName("the admin's navigation has the audit log and the periods; a lead's has neither and gets 403")
    void navigationByRole() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "admin");
            assertThat(browser.navigation())
                    .containsExactly(
                            "Forside",
                            "Netværket",
                            "Selvevalueringer",
                            "Gennemgang",
                            "Handlinger",
                            "Praksis",
                            "Kommuner",
                            "Opstart",
                            "Perioder",
                            "Instrumenter",
                            "Hændelseslog");
            assertThat(browser.isPresent(By.id("user-municipality"))).isFalse();
        }
        TestMunicipality m = servers.newMunicipality();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            assertThat(browser.navigation())
                    .containsExactly(
                            "Forside",
                            "Netværket",
                            "Selvevalueringer",
                            "Supervision og handlinger",
                            "Praksis",
                            "Kommuner");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("nav.hub-nav a[aria-current='page']"))
                            .getText())
                    .isEqualTo("Forside");
            browser.open(servers.hub() + "/haendelser.xhtml");
            assertThat(browser.driver().getPageSource()).contains("403");
        }
    }

    /**
     * A page, whether it is in someone's menu, and the API request that does what the page is for (its answer is 403
     * exactly when the page's is).
     */
    private record Gate(String page, boolean inMenu, String method, String api, JsonNode body) {}

    private static final List<Gate> GATES = List.of(
            new Gate("/selvevalueringer.xhtml", true, "GET", "/api/assessments", null),
            new Gate("/netvaerk.xhtml", true, "GET", "/api/network", null),
            new Gate("/lodtraekning.xhtml", true, "POST", "/api/randomisation/allocations", Json.object()),
            new Gate("/forsoeg.xhtml", true, "GET", "/api/randomisation/overview", null),
            new Gate("/gennemgang.xhtml", true, "GET", "/api/assessments/review-queue", null),
            new Gate("/gennemgaa.xhtml", false, "GET", "/api/assessments/review-queue", null),
            new Gate("/handlinger.xhtml", true, "GET", "/api/actions/outstanding", null),
            new Gate("/supervision-ny.xhtml", false, "POST", "/api/supervision-sessions", Json.object()),
            new Gate("/praksis.xhtml", true, "GET", "/api/practices", null),
            new Gate("/praksis-ny.xhtml", false, "POST", "/api/practices", Json.object()),
            new Gate("/kommuner.xhtml", true, "GET", "/api/municipalities", null),
            new Gate("/kommune-ny.xhtml", false, "POST", "/api/municipalities", Json.object()),
            new Gate("/opstarter.xhtml", true, "GET", "/api/onboarding", null),
            new Gate(
                    "/planlaegning.xhtml",
                    false,
                    "GET",
                    "/api/onboarding/planner?consultants=3&caseload=15&psychologist=0.5",
                    null),
            new Gate(
                    "/perioder.xhtml",
                    true,
                    "PUT",
                    "/api/periods/1901-H1/status",
                    Json.object("status", "CLOSED", "version", 0)),
            new Gate(
                    "/instrumenter.xhtml",
                    true,
                    "PUT",
                    "/api/instruments/active",
                    Json.object("instrument", "none@0", "version", 0)),
            new Gate("/haendelser.xhtml", true, "GET", "/api/audit-events?limit=1", null),
            new Gate("/supervision.xhtml", false, null, null, null),
            new Gate("/rapport.xhtml", false, null, null, null),
            new Gate("/selvevaluering.xhtml", false, null, null, null),
            new Gate("/praksis-vis.xhtml", false, null, null, null),
            new Gate("/varsler.xhtml", false, "GET", "/api/me/notifications", null));

    /** Pages that show one record: without an id they are "not found" for whoever may open them. */
    private static final Set<String> NEED_AN_ID =
            Set.of("/gennemgaa.xhtml", "/rapport.xhtml", "/selvevaluering.xhtml", "/praksis-vis.xhtml");

    @Test
    @DisplayName("for every role, the menu, the page gates and the API agree, as product.md's roles say")
    void menuGatesAndApiAgree() {
        TestMunicipality m = servers.newMunicipality();
        Map<String, Set<String>> opens = new LinkedHashMap<>();
        Set<String> everyone = Set.of(
                "/selvevalueringer.xhtml",
                "/netvaerk.xhtml",
                "/praksis.xhtml",
                "/kommuner.xhtml",
                "/planlaegning.xhtml",
                "/rapport.xhtml",
                "/selvevaluering.xhtml",
                "/praksis-vis.xhtml",
                "/varsler.xhtml");
        opens.put("researcher.ifs", union(everyone, "/forsoeg.xhtml"));
        // A job centre's caseworker: the randomisation machine and nothing of the fidelity work.
        opens.put(m.caseworker(), Set.of("/lodtraekning.xhtml", "/varsler.xhtml"));
        opens.put(m.consultant(), union(everyone, "/praksis-ny.xhtml", "/supervision.xhtml"));
        opens.put(m.lead(), union(everyone, "/praksis-ny.xhtml", "/supervision.xhtml"));
        opens.put(
                "supervisor.anna",
                union(
                        everyone,
                        "/gennemgang.xhtml",
                        "/gennemgaa.xhtml",
                        "/handlinger.xhtml",
                        "/supervision.xhtml",
                        "/supervision-ny.xhtml",
                        "/haendelser.xhtml",
                        "/opstarter.xhtml"));
        opens.put(
                "admin",
                union(
                        everyone,
                        "/gennemgang.xhtml",
                        "/gennemgaa.xhtml",
                        "/handlinger.xhtml",
                        "/supervision.xhtml",
                        "/perioder.xhtml",
                        "/instrumenter.xhtml",
                        "/haendelser.xhtml",
                        "/opstarter.xhtml",
                        "/kommune-ny.xhtml"));
        opens.forEach((user, expected) -> {
            WebSession web = WebSession.logIn(servers.hub(), user);
            List<String> menu = web.menu();
            String token = token(user);
            for (Gate gate : GATES) {
                int status = web.status(gate.page());
                boolean pageOpens = status != 403;
                assertThat(pageOpens).as(user + " opens " + gate.page()).isEqualTo(expected.contains(gate.page()));
                if (pageOpens) {
                    assertThat(status)
                            .as(user + " " + gate.page())
                            .isEqualTo(NEED_AN_ID.contains(gate.page()) ? 404 : 200);
                }
                // The same page behind a path parameter is the same page to the gate.
                assertThat(web.status(gate.page() + ";x=1") == 403)
                        .as(user + " " + gate.page() + ";x=1")
                        .isEqualTo(!pageOpens);
                if (gate.api() == null) {
                    continue;
                }
                Api.Answer answer = "GET".equals(gate.method())
                        ? api.get(gate.api(), token)
                        : "PUT".equals(gate.method())
                                ? api.put(gate.api(), token, gate.body())
                                : api.post(gate.api(), token, gate.body());
                boolean apiAllows = answer.status() != 403;
                assertThat(apiAllows)
                        .as(user + ": " + gate.method() + " " + gate.api() + " answered " + answer.status() + " while "
                                + gate.page() + " " + (pageOpens ? "opens" : "is 403"))
                        .isEqualTo(pageOpens);
                if (gate.inMenu()) {
                    assertThat(menu.contains(gate.page()))
                            .as(user + "'s menu and " + gate.page())
                            .isEqualTo(pageOpens);
                }
            }
            // The own municipality's supervision is in the menu of its own people only; supervisors reach every
            // municipality's through the actions overview.
            assertThat(menu.contains("/supervision.xhtml"))
                    .as(user)
                    .isEqualTo(user.endsWith(m.slug()) && !user.equals(m.caseworker()));
        });
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return all;
    }

    /** One directive of a content security policy, such as {@code script-src 'self' 'nonce-…'}. */
    private static String directive(String policy, String name) {
        return java.util.Arrays.stream(policy.split(";"))
                .map(String::strip)
                .filter(d -> d.startsWith(name + " "))
                .findFirst()
                .orElse("");
    }
}
