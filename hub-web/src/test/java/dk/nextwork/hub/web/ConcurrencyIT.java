package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two people saving the same thing at the same moment, from the same version: on every resource people edit, exactly
 * one save wins and the other gets a 409 that explains it in words, never a library's exception text.
 */
@DisplayName("Concurrent saves")
class ConcurrencyIT extends HubTest {

    private static final int ROUNDS = 5;

    /**
     * Sends two requests at once, from the same version, a few rounds; {@code version} reads the current version and
     * {@code save} makes one request from it, numbered 0 or 1 so the two differ.
     */
    private void race(String what, Supplier<Long> version, RaceSave save) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long v = version.get();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Api.Answer>> answers = new ArrayList<>();
                for (int who = 0; who < 2; who++) {
                    int n = round * 2 + who;
                    answers.add(pool.submit(() -> {
                        start.await();
                        return save.apply(v, n);
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Api.Answer> future : answers) {
                    Api.Answer answer = future.get(60, TimeUnit.SECONDS);
                    statuses.add(answer.status());
                    if (answer.status() == 409) {
                        Problems.assertProblem(answer, 409);
                        assertThat(answer.json().path("detail").asText())
                                .as(what)
                                .doesNotContain("EclipseLink")
                                .doesNotContain("Exception")
                                .doesNotContain("org.")
                                .containsAnyOf("ændret", "gemte");
                    }
                }
                assertThat(statuses).as(what + ", round " + round).containsExactlyInAnyOrder(200, 409);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface RaceSave {
        Api.Answer apply(long version, int n) throws Exception;
    }

    @Test
    @DisplayName("a draft, its review, an action, a practice: one save wins, the other gets a friendly 409")
    void municipalResources() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        Assessments assessments = new Assessments(api);
        long draft = assessments.start(lead, Periods.current()).path("id").asLong();
        race(
                "draft",
                () -> assessments.get(lead, draft).path("version").asLong(),
                (v, n) -> assessments.save(
                        lead, draft, Json.object("version", v, "ratings", Json.object("AI1", 1 + n % 5))));

        JsonNode submitted = assessments.submitted(m, Periods.halfYear(1));
        long report = submitted.path("id").asLong();
        String supervisor = token("supervisor.anna");
        race(
                "review",
                () -> assessments.get(supervisor, report).path("version").asLong(),
                (v, n) -> api.put(
                        "/api/assessments/" + report + "/review",
                        supervisor,
                        Json.object("version", v, "comments", Json.object("AI1", "Kommentar " + n))));

        long action = api.post(
                        "/api/actions",
                        supervisor,
                        Json.object(
                                "municipality", m.slug(),
                                "title", "Samtidig handling",
                                "owner", "Teamleder",
                                "dueOn", "2030-01-01",
                                "items", List.of("MM1")))
                .json()
                .path("id")
                .asLong();
        race(
                "action",
                () -> api.get("/api/actions/" + action, lead)
                        .json()
                        .path("version")
                        .asLong(),
                (v, n) -> api.put(
                        "/api/actions/" + action + "/status",
                        lead,
                        Json.object("status", n % 2 == 0 ? "IN_PROGRESS" : "OPEN", "version", v)));

        String consultant = token(m.consultant());
        long practice = api.post(
                        "/api/practices",
                        consultant,
                        Json.object(
                                "title",
                                "Samtidig praksis",
                                "principles",
                                List.of("MM"),
                                "activities",
                                List.of("TEAM")))
                .json()
                .path("id")
                .asLong();
        race(
                "practice",
                () -> api.get("/api/practices/" + practice, consultant)
                        .json()
                        .path("version")
                        .asLong(),
                (v, n) -> api.put(
                        "/api/practices/" + practice,
                        consultant,
                        Json.object(
                                "title",
                                "Samtidig praksis " + n,
                                "principles",
                                List.of("MM"),
                                "activities",
                                List.of("TEAM"),
                                "version",
                                v)));
    }

    @Test
    @DisplayName("a municipality's status and a period's status: one change wins, the other gets a friendly 409")
    void networkResources() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        String admin = token("admin");
        // Each racer asks for a status other than the current one (setting the current one again changes nothing).
        String[] current = new String[1];
        race(
                "municipality",
                () -> {
                    JsonNode now =
                            api.get("/api/municipalities/" + m.slug(), admin).json();
                    current[0] = now.path("status").asText();
                    return now.path("version").asLong();
                },
                (v, n) -> api.put(
                        "/api/municipalities/" + m.slug() + "/status",
                        admin,
                        Json.object(
                                "status", other(List.of("ACTIVE", "PAUSED", "FORMER"), current[0], n), "version", v)));

        String code = "1905-H" + (1 + Math.abs(m.slug().hashCode()) % 2);
        Api.Answer opened = api.post("/api/periods", admin, Json.object("code", code));
        assertThat(opened.status()).as(opened.body()).isIn(201, 409);
        race(
                "period",
                () -> {
                    JsonNode now = periodOf(api.get("/api/periods", admin).json(), code);
                    current[0] = now.path("status").asText();
                    return now.path("version").asLong();
                },
                (v, n) -> api.put(
                        "/api/periods/" + code + "/status",
                        admin,
                        Json.object(
                                "status", other(List.of("PLANNED", "OPEN", "CLOSED"), current[0], n), "version", v)));
    }

    /** One of the statuses that is not the current one: the first for racer 0, the second for racer 1. */
    private static String other(List<String> statuses, String current, int n) {
        return statuses.stream().filter(s -> !s.equals(current)).toList().get(n % 2);
    }

    private static JsonNode periodOf(JsonNode periods, String code) {
        for (JsonNode p : periods) {
            if (p.path("code").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no period " + code);
    }
}
