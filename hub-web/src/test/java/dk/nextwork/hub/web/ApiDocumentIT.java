package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The served OpenAPI document as a municipality's IT department, a researcher's script or a client generator reads it:
 * nothing but OpenAPI's own attributes, an operation id and one tag per operation, every success typed by a named schema
 * whose fields have the types the answers hold.
 */
@DisplayName("The OpenAPI document")
class ApiDocumentIT extends HubTest {

    /** The fixed fields of an OpenAPI 3.0/3.1 document's root; anything else is unknown to a validator. */
    private static final Set<String> ROOT = Set.of(
            "openapi",
            "info",
            "jsonSchemaDialect",
            "servers",
            "paths",
            "webhooks",
            "components",
            "security",
            "tags",
            "externalDocs");

    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z]+");
    private static final Pattern REFERENCE = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/schemas/([^\"]+)\"");

    private JsonNode document() {
        Api.Answer doc = api.get("/openapi?format=JSON", null);
        assertThat(doc.status()).isEqualTo(200);
        return doc.json();
    }

    @Test
    @DisplayName("OpenAPI's own attributes only; every operation with its own readable id and exactly one declared tag;"
            + " every tag and every schema used")
    void standardAndUnique() throws java.io.IOException {
        JsonNode doc = document();
        List<String> root = new ArrayList<>();
        doc.fieldNames().forEachRemaining(root::add);
        assertThat(root).isSubsetOf(ROOT).contains("openapi", "info", "paths", "components");

        Set<String> ids = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        Set<String> tagsUsed = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                String id = operation.getValue().path("operationId").asText();
                assertThat(id).as(where).matches(OPERATION_ID);
                if (!ids.add(id)) {
                    repeated.add(id);
                }
                assertThat(operation.getValue().path("tags")).as(where).hasSize(1);
                tagsUsed.add(operation.getValue().path("tags").get(0).asText());
                operations++;
            }
        }
        assertThat(repeated).as("operation ids used twice").isEmpty();
        // The access matrix lists every operation (68), the test clock's aside, which the document hides.
        assertThat(operations).isEqualTo(ApiOperations.table().size());

        List<String> declared = new ArrayList<>();
        doc.path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
        assertThat(declared).doesNotHaveDuplicates();
        assertThat(Set.copyOf(declared)).isEqualTo(tagsUsed);

        // Every schema is reached from an operation, directly or through another schema.
        Map<String, JsonNode> schemas = new java.util.TreeMap<>();
        doc.path("components").path("schemas").properties().forEach(e -> schemas.put(e.getKey(), e.getValue()));
        Set<String> reached = new LinkedHashSet<>(references(doc.path("paths")));
        for (List<String> next = new ArrayList<>(reached); !next.isEmpty(); ) {
            List<String> found = new ArrayList<>();
            for (String name : next) {
                for (String inner : references(schemas.get(name))) {
                    if (reached.add(inner)) {
                        found.add(inner);
                    }
                }
            }
            next = found;
        }
        assertThat(schemas.keySet()).as("schemas no operation uses").isSubsetOf(reached);
        assertThat(reached).as("schemas used but not defined").isSubsetOf(schemas.keySet());
        assertThat(schemas).doesNotContainKey("Offset");
    }

    @Test
    @DisplayName("every success typed: JSON by a named schema or a list of one, the report as a PDF file, the"
            + " supervision log as CSV text")
    void everySuccessTyped() {
        JsonNode doc = document();
        List<String> untyped = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> response :
                        operation.getValue().path("responses").properties()) {
                    if (!response.getKey().startsWith("2")) {
                        continue;
                    }
                    JsonNode json = response.getValue().path("content").path("application/json");
                    if (json.isMissingNode()) {
                        continue;
                    }
                    JsonNode schema = json.path("schema");
                    JsonNode named = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
                    if (!named.path("$ref").asText().startsWith("#/components/schemas/")) {
                        untyped.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey()
                                + ": " + schema);
                    }
                }
            }
        }
        assertThat(untyped).isEmpty();

        JsonNode pdf = doc.at("/paths/~1api~1assessments~1{id}~1pdf/get/responses/200/content/application~1pdf/schema");
        assertThat(pdf.path("type").asText()).isEqualTo("string");
        assertThat(pdf.path("format").asText()).isEqualTo("binary");
        JsonNode csv = doc.at("/paths/~1api~1supervision-sessions~1export/get/responses/200/content/text~1csv/schema");
        assertThat(csv.path("type").asText()).isEqualTo("string");
    }

    @Test
    @DisplayName("the types the answers hold: ids and versions int64, scores numbers, dates and instants as such,"
            + " states as their enumerations; page and size whole numbers within 1–200 with X-Total-Count and Link")
    void typesAsTheAnswersHold() {
        JsonNode doc = document();
        JsonNode schemas = doc.path("components").path("schemas");
        JsonNode assessment = schemas.path("Assessment").path("properties");
        assertThat(assessment.path("id").path("type").asText()).isEqualTo("integer");
        assertThat(assessment.path("id").path("format").asText()).isEqualTo("int64");
        assertThat(assessment.path("version").path("format").asText()).isEqualTo("int64");
        assertThat(assessment.path("submittedAt").path("format").asText()).isEqualTo("date-time");
        assertThat(schemas.path("Assessment").path("required").toString()).contains("\"id\"", "\"version\"");
        // The four states of a report (product.md: draft, submitted, returned, approved).
        assertThat(assessment.path("state").path("$ref").asText()).isEqualTo("#/components/schemas/AssessmentState");
        assertThat(schemas.path("AssessmentState").path("enum").toString())
                .isEqualTo("[\"DRAFT\",\"SUBMITTED\",\"RETURNED\",\"APPROVED\"]");
        assertThat(schemas.path("AssessmentScores")
                        .path("properties")
                        .path("fidelityValue")
                        .path("type")
                        .asText())
                .isEqualTo("number");
        assertThat(schemas.path("Period")
                        .path("properties")
                        .path("firstDay")
                        .path("format")
                        .asText())
                .isEqualTo("date");
        assertThat(schemas.path("Municipality")
                        .path("properties")
                        .path("status")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/MunicipalityStatus");
        // The six roles of product.md, by the names tokens and the realm give them.
        assertThat(schemas.at("/Me/properties/roles/items/enum").toString())
                .isEqualTo("[\"network-admin\",\"supervisor\",\"municipal-lead\",\"consultant\",\"researcher\","
                        + "\"caseworker\"]");

        JsonNode list = doc.at("/paths/~1api~1assessments/get");
        assertThat(list.path("operationId").asText()).isEqualTo("listAssessments");
        Map<String, JsonNode> parameters = new java.util.HashMap<>();
        list.path("parameters").forEach(p -> parameters.put(p.path("name").asText(), p.path("schema")));
        assertThat(parameters.get("page").path("type").asText()).isEqualTo("integer");
        assertThat(parameters.get("page").path("minimum").asInt()).isEqualTo(1);
        assertThat(parameters.get("size").path("type").asText()).isEqualTo("integer");
        assertThat(parameters.get("size").path("minimum").asInt()).isEqualTo(1);
        assertThat(parameters.get("size").path("maximum").asInt()).isEqualTo(200);
        assertThat(parameters.get("size").path("default").asInt()).isEqualTo(50);
        JsonNode headers = list.at("/responses/200/headers");
        assertThat(headers.at("/X-Total-Count/schema/type").asText()).isEqualTo("integer");
        assertThat(headers.at("/Link/schema/type").asText()).isEqualTo("string");
        assertThat(list.at("/responses/200/content/application~1json/schema/items/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/AssessmentSummary");

        JsonNode one = doc.at("/paths/~1api~1assessments~1{id}/get/parameters/0/schema");
        assertThat(one.path("type").asText()).isEqualTo("integer");
        assertThat(one.path("format").asText()).isEqualTo("int64");
    }

    @Test
    @DisplayName("the served document is the one the generated client is made from (api-client/src/main/openapi)")
    void servedIsTheClients() throws java.io.IOException {
        JsonNode served = document();
        java.nio.file.Path written = java.nio.file.Path.of("target", "hub-api.json");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.nio.file.Files.writeString(
                written, json.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        JsonNode committed =
                json.readTree(java.nio.file.Path.of("..", "api-client", "src", "main", "openapi", "hub-api.json")
                        .toFile());
        assertThat(served)
                .as("the served OpenAPI document differs from the client's; if the change to the API is meant, copy "
                        + written.toAbsolutePath() + " to api-client/src/main/openapi/hub-api.json")
                .isEqualTo(committed);
    }

    @Test
    @DisplayName("API for udviklere, without signing in: this Hub's token endpoint, the versioning rule, and the"
            + " interactive reference listing every tag, under the pages' content security policy")
    void referencePage() {
        try (Browser browser = browser()) {
            browser.open(servers.hub() + "/udviklere.xhtml");
            assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("API for udviklere");
            assertThat(browser.text(By.id("token-example")))
                    .contains(servers.keycloak().tokenEndpoint())
                    .contains("Authorization: Bearer");
            assertThat(browser.text(By.id("versioning"))).contains("/api/v2");
            browser.waitFor(By.cssSelector("#api-reference .opblock-tag"));
            List<String> tags = browser.driver().findElements(By.cssSelector("#api-reference .opblock-tag")).stream()
                    .map(tag -> tag.getAttribute("data-tag"))
                    .toList();
            assertThat(tags).contains("Assessments", "Network", "Practice library", "Randomisation");
            assertThat(browser.attribute(By.id("openapi-document"), "href")).endsWith("/openapi?format=JSON");
        } // closing the browser fails the test if the console shows a script the policy refused
    }

    private static Set<String> references(JsonNode node) {
        Set<String> found = new LinkedHashSet<>();
        if (node == null) {
            return found;
        }
        Matcher reference = REFERENCE.matcher(node.toString());
        while (reference.find()) {
            found.add(reference.group(1));
        }
        return found;
    }
}
