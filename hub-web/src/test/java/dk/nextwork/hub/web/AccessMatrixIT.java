package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.realm.RealmFile;
import java.net.http.HttpResponse;
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

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(AccessMatrixIT.class.getName());

    @Test
    @DisplayName("every operation × every role × own and other municipality answers as the table says, a refused role"
            + " is refused before its body or parameters are read, and every operation refuses a missing, a forged and"
            + " an ID token with 401")
    void matrix(org.junit.jupiter.api.TestReporter reporter) throws Exception {
        Map<String, ApiOperations.Row> table = ApiOperations.table();
        List<String> operations = ApiOperations.operations(api);
        assertThat(new TreeSet<>(table.keySet()))
                .as("operations of the OpenAPI document must all be in access-matrix.txt, and nothing else")
                .isEqualTo(new TreeSet<>(operations));

        // Onboarding municipalities, so that the onboarding operations meet a record too.
        TestMunicipality a = servers.newOnboardingMunicipality();
        TestMunicipality b = servers.newOnboardingMunicipality();
        String period = "1906-H" + (1 + Math.abs(a.slug().hashCode()) % 2);
        ApiOperations.Records own = ApiOperations.records(api, a, period);
        ApiOperations.Records other = ApiOperations.records(api, b, period);
        Map<String, String> users = new LinkedHashMap<>();
        users.put("admin", "admin");
        users.put("supervisor", "supervisor.anna");
        users.put("researcher", "researcher.ifs");
        users.put("lead", a.lead());
        users.put("consultant", a.consultant());
        users.put("caseworker", a.caseworker());
        Map<String, String> tokens = new LinkedHashMap<>();
        users.forEach((role, user) -> tokens.put(role, token(user)));

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (ApiOperations.Row row : table.values()) {
            for (String role : ApiOperations.ROLES) {
                for (int target = 0; target < 2; target++) {
                    ApiOperations.Records records = target == 0 ? own : other;
                    String expected = row.expected().get(role)[target];
                    HttpResponse<String> answer = call(row, records, tokens.get(role));
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
                    if (expected.equals("403")) {
                        // Authorisation before validation: a broken body or odd parameters change nothing.
                        for (String[] broken : broken(row, records)) {
                            HttpResponse<String> refused = ApiOperations.send(
                                    servers.hub(),
                                    servers.contract(),
                                    row.method(),
                                    broken[0],
                                    tokens.get(role),
                                    broken[1]);
                            calls++;
                            if (refused.statusCode() != 403) {
                                wrong.add(row.method() + " " + broken[0] + " as " + role + " with "
                                        + (broken[1] == null ? "odd parameters" : "the body " + broken[1])
                                        + ": expected 403 before validation, answered " + refused.statusCode() + " "
                                        + abbreviate(refused.body()));
                            }
                        }
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
        for (ApiOperations.Row row : table.values()) {
            for (String token : new String[] {null, forged, idToken}) {
                HttpResponse<String> answer = call(row, own, token);
                calls++;
                if (answer.statusCode() != 401) {
                    wrong.add(row.method() + " " + row.path() + " with "
                            + (token == null ? "no token" : token == forged ? "a forged token" : "an ID token")
                            + ": expected 401, answered " + answer.statusCode());
                }
            }
        }
        String figures = table.size() + " operations × " + ApiOperations.ROLES.size() + " roles × 2 municipalities"
                + ", every refusal again with a broken body or odd parameters, + 3 bad tokens each = " + calls
                + " calls";
        reporter.publishEntry("access matrix", figures);
        LOG.info(() -> "access matrix: " + figures);
        assertThat(wrong).as(calls + " calls").isEmpty();
    }

    private HttpResponse<String> call(ApiOperations.Row row, ApiOperations.Records records, String token) {
        String body = row.body() == null ? "{}" : row.body().replace("{target}", records.slug());
        return ApiOperations.send(
                servers.hub(),
                servers.contract(),
                row.method(),
                ApiOperations.path(row, records),
                token,
                row.method().equals("GET") ? null : body);
    }

    /** The call with a broken body (writes) or parameters of the wrong kind (reads): address and body. */
    private static List<String[]> broken(ApiOperations.Row row, ApiOperations.Records records) {
        String path = ApiOperations.path(row, records);
        String odd = path + (path.contains("?") ? "&" : "?") + "page=abc&size=-1&limit=x&consultants=y";
        if (row.method().equals("GET")) {
            return List.<String[]>of(new String[] {odd, null});
        }
        return List.of(new String[] {odd, "{}"}, new String[] {path, "{\"version\":\"x\",\"unknown\":"});
    }

    /** The token with its signature's last characters changed: well-formed, but not signed by Keycloak. */
    private static String forged(String token) {
        return token.substring(0, token.length() - 6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 160 ? String.valueOf(body) : body.substring(0, 160) + "…";
    }
}
