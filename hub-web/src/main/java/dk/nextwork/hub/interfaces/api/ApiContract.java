package dk.nextwork.hub.interfaces.api;

import dk.nextwork.hub.application.Page;
import dk.nextwork.hub.interfaces.assessment.rest.AssessmentsResource;
import dk.nextwork.hub.interfaces.audit.rest.AuditEventsResource;
import dk.nextwork.hub.interfaces.http.Problem;
import dk.nextwork.hub.interfaces.instrument.rest.InstrumentsResource;
import dk.nextwork.hub.interfaces.me.rest.MeResource;
import dk.nextwork.hub.interfaces.me.rest.NotificationsResource;
import dk.nextwork.hub.interfaces.municipality.rest.MunicipalitiesResource;
import dk.nextwork.hub.interfaces.network.rest.DataUseResource;
import dk.nextwork.hub.interfaces.network.rest.NetworkResource;
import dk.nextwork.hub.interfaces.notification.rest.RecipientsResource;
import dk.nextwork.hub.interfaces.onboarding.rest.OnboardingResource;
import dk.nextwork.hub.interfaces.period.rest.PeriodsResource;
import dk.nextwork.hub.interfaces.practice.rest.PracticesResource;
import dk.nextwork.hub.interfaces.randomisation.rest.RandomisationResource;
import dk.nextwork.hub.interfaces.rest.Answers;
import dk.nextwork.hub.interfaces.rest.Paged;
import dk.nextwork.hub.interfaces.rest.Paging;
import dk.nextwork.hub.interfaces.supervision.rest.ActionsResource;
import dk.nextwork.hub.interfaces.supervision.rest.SupervisionSessionsResource;
import dk.nextwork.hub.interfaces.supervision.rest.TestClockResource;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the OpenAPI document a contract that standard tools accept and a generated client can be typed by. Each
 * operation is described from its resource method: its parameters with their types (whole numbers with their bounds
 * where a text parameter holds one), its body, and the statuses it answers — its success (201 where it creates, 200
 * otherwise) with the answer's schema and media type, the paging headers of a paged list, and the problem answers every
 * operation can give, each with the {@code Problem} schema as {@code application/problem+json}, instead of the
 * generator's catch-all "default". The schemas are generated from the Java types ({@link ApiSchemas}) in place of
 * Payara's; a tag declared by two resources is listed once, and Payara's own {@code endpoints} attribute, which is no
 * part of OpenAPI, is dropped. The test suite checks every API answer it sees against the statuses and media types
 * declared here, and the generated client's use checks the schemas. Registered through {@code mp.openapi.filter}.
 */
public class ApiContract implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_ERROR = "ProblemError";

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

    /** The API's resources (a test checks that every class with {@code @Path} is here). */
    static final List<Class<?>> RESOURCES = List.of(
            ActionsResource.class,
            AssessmentsResource.class,
            AuditEventsResource.class,
            InstrumentsResource.class,
            MeResource.class,
            MunicipalitiesResource.class,
            NetworkResource.class,
            DataUseResource.class,
            NotificationsResource.class,
            OnboardingResource.class,
            PeriodsResource.class,
            PracticesResource.class,
            RandomisationResource.class,
            RecipientsResource.class,
            SupervisionSessionsResource.class,
            TestClockResource.class);

    private static final String API = "/api";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        ApiSchemas schemas = new ApiSchemas();
        Map<String, Method> methods = resourceMethods();
        Set<String> tagsUsed = new HashSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                        item.getOperations().entrySet()) {
                    Method method = methods.get(entry.getKey() + " " + path);
                    if (method == null) {
                        throw new IllegalStateException("no resource method for " + entry.getKey() + " " + path);
                    }
                    Operation operation = entry.getValue();
                    parameters(operation, method, schemas);
                    body(operation, method, schemas);
                    contract(path, entry.getKey(), operation, method, schemas);
                    if (operation.getTags() != null) {
                        tagsUsed.addAll(operation.getTags());
                    }
                }
            });
        }
        Map<String, Schema> components = new TreeMap<>(schemas.components());
        components.put(PROBLEM, problemSchema());
        components.put(PROBLEM_ERROR, problemErrorSchema());
        openAPI.getComponents().schemas(components);
        openAPI.tags(tags(openAPI.getTags(), tagsUsed));
        // The Hub's own address, whatever name it was asked by: the document is the same for every caller (and the
        // same as the one the client is generated from).
        openAPI.servers(List.of(OASFactory.createServer().url("/").description("This Hub")));
        dropEndpoints(openAPI);
    }

    /** The resource methods by "METHOD /api/path", as the document names its operations. */
    static Map<String, Method> resourceMethods() {
        Map<String, Method> methods = new HashMap<>();
        for (Class<?> resource : RESOURCES) {
            String base = API + "/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path path = method.getAnnotation(Path.class);
                String full = (path == null ? base : base + "/" + path.value()).replaceAll("/+", "/");
                methods.put(verb + " " + (full.endsWith("/") ? full.substring(0, full.length() - 1) : full), method);
            }
        }
        return methods;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    /**
     * The path and query parameters as the method declares them. A text parameter that holds a whole number (read by
     * the resource, so a wrong one is a 400 naming it rather than a 404) says so with {@code @Parameter(schema = ...)};
     * a paged list's {@code page} and {@code size} are whole numbers within the paging's bounds.
     */
    private static void parameters(Operation operation, Method method, ApiSchemas schemas) {
        List<org.eclipse.microprofile.openapi.models.parameters.Parameter> parameters = new ArrayList<>();
        boolean paged = method.isAnnotationPresent(Paged.class);
        for (Parameter parameter : method.getParameters()) {
            PathParam inPath = parameter.getAnnotation(PathParam.class);
            QueryParam inQuery = parameter.getAnnotation(QueryParam.class);
            if (inPath == null && inQuery == null) {
                continue;
            }
            String name = inPath != null ? inPath.value() : inQuery.value();
            Schema schema = declared(parameter);
            if (schema == null && paged && name.equals("page")) {
                schema = whole("int32", 1, null).defaultValue(1);
            } else if (schema == null && paged && name.equals("size")) {
                schema = whole("int32", 1, Page.MAX_SIZE).defaultValue(Paging.DEFAULT_SIZE);
            } else if (schema == null) {
                schema = schemas.of(parameter.getParameterizedType(), parameter);
            }
            org.eclipse.microprofile.openapi.annotations.parameters.Parameter described =
                    parameter.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
            parameters.add(OASFactory.createParameter()
                    .name(name)
                    .in(
                            inPath != null
                                    ? org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH
                                    : org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY)
                    .required(inPath != null || parameter.isAnnotationPresent(NotNull.class) ? Boolean.TRUE : null)
                    .description(
                            described == null || described.description().isEmpty() ? null : described.description())
                    .schema(schema));
        }
        operation.parameters(parameters.isEmpty() ? null : parameters);
    }

    /** A parameter's schema as its {@code @Parameter(schema = @Schema(type = ...))} gives it, or null. */
    private static Schema declared(Parameter parameter) {
        org.eclipse.microprofile.openapi.annotations.parameters.Parameter described =
                parameter.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
        if (described == null
                || described.schema().type() == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.DEFAULT) {
            return null;
        }
        org.eclipse.microprofile.openapi.annotations.media.Schema given = described.schema();
        Schema schema =
                OASFactory.createSchema().type(SchemaType.valueOf(given.type().name()));
        if (!given.format().isEmpty()) {
            schema.format(given.format());
        }
        if (!given.minimum().isEmpty()) {
            schema.minimum(new BigDecimal(given.minimum()));
        }
        if (!given.maximum().isEmpty()) {
            schema.maximum(new BigDecimal(given.maximum()));
        }
        if (!given.defaultValue().isEmpty()) {
            schema.defaultValue(
                    schema.getType() == SchemaType.STRING
                            ? given.defaultValue()
                            : new BigDecimal(given.defaultValue()));
        }
        return schema;
    }

    private static Schema whole(String format, Integer minimum, Integer maximum) {
        Schema schema = OASFactory.createSchema().type(SchemaType.INTEGER).format(format);
        if (minimum != null) {
            schema.minimum(BigDecimal.valueOf(minimum));
        }
        if (maximum != null) {
            schema.maximum(BigDecimal.valueOf(maximum));
        }
        return schema;
    }

    /** The request body: the one parameter with no JAX-RS annotation, as JSON. */
    private static void body(Operation operation, Method method, ApiSchemas schemas) {
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(PathParam.class)
                    || parameter.isAnnotationPresent(QueryParam.class)
                    || parameter.isAnnotationPresent(Context.class)
                    || parameter.isAnnotationPresent(HeaderParam.class)) {
                continue;
            }
            operation.requestBody(OASFactory.createRequestBody()
                    .required(parameter.isAnnotationPresent(NotNull.class) ? Boolean.TRUE : null)
                    .content(content("application/json", schemas.of(parameter.getParameterizedType()))));
            return;
        }
        operation.requestBody(null);
    }

    private static void contract(
            String path, PathItem.HttpMethod verb, Operation operation, Method method, ApiSchemas schemas) {
        APIResponses responses = OASFactory.createAPIResponses();
        boolean findsOrCreates = verb == PathItem.HttpMethod.POST && CREATES_OR_FINDS.contains(path);
        boolean creates = verb == PathItem.HttpMethod.POST && (CREATES.contains(path) || findsOrCreates);
        String media = media(method);
        Schema body = success(method, media, schemas);
        APIResponse success = OASFactory.createAPIResponse()
                .description(creates ? "Created" : "OK")
                .content(content(media, body));
        if (method.isAnnotationPresent(Paged.class)) {
            success.addHeader(
                            "X-Total-Count",
                            OASFactory.createHeader()
                                    .description("How many there are in all, over every page")
                                    .schema(whole("int64", 0, null)))
                    .addHeader(
                            "Link",
                            OASFactory.createHeader()
                                    .description("RFC 8288 links to the first, previous, next and last page")
                                    .schema(OASFactory.createSchema().type(SchemaType.STRING)));
        }
        responses.addAPIResponse(creates ? "201" : "200", success);
        if (findsOrCreates) {
            responses.addAPIResponse(
                    "200",
                    OASFactory.createAPIResponse()
                            .description("Found: the record there is already")
                            .content(content(media, body)));
        }
        boolean writes = verb == PathItem.HttpMethod.POST || verb == PathItem.HttpMethod.PUT;
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

    /** The success's media type: the method's own {@code @Produces}, else its resource's. */
    private static String media(Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class)
                ? method.getAnnotation(Produces.class)
                : method.getDeclaringClass().getAnnotation(Produces.class);
        return produces == null ? "application/json" : produces.value()[0];
    }

    /** The success's schema: a file for PDF, text for CSV, else the answer's type. */
    private static Schema success(Method method, String media, ApiSchemas schemas) {
        if (media.equals("application/pdf")) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("binary");
        }
        if (!media.equals("application/json")) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        }
        Answers answers = method.getAnnotation(Answers.class);
        if (answers != null) {
            Schema one = schemas.of(answers.value());
            return answers.list()
                    ? OASFactory.createSchema().type(SchemaType.ARRAY).items(one)
                    : one;
        }
        Type returned = method.getGenericReturnType();
        if (returned == Response.class || returned == void.class) {
            throw new IllegalStateException(method + " answers a Response: say what with @Answers");
        }
        return schemas.of(returned);
    }

    /** The document's tags, each once, and only those an operation has. */
    private static List<Tag> tags(List<Tag> declared, Set<String> used) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Tag tag : declared == null ? List.<Tag>of() : declared) {
            if (used.contains(tag.getName())) {
                tags.putIfAbsent(tag.getName(), tag);
            }
        }
        return tags.isEmpty() ? null : new ArrayList<>(tags.values());
    }

    /**
     * Payara writes the application's endpoints into the document as an {@code endpoints} attribute of its own, which
     * OpenAPI does not have and validators reject; it is emptied (an empty one is not written).
     */
    private static void dropEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new HashMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Another implementation, without the attribute: nothing to drop.
        }
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

    /** One field at fault in a problem: the field, a stable code, and a message in the caller's language. */
    private static Schema problemErrorSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .addProperty("field", text)
                .addProperty("code", text)
                .addProperty("message", text);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema error = OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM_ERROR);
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
