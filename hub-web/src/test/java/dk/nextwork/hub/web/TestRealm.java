package dk.nextwork.hub.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.nextwork.hub.realm.RealmFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

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

    /** How the test realm hashes passwords: cheap, as only the demo password is ever used. */
    private static final String HASH = "pbkdf2-sha256";

    private static final int ITERATIONS = 1_000;

    /**
     * The demo password as a stored credential (PBKDF2-SHA256, as Keycloak's own provider of that name reads it), so
     * Keycloak imports the test users' passwords instead of hashing 540 of them with its default, Argon2, on every
     * start: that was two thirds of its start-up. Demo-only: one salt for all test users.
     */
    private static final ObjectNode DEMO_PASSWORD_HASHED = hashed(RealmFile.DEMO_PASSWORD);

    private TestRealm() {}

    /** The development realm with the test municipalities, and the stand-in municipal identity provider's realm. */
    static List<String> json(String hubBaseUrl, String keycloakBaseUrl) {
        try {
            ObjectNode realm = (ObjectNode) JSON.readTree(RealmFile.development(hubBaseUrl, keycloakBaseUrl));
            // The same hashing as the imported credentials, for the demo users too: with Keycloak's default, Argon2, a
            // password grant took 100 ms of the two cores instead of 54 (20 in a row on the run command's Keycloak),
            // and a test user's first login hashed the password again.
            realm.put("passwordPolicy", "hashAlgorithm(" + HASH + ") and hashIterations(" + ITERATIONS + ")");
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
            supervisor.putArray("credentials").add(DEMO_PASSWORD_HASHED);
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
        user.putArray("credentials").add(DEMO_PASSWORD_HASHED);
        user.set("realmRoles", JSON.valueToTree(List.of(role)));
        user.set("groups", JSON.valueToTree(List.of("/" + m.slug())));
    }

    private static ObjectNode hashed(String password) {
        byte[] salt = "nextwork-hub-test".getBytes(StandardCharsets.UTF_8);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256))
                    .getEncoded();
            ObjectNode credential =
                    JSON.createObjectNode().put("type", "password").put("temporary", false);
            credential.put(
                    "secretData",
                    JSON.writeValueAsString(Map.of(
                            "value", Base64.getEncoder().encodeToString(hash),
                            "salt", Base64.getEncoder().encodeToString(salt),
                            "additionalParameters", Map.of())));
            credential.put(
                    "credentialData",
                    JSON.writeValueAsString(
                            Map.of("hashIterations", ITERATIONS, "algorithm", HASH, "additionalParameters", Map.of())));
            return credential;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the test users' password could not be hashed", e);
        }
    }
}
