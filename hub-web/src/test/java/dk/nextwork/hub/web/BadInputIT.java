package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertField;
import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bad input anywhere in the API gets a 400 that names the field, never a 500, and nothing is saved: numbers that are
 * not exactly the type asked for, numbers out of range, text where a number belongs and the other way round, null in
 * a list, broken JSON, no body.
 */
@DisplayName("Bad input across the API")
class BadInputIT extends HubTest {

    private record Case(String method, String path, String body, String field) {}

    @Test
    @DisplayName("every write endpoint answers bad bodies with a 400 naming the field, never a 500")
    void badBodies() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        String supervisor = token("supervisor.anna");
        String admin = token("admin");
        JsonNode draft = new Assessments(api).start(lead, Periods.current());
        long id = draft.path("id").asLong();
        String draftPath = "/api/assessments/" + id + "/draft";
        List<Case> asLead = List.of(
                new Case("PUT", draftPath, "{\"version\":1.5}", "version"),
                new Case("PUT", draftPath, "{\"version\":9223372036854775808}", "version"),
                new Case("PUT", draftPath, "{\"version\":\"0\"}", "version"),
                new Case("PUT", draftPath, "{\"version\":0,\"ratings\":{\"AI1\":2.5}}", "ratings.AI1"),
                new Case("PUT", draftPath, "{\"version\":0,\"ratings\":{\"AI1\":\"4\"}}", "ratings.AI1"),
                new Case("PUT", draftPath, "{\"version\":0,\"ratings\":{\"AI1\":2147483648}}", "ratings.AI1"),
                new Case("PUT", draftPath, "{\"version\":0,\"evidence\":{\"AI1\":true}}", "evidence.AI1"),
                new Case(
                        "PUT",
                        draftPath,
                        "{\"version\":0,\"keyFigures\":{\"enrolledYouth\":true}}",
                        "keyFigures.enrolledYouth"),
                new Case("PUT", draftPath, "{\"version\":0,\"rating\":{\"AI1\":3}}", "rating"),
                new Case("PUT", draftPath, "{\"version\":0,", "body"),
                new Case("PUT", draftPath, "", "body"),
                new Case("POST", "/api/assessments", "{\"period\":2026}", "period"),
                new Case("POST", "/api/assessments/" + id + "/submit", "{\"version\":1E+30}", "version"),
                new Case(
                        "POST",
                        "/api/practices",
                        "{\"title\":true,\"principles\":[\"MS\"],\"activities\":[\"PRAKTIK\"]}",
                        "title"),
                new Case(
                        "POST",
                        "/api/practices",
                        "{\"title\":\"Praksis\",\"principles\":[null],\"activities\":[\"PRAKTIK\"]}",
                        "principles[0]"),
                new Case(
                        "POST",
                        "/api/practices",
                        "{\"title\":\"Praksis\",\"principles\":[\"MS\"],\"activities\":[\"PRAKTIK\"],\"publish\":\"yes\"}",
                        "publish"));
        List<Case> asSupervisor = List.of(
                new Case(
                        "POST",
                        "/api/supervision-sessions",
                        "{\"municipality\":\"" + m.slug() + "\",\"heldOn\":\"2026-10-01\",\"format\":\"VIRTUAL\","
                                + "\"participants\":{\"leads\":2147483648}}",
                        "participants.leads"),
                new Case(
                        "POST",
                        "/api/supervision-sessions",
                        "{\"municipality\":\"" + m.slug() + "\",\"heldOn\":\"2026-10-01\",\"format\":\"VIRTUAL\","
                                + "\"actions\":[null]}",
                        "actions[0]"),
                new Case(
                        "POST",
                        "/api/supervision-sessions",
                        "{\"municipality\":\"" + m.slug() + "\",\"heldOn\":\"2026-10-01\",\"format\":\"VIRTUAL\","
                                + "\"principles\":[null]}",
                        "principles[0]"),
                new Case(
                        "POST",
                        "/api/supervision-sessions",
                        "{\"municipality\":\"" + m.slug() + "\",\"heldOn\":\"31-02-2026\",\"format\":\"VIRTUAL\","
                                + "\"actions\":[{\"title\":\" \",\"owner\":\"Teamleder\",\"dueOn\":\"2026-12-01\"}]}",
                        "actions[0].title"),
                new Case("PUT", "/api/assessments/" + id + "/review", "{\"version\":\"x\"}", "version"));
        List<Case> asAdmin = List.of(
                new Case(
                        "PUT",
                        "/api/municipalities/" + m.slug() + "/status",
                        "{\"status\":\"ACTIVE\",\"version\":1.5}",
                        "version"),
                new Case("POST", "/api/periods", "{\"code\":true}", "code"),
                new Case(
                        "PUT",
                        "/api/instruments/active",
                        "{\"instrument\":\"nextwork-fidelity@1.0\",\"version\":-1E+30}",
                        "version"),
                new Case("PUT", "/api/test-clock", "", "body"),
                new Case("PUT", "/api/test-clock", "{\"days\":\"7\"}", "days"));
        check(lead, asLead);
        check(supervisor, asSupervisor);
        check(admin, asAdmin);
        assertThat(new Assessments(api).get(lead, id)).isEqualTo(draft);
        assertThat(api.get("/api/supervision-sessions?municipality=" + m.slug(), supervisor)
                        .json()
                        .size())
                .isZero();
    }

    @Test
    @DisplayName("a NUL character in any query parameter or text field is a 400 naming it, and nothing is saved")
    void nulCharacters() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        String supervisor = token("supervisor.anna");
        for (String query : List.of(
                "/api/practices?q=praktik%00",
                "/api/practices?municipality=%00",
                "/api/audit-events?subjectType=practice%00&subjectId=1",
                "/api/actions?municipality=" + m.slug() + "%00")) {
            Api.Answer answer = api.get(query, supervisor);
            assertProblem(answer, 400);
            assertThat(answer.json().path("errors").get(0).path("code").asText())
                    .as(query)
                    .isEqualTo("problem.text.nul");
        }
        assertThat(Problems.message(api.get("/api/practices?q=%00", lead), "q"))
                .isEqualTo("Teksten indeholder et NUL-tegn (\\u0000), som ikke kan gemmes. Fjern det.");

        JsonNode draft = new Assessments(api).start(lead, Periods.current());
        long id = draft.path("id").asLong();
        Api.Answer evidence = api.put(
                "/api/assessments/" + id + "/draft",
                lead,
                Json.object("version", draft.path("version"), "evidence", Json.object("AI1", "Før\u0000efter")));
        assertField(evidence, "evidence.AI1");
        Api.Answer practice = api.post(
                "/api/practices",
                token(m.consultant()),
                Json.object("title", "Titel\u0000", "principles", List.of("MS"), "activities", List.of("PRAKTIK")));
        assertField(practice, "title");
        Api.Answer session = api.post(
                "/api/supervision-sessions",
                supervisor,
                Json.object("municipality", m.slug(), "heldOn", "2026-10-01", "format", "VIRTUAL", "notes", "\u0000"));
        assertField(session, "notes");
        assertThat(new Assessments(api).get(lead, id)).isEqualTo(draft);
        assertThat(api.get("/api/supervision-sessions?municipality=" + m.slug(), supervisor)
                        .json()
                        .size())
                .isZero();
    }

    @Test
    @DisplayName("a limit that is no number is a 400 naming it, not a 404")
    void limitAbc() {
        assertField(api.get("/api/audit-events?limit=abc", token("admin")), "limit");
    }

    @Test
    @DisplayName("a bad date and a blank title in one session are both named in one answer")
    void everyFieldInOnePass() {
        TestMunicipality m = servers.newMunicipality();
        Api.Answer answer = api.post(
                "/api/supervision-sessions",
                token("supervisor.anna"),
                Json.object(
                        "municipality",
                        m.slug(),
                        "heldOn",
                        "31-02-2026",
                        "format",
                        "VIRTUAL",
                        "actions",
                        List.of(Json.object("title", " ", "owner", "Teamleder", "dueOn", "2026-13-01"))));
        assertProblem(answer, 400);
        assertThat(answer.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("heldOn", "actions[0].title", "actions[0].dueOn");
        assertThat(Problems.message(answer, "heldOn"))
                .isEqualTo("31-02-2026 findes ikke. Skriv en dato, der findes, fx 28-02-2026.");
    }

    private void check(String token, List<Case> cases) {
        for (Case c : cases) {
            Api.Answer answer =
                    "PUT".equals(c.method()) ? api.put(c.path(), token, c.body()) : api.post(c.path(), token, c.body());
            String what = c.method() + " " + c.path() + " " + c.body();
            assertThat(answer.status()).as(what + " → " + answer.body()).isEqualTo(400);
            assertProblem(answer, 400);
            assertThat(answer.json().path("errors").findValuesAsText("field"))
                    .as(what + " → " + answer.body())
                    .contains(c.field());
        }
    }
}
