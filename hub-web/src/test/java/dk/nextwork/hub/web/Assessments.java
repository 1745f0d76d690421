package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Self-assessments driven over the API, for tests that need a report in some state. */
final class Assessments {

    private final Api api;

    Assessments(Api api) {
        this.api = api;
    }

    /** Starts the lead's municipality's draft for a period. */
    JsonNode start(String leadToken, String period) {
        Api.Answer started = api.post("/api/assessments", leadToken, Json.object("period", period));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json();
    }

    JsonNode get(String token, long id) {
        Api.Answer answer = api.get("/api/assessments/" + id, token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    Api.Answer save(String token, long id, JsonNode body) {
        return api.put("/api/assessments/" + id + "/draft", token, body);
    }

    Api.Answer save(String token, long id, String rawBody) {
        return api.put("/api/assessments/" + id + "/draft", token, rawBody);
    }

    /** Saves and expects it to succeed; the report after the save. */
    JsonNode saved(String token, long id, JsonNode body) {
        Api.Answer answer = save(token, id, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** The supervisor's review saved (a body of version, ratings and comments), expected to succeed; the report after. */
    JsonNode reviewed(String token, long id, JsonNode body) {
        Api.Answer answer = api.put("/api/assessments/" + id + "/review", token, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    Api.Answer transition(String token, long id, String action, long version, String reason) {
        ObjectNode body = Json.object("version", version);
        if (reason != null) {
            body.put("reason", reason);
        }
        return api.post("/api/assessments/" + id + "/" + action, token, body);
    }

    JsonNode transitioned(String token, long id, String action, long version) {
        Api.Answer answer = transition(token, id, action, version, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /**
     * A report of the municipality's for the period, rated as given (every other item {@code otherwise}), submitted
     * and approved by supervisor.anna; no key figures, so no evidence check applies.
     */
    JsonNode approved(TestMunicipality m, String period, Map<String, Integer> ratings, int otherwise) {
        String lead = api.token(m.lead());
        JsonNode draft = start(lead, period);
        JsonNode rated = saved(lead, draft.path("id").asLong(), ratingsBody(draft, ratings, otherwise));
        JsonNode submitted = transitioned(
                lead, rated.path("id").asLong(), "submit", rated.path("version").asLong());
        return transitioned(
                api.token("supervisor.anna"),
                submitted.path("id").asLong(),
                "approve",
                submitted.path("version").asLong());
    }

    /**
     * The draft rated 4 throughout, every item justified, with the key figures given (none: left as they are),
     * submitted by its lead and approved by supervisor.anna.
     */
    JsonNode approvedJustified(String leadToken, JsonNode draft, Map<String, Number> figures) {
        long id = draft.path("id").asLong();
        ObjectNode body = ratingsBody(draft, Map.of(), 4);
        ObjectNode justifications = Json.object();
        draft.path("items").forEach(i -> justifications.put(i.path("code").asText(), "Begrundet i teamet"));
        body.set("justifications", justifications);
        if (!figures.isEmpty()) {
            ObjectNode keyFigures = Json.object();
            figures.forEach((k, v) -> keyFigures.put(k, new java.math.BigDecimal(v.toString())));
            body.set("keyFigures", keyFigures);
        }
        JsonNode saved = saved(leadToken, id, body);
        JsonNode submitted =
                transitioned(leadToken, id, "submit", saved.path("version").asLong());
        return transitioned(
                api.token("supervisor.anna"),
                id,
                "approve",
                submitted.path("version").asLong());
    }

    /** A report of the municipality's for the period, rated 4 throughout and submitted (not yet approved). */
    JsonNode submitted(TestMunicipality m, String period) {
        String lead = api.token(m.lead());
        JsonNode draft = start(lead, period);
        JsonNode rated = saved(lead, draft.path("id").asLong(), ratingsBody(draft, Map.of(), 4));
        return transitioned(
                lead, rated.path("id").asLong(), "submit", rated.path("version").asLong());
    }

    /** A draft body rating every item of the report's instrument: as given, else {@code otherwise}. */
    static ObjectNode ratingsBody(JsonNode report, Map<String, Integer> ratings, int otherwise) {
        ObjectNode all = Json.object();
        for (JsonNode item : report.path("items")) {
            String code = item.path("code").asText();
            all.put(code, ratings.getOrDefault(code, otherwise));
        }
        return Json.object("version", report.path("version").asLong(), "ratings", all);
    }

    static JsonNode item(JsonNode report, String code) {
        for (JsonNode item : report.path("items")) {
            if (item.path("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no item " + code + " in " + report);
    }

    static JsonNode section(JsonNode report, String code) {
        for (JsonNode section : report.path("scores").path("sections")) {
            if (section.path("code").asText().equals(code)) {
                return section;
            }
        }
        throw new AssertionError("no section " + code + " in " + report);
    }
}
