package dk.nextwork.hub.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the API tests: real requests, real tokens, answers read as JSON. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** An answer: status, content type, raw body. */
    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final String base;
    private final java.util.function.UnaryOperator<String> tokens;
    private final Contract contract;
    private final String language;

    /**
     * An API client; {@code tokens} gives a user's access token by username; every answer is checked against the
     * OpenAPI contract.
     */
    Api(String base, java.util.function.UnaryOperator<String> tokens, Contract contract) {
        this(base, tokens, contract, null);
    }

    private Api(String base, java.util.function.UnaryOperator<String> tokens, Contract contract, String language) {
        this.base = base;
        this.tokens = tokens;
        this.contract = contract;
        this.language = language;
    }

    /** The same API asked in a language ({@code Accept-Language}), such as "en" or "da". */
    Api inLanguage(String acceptLanguage) {
        return new Api(base, tokens, contract, acceptLanguage);
    }

    /** A real access token for a demo or test user. */
    String token(String username) {
        return tokens.apply(username);
    }

    Answer put(String path, String token, JsonNode json) {
        return put(path, token, json.toString());
    }

    Answer post(String path, String token, JsonNode json) {
        return post(path, token, json.toString());
    }

    Answer get(String path, String token) {
        return checked("GET", path, send(request(path, token).GET()));
    }

    /** A GET asking for a media type of its own ({@code Accept}). */
    Answer get(String path, String token, String accept) {
        return checked(
                "GET", path, send(request(path, token).header("Accept", accept).GET()));
    }

    Answer put(String path, String token, String json) {
        return checked(
                "PUT",
                path,
                send(request(path, token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))));
    }

    Answer post(String path, String token, String json) {
        return checked(
                "POST",
                path,
                send(request(path, token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))));
    }

    private Answer checked(String method, String path, Answer answer) {
        if (contract != null) {
            contract.check(method, path, answer.status(), answer.contentType());
        }
        return answer;
    }

    /** A binary answer, such as a PDF. */
    record Binary(int status, String contentType, byte[] body) {}

    Binary getBinary(String path, String token, String acceptLanguage) {
        HttpRequest.Builder builder = request(path, token).GET();
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (contract != null) {
                contract.check(
                        "GET",
                        path,
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""));
            }
            return new Binary(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
