package dk.nextwork.hub.realm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The realm files shipped in this module: the production realm a network's Keycloak imports, the development addition
 * merged over it for the run command and the tests (demo users, the password-grant client, demo secrets, the stand-in
 * municipal identity provider), and that stand-in provider's own realm.
 */
public final class RealmFile {

    public static final String PRODUCTION = "dk/nextwork/hub/realm/nextwork-hub-realm.json";
    public static final String DEVELOPMENT_ADDITION = "dk/nextwork/hub/realm/nextwork-hub-development.json";
    public static final String STAND_IN_IDP = "dk/nextwork/hub/realm/kommune-idp-realm.json";

    /** The Hub's address in the realm files: the run command's default. */
    public static final String DEFAULT_HUB_URL = "http://localhost:8080";
    /** Keycloak's address in the realm files (the broker's and the stand-in's endpoints): the run command's default. */
    public static final String DEFAULT_KEYCLOAK_URL = "http://localhost:8180";
    /** The demo users' password, also the stand-in provider's users'. Demo-only. */
    public static final String DEMO_PASSWORD = "demo";
    /** The web client's secret in the development realm. Demo-only. */
    public static final String DEMO_WEB_CLIENT_SECRET = "demo-only-hub-web-secret";
    /** The development realm's secret of {@code hub-provisioning}, the service account that adds municipalities. */
    public static final String DEMO_PROVISIONING_SECRET = "demo-only-hub-provisioning-secret";
    /** The alias of the stand-in municipal identity provider in the development realm ({@code kc_idp_hint}). */
    public static final String STAND_IN_IDP_ALIAS = "kommune";

    /** Which element of an array in a realm file is "the same" as one in the addition, by the first of these keys. */
    private static final List<String> IDENTITIES = List.of("clientId", "username", "alias", "name");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The client the Hub's pages log in with. */
    private static final String WEB_CLIENT = "hub-web";
    /** The web client's attribute listing where a logout may return to. */
    private static final String LOGOUT_RETURNS = "post.logout.redirect.uris";

    private RealmFile() {}

    /** The production realm, as a network's Keycloak imports it. */
    public static String production() {
        return read(PRODUCTION);
    }

    /**
     * The development realm: the production realm with the development addition merged over it (objects merged key by
     * key, array elements matched by client id, username, alias or name and merged, others appended), pointed at a Hub
     * and a Keycloak on the given addresses.
     */
    public static String development(String hubBaseUrl, String keycloakBaseUrl) {
        try {
            ObjectNode realm = (ObjectNode) JSON.readTree(production());
            merge(realm, (ObjectNode) JSON.readTree(read(DEVELOPMENT_ADDITION)));
            return at(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm), hubBaseUrl, keycloakBaseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The development realm for the run command's addresses. */
    public static String development() {
        return development(DEFAULT_HUB_URL, DEFAULT_KEYCLOAK_URL);
    }

    /** The stand-in municipal identity provider's realm, for a Keycloak on the given address. Demo-only. */
    public static String standInIdentityProvider(String keycloakBaseUrl) {
        return at(read(STAND_IN_IDP), DEFAULT_HUB_URL, keycloakBaseUrl);
    }

    /** Every realm the run command and the tests import: the development realm and the stand-in provider's. */
    public static List<String> forDevelopment(String hubBaseUrl, String keycloakBaseUrl) {
        return List.of(development(hubBaseUrl, keycloakBaseUrl), standInIdentityProvider(keycloakBaseUrl));
    }

    /**
     * As {@link #forDevelopment(String, String)}, for a Hub also served at other addresses (such as a proxy's TLS port):
     * the web client accepts a login's return, a logout's return and a web origin at each of them too.
     */
    public static List<String> forDevelopment(String hubBaseUrl, String keycloakBaseUrl, List<String> alsoServedAt) {
        return List.of(
                alsoServedAt(development(hubBaseUrl, keycloakBaseUrl), alsoServedAt),
                standInIdentityProvider(keycloakBaseUrl));
    }

    private static String alsoServedAt(String realmJson, List<String> addresses) {
        try {
            ObjectNode realm = (ObjectNode) JSON.readTree(realmJson);
            ObjectNode web = null;
            for (JsonNode client : realm.path("clients")) {
                if (client.path("clientId").asText().equals(WEB_CLIENT)) {
                    web = (ObjectNode) client;
                }
            }
            if (web == null) {
                throw new IllegalStateException("the realm has no client " + WEB_CLIENT);
            }
            ObjectNode attributes = (ObjectNode) web.path("attributes");
            StringBuilder logoutReturns =
                    new StringBuilder(attributes.path(LOGOUT_RETURNS).asText());
            for (String address : addresses) {
                ((ArrayNode) web.path("redirectUris")).add(address + "/*");
                ((ArrayNode) web.path("webOrigins")).add(address);
                // Keycloak keeps several post-logout addresses in one attribute, separated by "##".
                logoutReturns
                        .append(logoutReturns.isEmpty() ? "" : "##")
                        .append(address)
                        .append("/*");
            }
            attributes.put(LOGOUT_RETURNS, logoutReturns.toString());
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String at(String json, String hubBaseUrl, String keycloakBaseUrl) {
        return json.replace(DEFAULT_HUB_URL, hubBaseUrl).replace(DEFAULT_KEYCLOAK_URL, keycloakBaseUrl);
    }

    private static void merge(ObjectNode into, ObjectNode addition) {
        addition.fields().forEachRemaining(field -> {
            JsonNode existing = into.get(field.getKey());
            JsonNode added = field.getValue();
            if (existing instanceof ObjectNode object && added instanceof ObjectNode more) {
                merge(object, more);
            } else if (existing instanceof ArrayNode array && added instanceof ArrayNode more) {
                for (JsonNode element : more) {
                    ObjectNode same = element instanceof ObjectNode o ? find(array, o) : null;
                    if (same != null) {
                        merge(same, (ObjectNode) element);
                    } else {
                        array.add(element);
                    }
                }
            } else {
                into.set(field.getKey(), added);
            }
        });
    }

    private static ObjectNode find(ArrayNode array, ObjectNode element) {
        for (String key : IDENTITIES) {
            if (element.hasNonNull(key)) {
                for (JsonNode candidate : array) {
                    if (candidate instanceof ObjectNode o && element.get(key).equals(o.get(key))) {
                        return o;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static String read(String resource) {
        try (InputStream in = RealmFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("realm file missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
