package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

/** What every API error must look like: an RFC 9457 problem body, never a stack trace. */
final class Problems {

    private Problems() {}

    static void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.json().path("title").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at dk.");
    }

    /** A 400 that names the field at fault. */
    static void assertField(Api.Answer answer, String field) {
        assertProblem(answer, 400);
        assertThat(answer.json().path("errors").findValuesAsText("field")).contains(field);
    }

    /** The message given for a field of a 400. */
    static String message(Api.Answer answer, String field) {
        for (var error : answer.json().path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + answer.body());
    }
}
