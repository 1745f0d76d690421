package dk.nextwork.hub.interfaces.rest;

import dk.nextwork.hub.interfaces.http.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the OpenAPI document a contract: every operation lists the statuses it answers — its success (201 where it
 * creates, 200 otherwise, with its media type) and the problem answers every operation can give, each with the
 * {@code Problem} schema as {@code application/problem+json} — instead of the generator's catch-all "default". The test
 * suite checks every API answer it sees against this. Registered through {@code mp.openapi.filter}.
 */
public class ApiContract implements OASFilter {

    static final String PROBLEM = "Problem";

    /** Collections a POST creates a record in (201 Created). */
    private static final Set<String> CREATES = Set.of(
            "/api/assessments",
            "/api/practices",
            "/api/supervision-sessions",
            "/api/actions",
            "/api/periods",
            "/api/municipalities",
            "/api/randomisation/trials");

    /** POSTs that create a record (201) or answer with the one there is already (200): an allocation repeated. */
    private static final Set<String> CREATES_OR_FINDS = Set.of("/api/randomisation/allocations");

    /** Reads that are refused in a state (409): the trial's full list while the trial runs. */
    private static final Set<String> READS_IN_A_STATE = Set.of("/api/randomisation/list");

    /** Successes that are not JSON. */
    private static final Map<String, String> MEDIA = Map.of(
            "/api/assessments/{id}/pdf", "application/pdf",
            "/api/supervision-sessions/export", "text/csv");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                contract(path, entry.getKey(), entry.getValue());
            }
        });
    }

    private static void contract(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        APIResponse generated = responses.getDefaultValue();
        Schema body = generated == null
                        || generated.getContent() == null
                        || generated.getContent().getMediaType("application/json") == null
                ? OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                : generated.getContent().getMediaType("application/json").getSchema();
        responses.removeAPIResponse(APIResponses.DEFAULT);
        boolean findsOrCreates = method == PathItem.HttpMethod.POST && CREATES_OR_FINDS.contains(path);
        boolean creates = method == PathItem.HttpMethod.POST && (CREATES.contains(path) || findsOrCreates);
        String media = MEDIA.getOrDefault(path, "application/json");
        responses.addAPIResponse(
                creates ? "201" : "200",
                OASFactory.createAPIResponse()
                        .description(creates ? "Created" : "OK")
                        .content(content(media, media.equals("application/json") ? body : OASFactory.createSchema())));
        if (findsOrCreates) {
            responses.addAPIResponse(
                    "200",
                    OASFactory.createAPIResponse()
                            .description("Found: the record there is already")
                            .content(content(media, body)));
        }
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        for (String status : writes
                ? List.of("400", "401", "403", "404", "409", "415", "503")
                : READS_IN_A_STATE.contains(path)
                        ? List.of("400", "401", "403", "404", "409", "503")
                        : List.of("400", "401", "403", "404", "503")) {
            responses.addAPIResponse(
                    status,
                    OASFactory.createAPIResponse()
                            .description(describe(status))
                            .content(content(
                                    Problem.MEDIA_TYPE,
                                    OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))));
        }
        operation.responses(responses);
    }

    private static Content content(String media, Schema schema) {
        return OASFactory.createContent()
                .addMediaType(media, OASFactory.createMediaType().schema(schema));
    }

    private static String describe(String status) {
        return switch (status) {
            case "400" -> "Bad input: the fields at fault, each with a message in the caller's language";
            case "401" -> "No valid access token for the Hub's API";
            case "403" -> "The caller's role does not allow this";
            case "404" -> "Not found, or not the caller's to see";
            case "409" -> "Changed by someone else since the caller's version, or not possible in its current state";
            case "415" -> "Not sent as JSON";
            default -> "The database or the login service does not answer now; try again (Retry-After)";
        };
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema error = OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .addProperty("field", text)
                .addProperty("code", text)
                .addProperty("message", text);
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, in the caller's language (Accept-Language; Danish by default)")
                .addProperty("type", text)
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty(
                        "errors",
                        OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(error))
                .required(List.of("type", "title", "status"));
    }
}
