package dk.nextwork.hub.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nextwork.hub.devservices.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The development Keycloak's admin REST API as its master administrator, for looking at realms from outside. */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String token;

    KeycloakAdmin(KeycloakServer keycloak) {
        this.base = keycloak.baseUrl() + "/admin/realms/";
        HttpResponse<String> answer = send(
                HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                                + KeycloakServer.DEV_ADMIN + "&password=" + KeycloakServer.DEV_ADMIN_PASSWORD)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        this.token = read(answer.body()).path("access_token").asText();
    }

    /** A GET that must answer 200, as JSON; {@code path} below {@code /admin/realms/}. */
    JsonNode get(String path) {
        HttpResponse<String> answer = call("GET", path, null);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return read(answer.body());
    }

    /** A write; its answer. */
    HttpResponse<String> call(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(request);
    }

    /** The id of a realm's user, by exact user name. */
    String userId(String realm, String username) {
        JsonNode users =
                get(realm + "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        assertThat(users).as(realm + " user " + username).hasSize(1);
        return users.get(0).path("id").asText();
    }

    /** Creates a user (201), returning its id. */
    String createUser(String realm, String json) {
        HttpResponse<String> created = call("POST", realm + "/users", json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
