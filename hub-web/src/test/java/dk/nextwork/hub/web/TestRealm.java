package dk.nextwork.hub.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.nextwork.hub.realm.RealmFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The project's realm with {@value #MUNICIPALITIES} test municipalities added, each a group with its {@code
 * municipality} attribute and a lead, a consultant and a caseworker (password as the demo users'), so every test can have a
 * municipality of its own without touching the demo data.
 */
final class TestRealm {

    static final int MUNICIPALITIES = 180;
    /** The supervisor the test realm adds to the demo's supervisor.anna. */
    static final String SECOND_SUPERVISOR = "supervisor.test";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestRealm() {}

    /** The development realm with the test municipalities, and the stand-in municipal identity provider's realm. */
    static List<String> json(String hubBaseUrl, String keycloakBaseUrl) {
        try {
            ObjectNode realm = (ObjectNode) JSON.readTree(RealmFile.development(hubBaseUrl, keycloakBaseUrl));
            ArrayNode groups = (ArrayNode) realm.get("groups");
            ArrayNode users = (ArrayNode) realm.get("users");
            for (int n = 1; n <= MUNICIPALITIES; n++) {
                TestMunicipality m = TestMunicipality.number(n);
                ObjectNode group = groups.addObject().put("name", m.slug()).put("path", "/" + m.slug());
                ObjectNode attributes = group.putObject("attributes");
                attributes.putArray("municipality").add(m.slug());
                attributes.putArray("displayName").add(m.name());
                user(users, m.lead(), "Leder", m, "municipal-lead");
                user(users, m.consultant(), "Konsulent", m, "consultant");
                user(users, m.caseworker(), "Sagsbehandler", m, "caseworker");
            }
            // A second supervisor besides the demo's, so "every supervisor" is more than one.
            ObjectNode supervisor = users.addObject()
                    .put("username", SECOND_SUPERVISOR)
                    .put("enabled", true)
                    .put("firstName", "Supervisor")
                    .put("lastName", "Test")
                    .put("email", SECOND_SUPERVISOR + "@test.nextwork.invalid")
                    .put("emailVerified", true);
            supervisor
                    .putArray("credentials")
                    .addObject()
                    .put("type", "password")
                    .put("value", RealmFile.DEMO_PASSWORD)
                    .put("temporary", false);
            supervisor.set("realmRoles", JSON.valueToTree(List.of("supervisor")));
            return List.of(
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm),
                    RealmFile.standInIdentityProvider(keycloakBaseUrl));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void user(ArrayNode users, String username, String firstName, TestMunicipality m, String role) {
        ObjectNode user = users.addObject()
                .put("username", username)
                .put("enabled", true)
                .put("firstName", firstName)
                .put("lastName", m.name())
                .put("email", username + "@test.nextwork.invalid")
                .put("emailVerified", true);
        user.putArray("credentials")
                .addObject()
                .put("type", "password")
                .put("value", RealmFile.DEMO_PASSWORD)
                .put("temporary", false);
        user.set("realmRoles", JSON.valueToTree(List.of(role)));
        user.set("groups", JSON.valueToTree(List.of("/" + m.slug())));
    }
}
