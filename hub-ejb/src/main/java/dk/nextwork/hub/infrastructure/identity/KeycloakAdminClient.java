package dk.nextwork.hub.infrastructure.identity;

import dk.nextwork.hub.application.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak's admin REST API as the realm's {@code hub-provisioning} client (a service account; no admin password is in
 * the Hub). The realm and Keycloak's address come from the Hub's own login setting ({@code hub.oidc.provider-uri}).
 */
@ApplicationScoped
class KeycloakAdminClient {

    /** Found once: {@code Json.create…} looks the provider up through the ServiceLoader on every call. */
    private static final JsonProvider JSON_P = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(KeycloakAdminClient.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "hub.oidc.provider-uri")
    String issuer;

    @Inject
    @ConfigProperty(name = "hub.provisioning.client-id", defaultValue = "hub-provisioning")
    String clientId;

    @Inject
    @ConfigProperty(name = "hub.provisioning.client-secret")
    Optional<String> clientSecret;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    String token() {
        String secret = clientSecret.filter(s -> !s.isBlank()).orElse(null);
        if (secret == null) {
            LOG.warning("hub.provisioning.client-secret is not set: municipalities cannot be added, nor notifications"
                    + " sent");
            throw new UnavailableException("unavailable.keycloak.provisioning");
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> answer =
                exchange(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        if (answer.statusCode() != 200) {
            throw refused("get a token", answer);
        }
        return read(answer.body()).asJsonObject().getString("access_token");
    }

    HttpResponse<String> send(String token, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminBase() + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return exchange(request.build());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warning(() -> "Keycloak does not answer at " + request.uri() + ": " + e);
            throw new UnavailableException("unavailable.keycloak.provisioning");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("unavailable.keycloak.provisioning");
        }
    }

    /** The id of the municipality's group, named by its slug. */
    String groupId(String token, String slug) {
        return findGroupId(token, slug).orElseThrow(() -> {
            LOG.warning(() -> "Keycloak has no group " + slug);
            return new UnavailableException("unavailable.keycloak.provisioning");
        });
    }

    /** The id of the municipality's group, named by its slug, or empty if Keycloak has none. */
    Optional<String> findGroupId(String token, String slug) {
        HttpResponse<String> found = send(
                token, "GET", "/groups?exact=true&search=" + URLEncoder.encode(slug, StandardCharsets.UTF_8), null);
        if (found.statusCode() != 200) {
            throw refused("find the group " + slug, found);
        }
        JsonArray groups = read(found.body()).asJsonArray();
        return groups.stream()
                .map(JsonValue::asJsonObject)
                .filter(g -> slug.equals(g.getString("name", "")))
                .map(g -> g.getString("id"))
                .findFirst();
    }

    /** {@code http://host/realms/nextwork-hub} → {@code http://host/admin/realms/nextwork-hub}. */
    private String adminBase() {
        int at = issuer.lastIndexOf("/realms/");
        return issuer.substring(0, at) + "/admin" + issuer.substring(at);
    }

    static String idFrom(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static JsonValue read(String body) {
        try (var reader = JSON_P.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    static UnavailableException refused(String what, HttpResponse<String> answer) {
        LOG.warning(() -> "Keycloak refused to " + what + ": " + answer.statusCode() + " " + answer.body());
        return new UnavailableException("unavailable.keycloak.provisioning");
    }
}
