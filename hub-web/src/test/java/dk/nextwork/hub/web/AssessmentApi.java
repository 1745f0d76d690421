package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Finding and driving assessments over the API in tests. */
final class AssessmentApi {

    private final Api api;

    AssessmentApi(Api api) {
        this.api = api;
    }

    /** The id of the assessment of a municipality in a state, as the caller sees it in the list. */
    long find(String token, String municipality, String state) {
        for (JsonNode a : api.get("/api/assessments", token).json()) {
            if (a.path("municipality").asText().equals(municipality)
                    && a.path("state").asText().equals(state)) {
                return a.path("id").asLong();
            }
        }
        throw new AssertionError("no " + state + " assessment of " + municipality + " visible");
    }

    JsonNode get(String token, long id) {
        Api.Answer answer = api.get("/api/assessments/" + id, token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    Api.Answer save(String token, long id, String json) {
        return api.put("/api/assessments/" + id + "/draft", token, json);
    }

    Api.Answer transition(String token, long id, String action, long version, String reason) {
        String body = "{\"version\":" + version + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
        return api.post("/api/assessments/" + id + "/" + action, token, body);
    }
}
