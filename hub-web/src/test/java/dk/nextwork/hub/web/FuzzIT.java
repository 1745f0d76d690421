package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * A bounded, deterministic fuzz run over every operation of the OpenAPI document: every body field given values of
 * the wrong kind, out of range, holding a NUL or far too long, broken bodies, odd query and path parameters. Called as
 * a role the access table lets through, so the input reaches the Hub's checks. No answer may be a 5xx, show an
 * exception or a server's name, or be anything but problem+json when it is an error; and no stored data changes.
 */
@DisplayName("Fuzzing every operation")
class FuzzIT extends HubTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long SEED = 20261123L;
    private static final List<String> LEAKS =
            List.of("Exception", "at dk.", "at java.", "org.eclipse", "java.lang", "Payara", "Jersey", "<html");

    @Test
    @DisplayName("thousands of bad requests: no 5xx, no internals, every error problem+json, no data changed")
    void fuzz(TestReporter reporter) throws Exception {
        Map<String, ApiOperations.Row> table = ApiOperations.table();
        assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(ApiOperations.operations(api));
        TestMunicipality m = servers.newMunicipality();
        String period = "1908-H" + (1 + Math.abs(m.slug().hashCode()) % 2);
        ApiOperations.Records records = ApiOperations.records(api, m, period);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", token("admin"));
        tokens.put("supervisor", token("supervisor.anna"));
        tokens.put("researcher", token("researcher.ifs"));
        tokens.put("lead", token(m.lead()));
        tokens.put("consultant", token(m.consultant()));
        tokens.put("caseworker", token(m.caseworker()));

        String before = fingerprint();
        Random random = new Random(SEED);
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (ApiOperations.Row row : table.values()) {
            String token = tokens.get(row.allowedRole());
            String path = ApiOperations.path(row, records);
            for (String request : requests(row, records, path, random)) {
                int space = request.indexOf(' ');
                String target = space < 0 ? request : request.substring(0, space);
                String body = space < 0 ? null : request.substring(space + 1);
                HttpResponse<String> answer =
                        ApiOperations.send(servers.hub(), servers.contract(), row.method(), target, token, body);
                requests++;
                check(row.method() + " " + target + (body == null ? "" : " " + abbreviate(body)), answer, wrong);
            }
        }
        reporter.publishEntry("fuzz", requests + " requests over " + table.size() + " operations, seed " + SEED);
        assertThat(wrong).as(requests + " requests").isEmpty();
        assertThat(requests).isGreaterThan(2000);
        assertThat(fingerprint())
                .as("stored data after " + requests + " bad requests")
                .isEqualTo(before);
    }

    /** "path" for a GET, "path body" for a write: the operation's fuzzed requests, in a fixed order. */
    private List<String> requests(ApiOperations.Row row, ApiOperations.Records records, String path, Random random) {
        List<String> requests = new ArrayList<>();
        for (String odd : oddPaths(row, records)) {
            requests.add(odd + (row.method().equals("GET") ? "" : " " + base(row, records)));
        }
        if (row.method().equals("GET")) {
            String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            for (String parameter : List.of(
                    "municipality", "q", "principle", "activity", "sort", "subjectType", "subjectId", "limit")) {
                for (String value : ODD_QUERY_VALUES) {
                    requests.add(bare + "?" + parameter + "=" + value
                            + (path.contains("?") && !parameter.equals("municipality")
                                    ? "&" + path.substring(path.indexOf('?') + 1)
                                    : ""));
                }
            }
            return requests;
        }
        ObjectNode base = base(row, records);
        for (String broken : BROKEN_BODIES) {
            requests.add(path + " " + broken);
        }
        List<String> fields = new ArrayList<>();
        base.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            for (JsonNode bad : badValuesFor(base.get(field))) {
                ObjectNode body = base.deepCopy();
                body.set(field, bad);
                requests.add(path + " " + body);
            }
        }
        ObjectNode unknown = base.deepCopy();
        unknown.put("zz", 1);
        requests.add(path + " " + unknown);
        // A few dozen bodies with two or three fields wrong at once, drawn with a fixed seed.
        for (int i = 0; i < 20 && !fields.isEmpty(); i++) {
            ObjectNode body = base.deepCopy();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                String field = fields.get(random.nextInt(fields.size()));
                List<JsonNode> bad = badValuesFor(base.get(field));
                body.set(field, bad.get(random.nextInt(bad.size())));
            }
            requests.add(path + " " + body);
        }
        return requests;
    }

    private static ObjectNode base(ApiOperations.Row row, ApiOperations.Records records) {
        try {
            String body = row.body() == null ? "{}" : row.body().replace("{target}", records.slug());
            return (ObjectNode) ApiOperations.JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("body of " + row.key(), e);
        }
    }

    /** The path with its parameters replaced by odd ones (never a NUL: the HTTP listener refuses those itself). */
    private static List<String> oddPaths(ApiOperations.Row row, ApiOperations.Records records) {
        List<String> paths = new ArrayList<>();
        for (String placeholder : List.of("{id}", "{slug}", "{code}")) {
            if (row.path().contains(placeholder)) {
                for (String value :
                        List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%20", "..%2F..", "%F0%9F%98%80")) {
                    paths.add(ApiOperations.path(
                            new ApiOperations.Row(
                                    row.method(), row.path().replace(placeholder, value), row.expected(), row.body()),
                            records));
                }
            }
        }
        return paths;
    }

    /** Values of the wrong kind for a field whose valid value is {@code valid}, out of range, with a NUL, too long. */
    private static List<JsonNode> badValuesFor(JsonNode valid) {
        List<JsonNode> bad = new ArrayList<>();
        if (!valid.isArray()) {
            bad.add(NODES.nullNode()); // a list left out is an empty list, which is valid
        }
        bad.add(NODES.objectNode().put("a", 1));
        bad.add(NODES.textNode("x\u0000y"));
        bad.add(NODES.textNode("x".repeat(100_000)));
        ArrayNode nullInList = NODES.arrayNode();
        nullInList.addNull();
        bad.add(nullInList);
        if (valid.isTextual()) {
            bad.add(NODES.booleanNode(true));
            bad.add(NODES.numberNode(42));
            bad.add(NODES.numberNode(new java.math.BigDecimal("1E+30")));
        } else if (valid.isNumber()) {
            bad.add(NODES.textNode("7"));
            bad.add(NODES.booleanNode(false));
            bad.add(NODES.numberNode(1.5));
            bad.add(NODES.numberNode(new java.math.BigInteger("9223372036854775808")));
            bad.add(NODES.numberNode(new java.math.BigDecimal("-1E+30")));
        } else if (valid.isArray()) {
            bad.add(NODES.textNode("MM"));
            ArrayNode mixed = NODES.arrayNode();
            mixed.add(1).add(true).add(NODES.objectNode());
            bad.add(mixed);
        } else if (valid.isBoolean()) {
            bad.add(NODES.textNode("yes"));
            bad.add(NODES.numberNode(1));
        }
        return bad;
    }

    private static final List<String> BROKEN_BODIES =
            List.of("", "null", "[]", "\"text\"", "123", "{", "{\"a\":", "{\"a\":1}}", "{'single':'quotes'}", "\u0000");

    private static final List<String> ODD_QUERY_VALUES = List.of(
            "",
            "%00",
            "abc",
            "-1",
            "99999999999999999999",
            "%27%20OR%201%3D1%20--",
            URLEncoder.encode("x".repeat(10_000), StandardCharsets.UTF_8),
            "%F0%9F%98%80",
            "..%2F..%2F",
            "%3Cscript%3E");

    private static void check(String what, HttpResponse<String> answer, List<String> wrong) {
        int status = answer.statusCode();
        String body = answer.body() == null ? "" : answer.body();
        if (status >= 500) {
            wrong.add(what + " → " + status + " " + abbreviate(body));
            return;
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                wrong.add(what + " → " + status + " shows '" + leak + "': " + abbreviate(body));
                return;
            }
        }
        if (status >= 400
                && !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            wrong.add(what + " → " + status + " is not problem+json: "
                    + answer.headers().firstValue("Content-Type").orElse("(none)"));
        }
    }

    /** Counts and versions of everything people store: any write changes it. */
    private String fingerprint() throws Exception {
        return StoredData.fingerprint(servers);
    }

    private static String abbreviate(String text) {
        return text.length() < 200 ? text : text.substring(0, 200) + "…";
    }
}
