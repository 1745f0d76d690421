package dk.nextwork.hub.infrastructure.identity;

import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.municipality.IdentityProvisioning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.net.http.HttpResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link IdentityProvisioning} by Keycloak's admin REST API, as the realm's {@code hub-provisioning} client: a service
 * account whose only rights are realm-management's manage-users, view-users, query-groups and view-realm — no admin password is
 * in the Hub. The realm and Keycloak's address come from the Hub's own login setting ({@code hub.oidc.provider-uri}).
 */
@ApplicationScoped
public class KeycloakProvisioning implements IdentityProvisioning {

    /** Found once: {@code Json.create…} looks the provider up through the ServiceLoader on every call. */
    private static final JsonProvider JSON_P = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(KeycloakProvisioning.class.getName());
    private static final String LEAD_ROLE = "municipal-lead";

    @Inject
    KeycloakAdminClient keycloak;

    @Override
    public Created provision(String slug, String name, String leadUsername, String leadName, String password) {
        String token = keycloak.token();
        String groupId = null;
        boolean groupIsNew = false;
        String userId = null;
        try {
            JsonObject group = JSON_P.createObjectBuilder()
                    .add("name", slug)
                    .add(
                            "attributes",
                            JSON_P.createObjectBuilder()
                                    .add(
                                            "municipality",
                                            JSON_P.createArrayBuilder().add(slug))
                                    .add(
                                            "displayName",
                                            JSON_P.createArrayBuilder().add(name)))
                    .build();
            HttpResponse<String> created = keycloak.send(token, "POST", "/groups", group.toString());
            if (created.statusCode() == 201) {
                groupId = KeycloakAdminClient.idFrom(created);
                groupIsNew = true;
            } else if (created.statusCode() == 409) {
                // Left by an attempt that could not finish: the same group, reused.
                groupId = keycloak.groupId(token, slug);
            } else {
                throw KeycloakAdminClient.refused("create the group", created);
            }
            String[] names = leadName.strip().split("\\s+", 2);
            JsonObject user = JSON_P.createObjectBuilder()
                    .add("username", leadUsername)
                    .add("email", leadUsername)
                    .add("emailVerified", true)
                    .add("firstName", names[0])
                    .add("lastName", names.length > 1 ? names[1] : "")
                    .add("enabled", true)
                    .add("groups", JSON_P.createArrayBuilder().add("/" + slug))
                    .add("requiredActions", JSON_P.createArrayBuilder().add("UPDATE_PASSWORD"))
                    .add(
                            "credentials",
                            JSON_P.createArrayBuilder()
                                    .add(JSON_P.createObjectBuilder()
                                            .add("type", "password")
                                            .add("value", password)
                                            .add("temporary", true)))
                    .build();
            HttpResponse<String> userCreated = keycloak.send(token, "POST", "/users", user.toString());
            if (userCreated.statusCode() == 409) {
                throw new ConflictException("conflict.lead.exists", leadUsername);
            }
            if (userCreated.statusCode() != 201) {
                throw KeycloakAdminClient.refused("create the lead's account", userCreated);
            }
            userId = KeycloakAdminClient.idFrom(userCreated);
            HttpResponse<String> available =
                    keycloak.send(token, "GET", "/users/" + userId + "/role-mappings/realm/available", null);
            JsonValue role = KeycloakAdminClient.read(available.body()).asJsonArray().stream()
                    .filter(r -> LEAD_ROLE.equals(r.asJsonObject().getString("name", "")))
                    .findFirst()
                    .orElseThrow(() -> KeycloakAdminClient.refused("find the role " + LEAD_ROLE, available));
            HttpResponse<String> mapped = keycloak.send(
                    token,
                    "POST",
                    "/users/" + userId + "/role-mappings/realm",
                    JSON_P.createArrayBuilder().add(role).build().toString());
            if (mapped.statusCode() != 204) {
                throw KeycloakAdminClient.refused("give the lead's role", mapped);
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
            String token = keycloak.token();
            if (created.userIsNew() && created.userId() != null) {
                keycloak.send(token, "DELETE", "/users/" + created.userId(), null);
            }
            if (created.groupIsNew() && created.groupId() != null) {
                keycloak.send(token, "DELETE", "/groups/" + created.groupId(), null);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not undo the accounts created in Keycloak: {0} ({1})", new Object[] {
                created, e.toString()
            });
        }
    }
}
