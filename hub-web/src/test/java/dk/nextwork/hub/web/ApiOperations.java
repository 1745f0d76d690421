package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's operations as the OpenAPI document lists them and {@code access-matrix.txt} describes them (who may call
 * each, and a body that reaches its access decision), with the records of a test municipality their paths name.
 */
final class ApiOperations {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> ROLES = List.of("admin", "supervisor", "researcher", "lead", "consultant", "caseworker");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One row of the table: the operation, the expected outcome per role on own/other records, a body. */
    record Row(String method, String path, Map<String, String[]> expected, String body) {

        String key() {
            return method + " " + path;
        }

        /** The first role the table lets call it on its own municipality's record. */
        String allowedRole() {
            return ROLES.stream()
                    .filter(r -> expected.get(r)[0].equals("ok"))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The records of one municipality that the paths' parameters name. */
    record Records(String slug, long draft, long action, long session, long practice, String period, long approved) {}

    private ApiOperations() {}

    static Map<String, Row> table() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = ApiOperations.class.getClassLoader().getResourceAsStream("access-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+", 3 + ROLES.size());
                Map<String, String[]> expected = new LinkedHashMap<>();
                for (int r = 0; r < ROLES.size(); r++) {
                    expected.put(ROLES.get(r), cells[2 + r].split("/"));
                }
                Row row = new Row(
                        cells[0], cells[1], expected, cells.length > 2 + ROLES.size() ? cells[2 + ROLES.size()] : null);
                rows.put(row.key(), row);
            }
        }
        return rows;
    }

    /** "GET /api/assessments/{id}" for every operation of the OpenAPI document. */
    static List<String> operations(Api api) throws IOException {
        Api.Answer doc = api.get("/openapi?format=JSON", null);
        assertThat(doc.status()).isEqualTo(200);
        JsonNode paths = JSON.readTree(doc.body()).path("paths");
        List<String> operations = new ArrayList<>();
        paths.fields()
                .forEachRemaining(p -> p.getValue()
                        .fieldNames()
                        .forEachRemaining(method -> operations.add(method.toUpperCase() + " " + p.getKey())));
        return operations;
    }

    /**
     * A draft report (with an approved one before it), an action, a session, a draft practice of a municipality, and a
     * reporting period of the test's own.
     */
    static Records records(Api api, TestMunicipality m, String period) {
        api.post("/api/periods", api.token("admin"), Json.object("code", period));
        Assessments assessments = new Assessments(api);
        long approved = assessments
                .approved(m, Periods.halfYear(1), Map.of(), 4)
                .path("id")
                .asLong();
        long draft = assessments
                .start(api.token(m.lead()), Periods.current())
                .path("id")
                .asLong();
        JsonNode session = api.post(
                        "/api/supervision-sessions",
                        api.token("supervisor.anna"),
                        Json.object(
                                "municipality",
                                m.slug(),
                                "heldOn",
                                "2026-01-05",
                                "format",
                                "VIRTUAL",
                                "actions",
                                List.of(Json.object(
                                        "title", "Matrixhandling",
                                        "owner", "Teamleder",
                                        "dueOn", "2030-01-01",
                                        "items", List.of("MM1")))))
                .json();
        long practice = api.post(
                        "/api/practices",
                        api.token(m.consultant()),
                        Json.object(
                                "title", "Matrixkladde", "principles", List.of("MM"), "activities", List.of("TEAM")))
                .json()
                .path("id")
                .asLong();
        return new Records(
                m.slug(),
                draft,
                session.path("actions").get(0).path("id").asLong(),
                session.path("id").asLong(),
                practice,
                period,
                approved);
    }

    /** The operation's address for a municipality's records, with the municipality as query where it needs one. */
    static String path(Row row, Records records) {
        String path = row.path()
                .replace("{slug}", records.slug())
                .replace("{code}", records.period())
                .replace("{activity}", "DECISION_POLITICAL")
                .replace("{category}", "uddannelsesparat")
                .replace("{studyId}", "999-00000-6")
                .replace("{trial}", "999999")
                .replace("{id}", String.valueOf(idFor(row.path(), records)));
        boolean needsMunicipality = row.path().equals("/api/actions")
                || row.path().equals("/api/actions/plan")
                || row.path().equals("/api/practices/suggestions")
                || (row.path().startsWith("/api/supervision-sessions")
                        && !row.path().contains("{id}"));
        return needsMunicipality && row.method().equals("GET") ? path + "?municipality=" + records.slug() : path;
    }

    private static long idFor(String path, Records records) {
        if (path.startsWith("/api/assessments/")) {
            return records.draft();
        }
        if (path.startsWith("/api/actions/")) {
            return records.action();
        }
        if (path.startsWith("/api/supervision-sessions/")) {
            return records.session();
        }
        if (path.startsWith("/api/practices/")) {
            return records.practice();
        }
        return 0;
    }

    /**
     * Sends a request and checks the answer against the OpenAPI contract; {@code rawPath} may carry a query string; a
     * null body sends none.
     */
    static HttpResponse<String> send(
            String hub, Contract contract, String method, String rawPath, String token, String body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(hub + rawPath)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        }
        try {
            HttpResponse<String> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            contract.check(
                    method,
                    rawPath,
                    answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(""));
            return answer;
        } catch (IOException e) {
            throw new AssertionError(method + " " + rawPath + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
