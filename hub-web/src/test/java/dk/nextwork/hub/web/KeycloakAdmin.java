package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nextwork.hub.realm.RealmFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Keycloak's admin REST API as the realm's {@code hub-provisioning} service account sees it, for tests that look at
 * what the Hub created there (groups, users) or act as a new lead would at the first login.
 */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String token;

    KeycloakAdmin(HubServers.Servers servers) {
        this.base = servers.keycloak().baseUrl() + "/admin/realms/nextwork-hub";
        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                        URI.create(servers.keycloak().tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=hub-provisioning&client_secret="
                                + URLEncoder.encode(RealmFile.DEMO_PROVISIONING_SECRET, StandardCharsets.UTF_8))));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        this.token = read(answer.body()).path("access_token").asText();
    }

    /** A GET on the realm's admin API that must answer 200, as JSON. */
    JsonNode get(String path) {
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token));
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return read(answer.body());
    }

    /** A PUT of a JSON body on the realm's admin API; its status. */
    int put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)))
                .statusCode();
    }

    /** The users with exactly this user name (none or one). */
    JsonNode users(String username) {
        return get("/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
    }

    /** The groups named exactly so (none or one). */
    JsonNode groups(String name) {
        return get("/groups?exact=true&search=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    /** Sets a user's own password with nothing left to do at the first login, as the user would have. */
    void choosePassword(String username, String password) {
        String id = users(username).get(0).path("id").asText();
        assertThat(put(
                        "/users/" + id + "/reset-password",
                        "{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}"))
                .isEqualTo(204);
        assertThat(put("/users/" + id, "{\"requiredActions\":[]}")).isEqualTo(204);
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

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
