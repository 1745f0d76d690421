package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nextwork.hub.realm.RealmFile;
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
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every operation the OpenAPI document lists, called by every role on its own municipality's record and on another's,
 * and without a valid access token, against the expected-access table in {@code access-matrix.txt}. A new endpoint
 * is covered as soon as it is in the document: it fails here until the table says who may call it.
 */
@DisplayName("Access matrix from the OpenAPI document")
class AccessMatrixIT extends HubTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROLES = List.of("admin", "supervisor", "researcher", "lead", "consultant");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One row of the table: the operation, the expected outcome per role on own/other records, a body. */
    private record Row(String method, String path, Map<String, String[]> expected, String body) {}

    /** The records of one municipality that the paths' parameters name. */
    private record Records(String slug, long draft, long action, long session, long practice) {}

    @Test
    @DisplayName("every operation × every role × own and other municipality answers as the table says, and every"
            + " operation refuses a missing, a forged and an ID token with 401")
    void matrix(org.junit.jupiter.api.TestReporter reporter) throws Exception {
        Map<String, Row> table = table();
        List<String> operations = operations();
        assertThat(new TreeSet<>(table.keySet()))
                .as("operations of the OpenAPI document must all be in access-matrix.txt, and nothing else")
                .isEqualTo(new TreeSet<>(operations));

        TestMunicipality a = servers.newMunicipality();
        TestMunicipality b = servers.newMunicipality();
        String period = "1906-H" + (1 + Math.abs(a.slug().hashCode()) % 2);
        api.post("/api/periods", token("admin"), Json.object("code", period));
        Records own = records(a);
        Records other = records(b);
        Map<String, String> users = new LinkedHashMap<>();
        users.put("admin", "admin");
        users.put("supervisor", "supervisor.anna");
        users.put("researcher", "researcher.ifs");
        users.put("lead", a.lead());
        users.put("consultant", a.consultant());
        Map<String, String> tokens = new LinkedHashMap<>();
        users.forEach((role, user) -> tokens.put(role, token(user)));

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Row row : table.values()) {
            for (int r = 0; r < ROLES.size(); r++) {
                String role = ROLES.get(r);
                for (int target = 0; target < 2; target++) {
                    Records records = target == 0 ? own : other;
                    String expected = row.expected().get(role)[target];
                    HttpResponse<String> answer = call(row, records, period, tokens.get(role));
                    calls++;
                    int status = answer.statusCode();
                    boolean fine = switch (expected) {
                        case "ok" -> status != 401 && status != 403 && status != 404 && status < 500;
                        case "403" -> status == 403;
                        case "404" -> status == 404;
                        default -> throw new IllegalStateException("unknown cell " + expected);
                    };
                    if (!fine) {
                        wrong.add(row.method() + " " + row.path() + " as " + role + " on "
                                + (target == 0 ? "own" : "other") + ": expected " + expected + ", answered " + status
                                + " " + abbreviate(answer.body()));
                    }
                }
            }
        }
        String forged = forged(tokens.get("lead"));
        String idToken = servers.tokens()
                .passwordGrant(a.lead(), RealmFile.DEMO_PASSWORD)
                .body()
                .path("id_token")
                .asText();
        for (Row row : table.values()) {
            for (String token : new String[] {null, forged, idToken}) {
                HttpResponse<String> answer = call(row, own, period, token);
                calls++;
                if (answer.statusCode() != 401) {
                    wrong.add(row.method() + " " + row.path() + " with "
                            + (token == null ? "no token" : token == forged ? "a forged token" : "an ID token")
                            + ": expected 401, answered " + answer.statusCode());
                }
            }
        }
        reporter.publishEntry(
                "access matrix",
                table.size() + " operations × " + ROLES.size() + " roles × 2 municipalities" + " + 3 bad tokens each = "
                        + calls + " calls");
        assertThat(wrong).as(calls + " calls").isEmpty();
    }

    /** A draft report (with an approved one before it), an action, a session and a draft practice of a municipality. */
    private Records records(TestMunicipality m) {
        Assessments assessments = new Assessments(api);
        assessments.approved(m, Periods.halfYear(1), Map.of(), 4);
        long draft =
                assessments.start(token(m.lead()), Periods.current()).path("id").asLong();
        String supervisor = token("supervisor.anna");
        JsonNode session = api.post(
                        "/api/supervision-sessions",
                        supervisor,
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
                        token(m.consultant()),
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
                practice);
    }

    private HttpResponse<String> call(Row row, Records records, String period, String token)
            throws IOException, InterruptedException {
        String path = row.path()
                .replace("{slug}", records.slug())
                .replace("{code}", period)
                .replace("{id}", String.valueOf(idFor(row.path(), records)));
        if (row.path().equals("/api/actions")
                || row.path().equals("/api/actions/plan")
                || row.path().equals("/api/practices/suggestions")
                || row.path().startsWith("/api/supervision-sessions")
                        && !row.path().contains("{id}")) {
            if (row.method().equals("GET")) {
                path += "?municipality=" + records.slug();
            }
        }
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(servers.hub() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String body = row.body() == null ? null : row.body().replace("{target}", records.slug());
        switch (row.method()) {
            case "GET" -> request.GET();
            case "POST", "PUT" ->
                request.header("Content-Type", "application/json")
                        .method(row.method(), HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body));
            default -> throw new IllegalStateException(row.method());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

    /** "GET /api/assessments/{id}" for every operation of the OpenAPI document. */
    private List<String> operations() throws IOException {
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

    private static Map<String, Row> table() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AccessMatrixIT.class.getClassLoader().getResourceAsStream("access-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+", 8);
                Map<String, String[]> expected = new LinkedHashMap<>();
                for (int r = 0; r < ROLES.size(); r++) {
                    expected.put(ROLES.get(r), cells[2 + r].split("/"));
                }
                Row row = new Row(cells[0], cells[1], expected, cells.length > 7 ? cells[7] : null);
                rows.put(row.method() + " " + row.path(), row);
            }
        }
        return rows;
    }

    /** The token with its signature's last characters changed: well-formed, but not signed by Keycloak. */
    private static String forged(String token) {
        return token.substring(0, token.length() - 6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 160 ? String.valueOf(body) : body.substring(0, 160) + "…";
    }
}
