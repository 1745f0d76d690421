package dk.nextwork.hub.infrastructure.identity;

import dk.nextwork.hub.application.IdentityProvisioning;
import dk.nextwork.hub.application.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link IdentityProvisioning} by Keycloak's admin REST API, as the realm's {@code hub-provisioning} client: a service
 * account whose only rights are realm-management's manage-users, view-users and query-groups — no admin password is
 * in the Hub. The realm and Keycloak's address come from the Hub's own login setting ({@code hub.oidc.provider-uri}).
 */
@ApplicationScoped
public class KeycloakProvisioning implements IdentityProvisioning {

    private static final Logger LOG = Logger.getLogger(KeycloakProvisioning.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String LEAD_ROLE = "municipal-lead";

    @Inject
    @ConfigProperty(name = "hub.oidc.provider-uri")
    String issuer;

    @Inject
    @ConfigProperty(name = "hub.provisioning.client-id", defaultValue = "hub-provisioning")
    String clientId;

    @Inject
    @ConfigProperty(name = "hub.provisioning.client-secret")
    java.util.Optional<String> clientSecret;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public Created provision(String slug, String name, String leadUsername, String leadName, String password) {
        String token = token();
        String groupId = null;
        boolean groupIsNew = false;
        String userId = null;
        try {
            JsonObject group = Json.createObjectBuilder()
                    .add("name", slug)
                    .add(
                            "attributes",
                            Json.createObjectBuilder()
                                    .add(
                                            "municipality",
                                            Json.createArrayBuilder().add(slug))
                                    .add(
                                            "displayName",
                                            Json.createArrayBuilder().add(name)))
                    .build();
            HttpResponse<String> created = send(token, "POST", "/groups", group.toString());
            if (created.statusCode() == 201) {
                groupId = idFrom(created);
                groupIsNew = true;
            } else if (created.statusCode() == 409) {
                // Left by an attempt that could not finish: the same group, reused.
                groupId = findGroup(token, slug);
            } else {
                throw refused("create the group", created);
            }
            String[] names = leadName.strip().split("\\s+", 2);
            JsonObject user = Json.createObjectBuilder()
                    .add("username", leadUsername)
                    .add("email", leadUsername)
                    .add("emailVerified", true)
                    .add("firstName", names[0])
                    .add("lastName", names.length > 1 ? names[1] : "")
                    .add("enabled", true)
                    .add("groups", Json.createArrayBuilder().add("/" + slug))
                    .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                    .add(
                            "credentials",
                            Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder()
                                            .add("type", "password")
                                            .add("value", password)
                                            .add("temporary", true)))
                    .build();
            HttpResponse<String> userCreated = send(token, "POST", "/users", user.toString());
            if (userCreated.statusCode() == 409) {
                throw new dk.nextwork.hub.application.ConflictException("conflict.lead.exists", leadUsername);
            }
            if (userCreated.statusCode() != 201) {
                throw refused("create the lead's account", userCreated);
            }
            userId = idFrom(userCreated);
            HttpResponse<String> available =
                    send(token, "GET", "/users/" + userId + "/role-mappings/realm/available", null);
            JsonValue role = read(available.body()).asJsonArray().stream()
                    .filter(r -> LEAD_ROLE.equals(r.asJsonObject().getString("name", "")))
                    .findFirst()
                    .orElseThrow(() -> refused("find the role " + LEAD_ROLE, available));
            HttpResponse<String> mapped = send(
                    token,
                    "POST",
                    "/users/" + userId + "/role-mappings/realm",
                    Json.createArrayBuilder().add(role).build().toString());
            if (mapped.statusCode() != 204) {
                throw refused("give the lead's role", mapped);
            }
            return new Created(groupId, groupIsNew, userId, true);
        } catch (RuntimeException e) {
            undo(new Created(groupId, groupIsNew, userId, userId != null));
            throw e;
        }
    }

    @Override
    public void undo(Created created) {
        try {
            String token = token();
            if (created.userIsNew() && created.userId() != null) {
                send(token, "DELETE", "/users/" + created.userId(), null);
            }
            if (created.groupIsNew() && created.groupId() != null) {
                send(token, "DELETE", "/groups/" + created.groupId(), null);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not undo the accounts created in Keycloak: {0} ({1})", new Object[] {
                created, e.toString()
            });
        }
    }

    private String findGroup(String token, String slug) {
        HttpResponse<String> found = send(
                token, "GET", "/groups?exact=true&search=" + URLEncoder.encode(slug, StandardCharsets.UTF_8), null);
        JsonArray groups = read(found.body()).asJsonArray();
        return groups.stream()
                .map(JsonValue::asJsonObject)
                .filter(g -> slug.equals(g.getString("name", "")))
                .map(g -> g.getString("id"))
                .findFirst()
                .orElseThrow(() -> refused("find the group " + slug, found));
    }

    private String token() {
        String secret = clientSecret.filter(s -> !s.isBlank()).orElse(null);
        if (secret == null) {
            LOG.warning("hub.provisioning.client-secret is not set: municipalities cannot be added");
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

    private HttpResponse<String> send(String token, String method, String path, String body) {
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

    /** {@code http://host/realms/nextwork-hub} → {@code http://host/admin/realms/nextwork-hub}. */
    private String adminBase() {
        int at = issuer.lastIndexOf("/realms/");
        return issuer.substring(0, at) + "/admin" + issuer.substring(at);
    }

    private static String idFrom(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static JsonValue read(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    private static UnavailableException refused(String what, HttpResponse<String> answer) {
        LOG.warning(() -> "Keycloak refused to " + what + ": " + answer.statusCode() + " " + answer.body());
        return new UnavailableException("unavailable.keycloak.provisioning");
    }
}
