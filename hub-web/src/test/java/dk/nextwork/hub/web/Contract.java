package dk.nextwork.hub.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The OpenAPI document as a contract the suite holds the Hub to: every API answer a test sees must have a status the
 * operation declares, with a media type declared for that status. Checked as the answer arrives, so the test that saw
 * it fails.
 */
final class Contract {

    private record Operation(String method, String template, Pattern path, JsonNode responses) {}

    private final String hub;
    private volatile List<Operation> operations;
    private final AtomicLong checked = new AtomicLong();

    Contract(String hub) {
        this.hub = hub;
    }

    /** How many answers were checked so far. */
    long checked() {
        return checked.get();
    }

    /** @throws AssertionError if the answer breaks the contract */
    void check(String method, String rawPath, int status, String contentType) {
        String path = rawPath.contains("?") ? rawPath.substring(0, rawPath.indexOf('?')) : rawPath;
        if (!path.startsWith("/api/") || path.startsWith("/api/test-clock")) {
            return;
        }
        checked.incrementAndGet();
        Operation operation = operations().stream()
                .filter(o -> o.method().equals(method) && o.path().matcher(path).matches())
                .findFirst()
                .orElse(null);
        if (operation == null) {
            if (status != 400 && status != 401 && status != 404 && status != 405) {
                throw new AssertionError(
                        method + " " + rawPath + " is no operation of the OpenAPI document, yet answered " + status);
            }
            return;
        }
        JsonNode declared = operation.responses().path(String.valueOf(status));
        if (declared.isMissingNode()) {
            throw new AssertionError(method + " " + operation.template() + " answered " + status
                    + ", which the OpenAPI document does not declare (declared: " + names(operation.responses()) + ")");
        }
        JsonNode content = declared.path("content");
        if (content.size() > 0) {
            String media =
                    contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!content.has(media)) {
                throw new AssertionError(method + " " + operation.template() + " answered " + status + " as '" + media
                        + "'; the OpenAPI document declares " + names(content));
            }
        }
    }

    private List<Operation> operations() {
        if (operations == null) {
            synchronized (this) {
                if (operations == null) {
                    operations = load();
                }
            }
        }
        return operations;
    }

    private List<Operation> load() {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(hub + "/openapi?format=JSON"))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            JsonNode paths = new ObjectMapper().readTree(answer.body()).path("paths");
            List<Operation> found = new ArrayList<>();
            paths.fields()
                    .forEachRemaining(p -> p.getValue()
                            .fields()
                            .forEachRemaining(op -> found.add(new Operation(
                                    op.getKey().toUpperCase(Locale.ROOT),
                                    p.getKey(),
                                    Pattern.compile(
                                            Pattern.quote(p.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")),
                                    op.getValue().path("responses")))));
            // Literal paths before templates: /api/assessments/review-queue is not /api/assessments/{id}.
            found.sort(Comparator.comparingLong(
                    o -> o.template().chars().filter(c -> c == '{').count()));
            return found;
        } catch (IOException e) {
            throw new AssertionError("the OpenAPI document could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
